import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import type { ApiToken } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText } from '../../components/common.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Await } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RoleFields } from './RoleFields.tsx';

/** API tokens: list (never their secrets), create (the secret is shown once), revoke. */
export function TokensSection() {
  const { t } = useI18n();
  const tokens = useApi('/api/v1/tokens');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiToken['role']>('analyst');
  const [party, setParty] = useState('');
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const attempt = (work: Promise<unknown>) =>
    work.then(tokens.reload, (e: unknown) =>
      setError(e instanceof ApiError ? e : new ApiError(0, String(e))),
    );

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('admin.tokens')}</h2>
      <Await loaded={tokens}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.tokenName')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.expires')}</th>
                  <th scope="col">{t('admin.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      {t(`role.${token.role}`)}
                      {token.party ? ` (${token.party})` : ''}
                    </td>
                    <td>
                      <DateText iso={token.expires_at} />
                    </td>
                    <td>{token.revoked_at ? t('admin.revoked') : t('admin.active')}</td>
                    <td>
                      {!token.revoked_at && (
                        <button
                          type="button"
                          className="danger"
                          onClick={() =>
                            attempt(
                              write(
                                api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } }),
                              ),
                            )
                          }
                        >
                          {t('admin.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Await>
      <form
        aria-labelledby="token-add-title"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setSecret(null);
          attempt(
            write(
              api.POST('/api/v1/tokens', {
                body: {
                  name,
                  role,
                  party: role === 'representative' ? party : null,
                  expires_in_days: days ? Number(days) : null,
                },
              }),
            ).then((answer) => setSecret(answer.token)),
          );
        }}
      >
        <h3 id="token-add-title">{t('admin.addToken')}</h3>
        <div className="form-grid">
          <label className="field" htmlFor="token-name">
            <span>{t('admin.tokenName')}</span>
            <input id="token-name" required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <RoleFields
            idPrefix="token"
            role={role}
            party={party}
            onRole={(chosen) => setRole(chosen as ApiToken['role'])}
            onParty={setParty}
          />
          <label className="field" htmlFor="token-days">
            <span>{t('admin.days')}</span>
            <input
              id="token-days"
              type="number"
              min={1}
              max={3650}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          </label>
        </div>
        <FormErrors error={error} />
        {secret && (
          <p className="notice" role="status">
            {t('admin.secret')} <code>{secret}</code>
          </p>
        )}
        <button type="submit">{t('admin.addToken')}</button>
      </form>
    </section>
  );
}
