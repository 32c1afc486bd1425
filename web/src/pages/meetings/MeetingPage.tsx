import { Layout } from '../../components/Layout.tsx';

export default function MeetingPage(_props: Record<string, unknown>) {
  return (
    <Layout title="MeetingPage">
      <h1>MeetingPage</h1>
    </Layout>
  );
}
