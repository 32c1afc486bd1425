import { Layout } from '../../components/Layout.tsx';

export default function SignInPage(_props: Record<string, unknown>) {
  return (
    <Layout title="SignInPage">
      <h1>SignInPage</h1>
    </Layout>
  );
}
