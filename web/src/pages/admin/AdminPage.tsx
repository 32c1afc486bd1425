import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { Layout } from '../../components/Layout.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { TokensSection } from './TokensSection.tsx';
import { UsersSection } from './UsersSection.tsx';

/** Administrators manage users and API tokens. */
export default function AdminPage() {
  const { t } = useI18n();
  const { can, ready, me } = useSession();
  return (
    <Layout title={t('nav.admin')}>
      <h1>{t('nav.admin')}</h1>
      {!ready ? (
        <Loading />
      ) : !can.manageUsers ? (
        <ErrorState error={new ApiError(me.role === 'public' ? 401 : 403, 'forbidden')} />
      ) : (
        <>
          <UsersSection />
          <TokensSection />
        </>
      )}
    </Layout>
  );
}
