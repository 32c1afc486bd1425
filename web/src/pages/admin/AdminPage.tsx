import { Layout } from '../../components/Layout.tsx';

export default function AdminPage(_props: Record<string, unknown>) {
  return (
    <Layout title="AdminPage">
      <h1>AdminPage</h1>
    </Layout>
  );
}
