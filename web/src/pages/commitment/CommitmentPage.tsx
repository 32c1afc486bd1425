import { Layout } from '../../components/Layout.tsx';

export default function CommitmentPage(_props: Record<string, unknown>) {
  return (
    <Layout title="CommitmentPage">
      <h1>CommitmentPage</h1>
    </Layout>
  );
}
