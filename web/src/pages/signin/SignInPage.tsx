import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Layout } from '../../components/Layout.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';

/** Only same-site paths are followed after sign-in. */
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

function PasswordChange({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <form
      className="card narrow"
      aria-label={t('signin.change')}
      onSubmit={(e) => {
        e.preventDefault();
        changePassword(current, next).then(onDone, (err: unknown) =>
          setError(err instanceof ApiError ? err : new ApiError(0, String(err))),
        );
      }}
    >
      <h2>{t('signin.change')}</h2>
      <p>{t('signin.changeWhy')}</p>
      <label className="field" htmlFor="current-password">
        <span>{t('signin.current')}</span>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <label className="field" htmlFor="new-password">
        <span>{t('signin.next')}</span>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </label>
      <FormErrors error={error} />
      <button type="submit">{t('action.save')}</button>
    </form>
  );
}

export default function SignInPage() {
  const { t } = useI18n();
  const { signIn, me } = useSession();
  const { search } = usePlace();
  const next = safeNext(search.get('next'));
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  if (me.role !== 'public' && me.must_change_password)
    return (
      <Layout title={t('signin.change')}>
        <PasswordChange onDone={() => navigate(next)} />
      </Layout>
    );

  return (
    <Layout title={t('nav.signIn')}>
      <form
        className="card narrow"
        aria-labelledby="signin-title"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const who = await signIn(user, password);
            if (!who.must_change_password) navigate(next);
          } catch (err) {
            setError(err instanceof ApiError ? err : new ApiError(0, String(err)));
          } finally {
            setBusy(false);
          }
        }}
      >
        <h1 id="signin-title">{t('nav.signIn')}</h1>
        <p className="muted">{t('signin.who')}</p>
        <label className="field" htmlFor="signin-user">
          <span>{t('signin.user')}</span>
          <input
            id="signin-user"
            autoComplete="username"
            required
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
        </label>
        <label className="field" htmlFor="signin-password">
          <span>{t('signin.password')}</span>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error &&
          (error.status === 401 ? (
            <p className="state-error" role="alert">
              {t('signin.wrong')}
            </p>
          ) : (
            <FormErrors error={error} />
          ))}
        <button type="submit" disabled={busy}>
          {t('nav.signIn')}
        </button>
      </form>
    </Layout>
  );
}
