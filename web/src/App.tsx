/** Picks the page for the address; pages load their own code so the overview ships little. */
import { lazy, Suspense, useEffect } from 'react';
import { whenUnauthenticated } from './api/client.ts';
import { useSession } from './auth/session.tsx';
import { Loading } from './components/States.tsx';
import { Layout } from './components/Layout.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { match, navigate, usePlace } from './lib/router.tsx';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';

const LedgerPage = lazy(() => import('./pages/ledger/LedgerPage.tsx'));
const CommitmentPage = lazy(() => import('./pages/commitment/CommitmentPage.tsx'));
const CommitmentEditPage = lazy(() => import('./pages/commitment/CommitmentEditPage.tsx'));
const DonorPage = lazy(() => import('./pages/donor/DonorPage.tsx'));
const PackagesPage = lazy(() => import('./pages/packages/PackagesPage.tsx'));
const MeetingsPage = lazy(() => import('./pages/meetings/MeetingsPage.tsx'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage.tsx'));
const MeetingEditPage = lazy(() => import('./pages/meetings/MeetingEditPage.tsx'));
const ClaimsPage = lazy(() => import('./pages/claims/ClaimsPage.tsx'));
const ReviewPage = lazy(() => import('./pages/review/ReviewPage.tsx'));
const SignInPage = lazy(() => import('./pages/signin/SignInPage.tsx'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage.tsx'));
const RequirementsPage = lazy(() => import('./pages/coordination/RequirementsPage.tsx'));
const BriefPage = lazy(() => import('./pages/coordination/BriefPage.tsx'));
const TimelinePage = lazy(() => import('./pages/coordination/TimelinePage.tsx'));
const SearchPage = lazy(() => import('./pages/search/SearchPage.tsx'));
const ValueOverTimePage = lazy(() => import('./pages/charts/ValueOverTimePage.tsx'));
const TrackersPage = lazy(() => import('./pages/trackers/TrackersPage.tsx'));
const EditionPage = lazy(() => import('./pages/trackers/EditionPage.tsx'));
const EditionDiffPage = lazy(() => import('./pages/trackers/EditionDiffPage.tsx'));
const ReconciliationPage = lazy(() => import('./pages/trackers/ReconciliationPage.tsx'));
const ComparePage = lazy(() => import('./pages/compare/ComparePage.tsx'));
const EquipmentPage = lazy(() => import('./pages/equipment/EquipmentPage.tsx'));
const SourcePage = lazy(() => import('./pages/sources/SourcePage.tsx'));

type Render = (params: Record<string, string>) => React.ReactNode;
const routes: [string, Render][] = [
  ['/', () => <OverviewPage />],
  ['/ledger', () => <LedgerPage />],
  ['/commitments/new', () => <CommitmentEditPage id={null} />],
  ['/commitments/:id/edit', (p) => <CommitmentEditPage id={p.id!} />],
  ['/commitments/:id', (p) => <CommitmentPage id={p.id!} />],
  ['/donors/:code', (p) => <DonorPage code={p.code!} />],
  ['/packages', () => <PackagesPage />],
  ['/meetings', () => <MeetingsPage />],
  ['/meetings/new', () => <MeetingEditPage id={null} mode="new" />],
  ['/meetings/:id/edit', (p) => <MeetingEditPage id={p.id!} mode="edit" />],
  ['/meetings/:id/announce', (p) => <MeetingEditPage id={p.id!} mode="announce" />],
  ['/meetings/:id/record', (p) => <MeetingEditPage id={p.id!} mode="record" />],
  ['/meetings/:id', (p) => <MeetingPage id={p.id!} />],
  ['/meetings/:id/brief', (p) => <BriefPage id={p.id!} />],
  ['/requirements', () => <RequirementsPage />],
  ['/timeline', () => <TimelinePage />],
  ['/claims', () => <ClaimsPage />],
  ['/trackers', () => <TrackersPage />],
  ['/trackers/:id', (p) => <EditionPage id={p.id!} />],
  ['/trackers/:id/diff/:other', (p) => <EditionDiffPage from={p.id!} to={p.other!} />],
  ['/trackers/:id/reconciliation', (p) => <ReconciliationPage id={p.id!} />],
  ['/review', () => <ReviewPage />],
  ['/search', () => <SearchPage />],
  ['/value-over-time', () => <ValueOverTimePage />],
  ['/compare', () => <ComparePage />],
  ['/equipment', () => <EquipmentPage />],
  ['/sources/:id', (p) => <SourcePage id={p.id!} />],
  ['/sign-in', () => <SignInPage />],
  ['/admin', () => <AdminPage />],
];

function NotFound() {
  const { t } = useI18n();
  return (
    <Layout title={t('error.notFound')}>
      <h1>{t('error.notFound')}</h1>
    </Layout>
  );
}

export function App() {
  const { path } = usePlace();
  useEffect(
    () =>
      whenUnauthenticated(() => {
        if (window.location.pathname !== '/sign-in')
          navigate(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      }),
    [],
  );
  const { me } = useSession();
  // A one-time password must be replaced first: every page leads to the form, reload or not.
  const mustChange = me.role !== 'public' && me.must_change_password;
  useEffect(() => {
    if (mustChange && window.location.pathname !== '/sign-in')
      navigate(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`, {
        replace: true,
      });
  }, [mustChange, path]);
  for (const [pattern, render] of routes) {
    const params = match(pattern, path);
    if (params) return <Suspense fallback={<Loading />}>{render(params)}</Suspense>;
  }
  return <NotFound />;
}
