import { Layout } from '../../components/Layout.tsx';

export default function ReviewPage(_props: Record<string, unknown>) {
  return (
    <Layout title="ReviewPage">
      <h1>ReviewPage</h1>
    </Layout>
  );
}
