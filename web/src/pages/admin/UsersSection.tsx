import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Await } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RoleFields } from './RoleFields.tsx';

/** Users: list, add (the one-time password is shown once), disable or enable. */
export function UsersSection() {
  const { t } = useI18n();
  const users = useApi('/api/v1/users');
  const [name, setName] = useState('');
  const [role, setRole] = useState<User['role']>('analyst');
  const [party, setParty] = useState('');
  const [created, setCreated] = useState<{ user: string; password: string | null } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const attempt = (work: Promise<unknown>) =>
    work.then(users.reload, (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, String(e))));

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users')}</h2>
      <Await loaded={users}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('signin.user')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.party')}</th>
                  <th scope="col">{t('admin.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">{user.id}</th>
                    <td>{t(`role.${user.role}`)}</td>
                    <td>{user.party ?? '—'}</td>
                    <td>
                      {user.disabled
                        ? t('admin.disabled')
                        : user.must_change_password
                          ? t('admin.mustChange')
                          : t('admin.active')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          setError(null);
                          attempt(
                            write(
                              api.PATCH('/api/v1/users/{id}', {
                                params: { path: { id: user.id } },
                                body: { disabled: !user.disabled },
                              }),
                            ),
                          );
                        }}
                      >
                        {user.disabled ? t('admin.enable') : t('admin.disable')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Await>
      <form
        aria-labelledby="user-add-title"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setCreated(null);
          attempt(
            write(
              api.POST('/api/v1/users', {
                body: { id: name, role, party: role === 'representative' ? party : null },
              }),
            ).then((answer) => {
              setCreated({ user: answer.user.id, password: answer.one_time_password });
              setName('');
            }),
          );
        }}
      >
        <h3 id="user-add-title">{t('admin.addUser')}</h3>
        <div className="form-grid">
          <label className="field" htmlFor="user-name">
            <span>{t('signin.user')}</span>
            <input
              id="user-name"
              required
              pattern="[a-z0-9][a-z0-9._-]{1,63}"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <RoleFields
            idPrefix="user"
            role={role}
            party={party}
            onRole={(chosen) => setRole(chosen as User['role'])}
            onParty={setParty}
          />
        </div>
        <FormErrors error={error} />
        {created && (
          <p className="notice" role="status">
            {t('admin.oneTime', { user: created.user })} <code>{created.password}</code>
          </p>
        )}
        <button type="submit">{t('admin.addUser')}</button>
      </form>
    </section>
  );
}
