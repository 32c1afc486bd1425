import { Layout } from '../../components/Layout.tsx';

export default function CommitmentEditPage(_props: Record<string, unknown>) {
  return (
    <Layout title="CommitmentEditPage">
      <h1>CommitmentEditPage</h1>
    </Layout>
  );
}
