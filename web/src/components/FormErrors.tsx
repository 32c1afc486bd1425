import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A refused write: 409 as "changed by someone else", field errors listed by field. */
export function FormErrors({ error, onReload }: { error: ApiError | null; onReload?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error.status === 409 || error.status === 412)
    return (
      <div className="state-error" role="alert">
        <p>{t('error.conflict')}</p>
        {onReload && (
          <button type="button" onClick={onReload}>
            {t('action.reload')}
          </button>
        )}
      </div>
    );
  return (
    <div className="state-error" role="alert">
      <p>{error.status === 403 ? `${t('error.forbidden')} (${error.message})` : error.message}</p>
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The end of an edit form: what the server refused, then submit and cancel (back where the user came from). */
export function FormEnd({
  error,
  disabled,
  submitLabel,
}: {
  error: ApiError | null;
  disabled: boolean;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <FormErrors error={error} onReload={() => window.location.reload()} />
      <div className="actions">
        <button type="submit" disabled={disabled}>
          {submitLabel ?? t('action.save')}
        </button>
        <button type="button" className="secondary" onClick={() => history.back()}>
          {t('action.cancel')}
        </button>
      </div>
    </>
  );
}
