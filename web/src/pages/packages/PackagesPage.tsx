import { Layout } from '../../components/Layout.tsx';

export default function PackagesPage(_props: Record<string, unknown>) {
  return (
    <Layout title="PackagesPage">
      <h1>PackagesPage</h1>
    </Layout>
  );
}
