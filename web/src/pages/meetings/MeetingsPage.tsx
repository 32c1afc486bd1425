import { Layout } from '../../components/Layout.tsx';

export default function MeetingsPage(_props: Record<string, unknown>) {
  return (
    <Layout title="MeetingsPage">
      <h1>MeetingsPage</h1>
    </Layout>
  );
}
