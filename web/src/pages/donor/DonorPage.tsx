import { Layout } from '../../components/Layout.tsx';

export default function DonorPage(_props: Record<string, unknown>) {
  return (
    <Layout title="DonorPage">
      <h1>DonorPage</h1>
    </Layout>
  );
}
