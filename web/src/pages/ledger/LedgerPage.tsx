import { Layout } from '../../components/Layout.tsx';

export default function LedgerPage(_props: Record<string, unknown>) {
  return (
    <Layout title="LedgerPage">
      <h1>LedgerPage</h1>
    </Layout>
  );
}
