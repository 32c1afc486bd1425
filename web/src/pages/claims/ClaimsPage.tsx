import { Layout } from '../../components/Layout.tsx';

export default function ClaimsPage(_props: Record<string, unknown>) {
  return (
    <Layout title="ClaimsPage">
      <h1>ClaimsPage</h1>
    </Layout>
  );
}
