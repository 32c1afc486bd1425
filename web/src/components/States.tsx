/** Loading, empty and error states, the same on every page. */
import type { ApiError } from '../api/client.ts';
import type { Loaded } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useI18n();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const message =
    error.status === 0
      ? t('error.network')
      : error.status === 404
        ? t('error.notFound')
        : error.status === 401
          ? t('error.signIn')
          : error.status === 403
            ? t('error.forbidden')
            : error.message;
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {error.status === 401 && (
        <Link href={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('nav.signIn')}</Link>
      )}
      {onRetry && error.status !== 404 && error.status !== 401 && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders the loaded data, or the loading or error state. */
export function Await<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T> & { reload?: () => void };
  children: (data: T) => React.ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  return <>{children(loaded.data)}</>;
}
