/** Acting on a suggested requirement link in one click: links the commitment, then the coverage reloads. */
import { useState } from 'react';
import { api, ApiError, write } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function LinkSuggestion({
  list,
  requirement,
  commitment,
  onLinked,
}: {
  list: string;
  requirement: string;
  commitment: string;
  onLinked: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const [state, setState] = useState<'idle' | 'busy' | 'error'>('idle');
  const [error, setError] = useState('');
  // Requirement lists are kept by the secretariat: others are not offered the action.
  if (me.role !== 'coordinator' && me.role !== 'admin') return null;
  const link = async () => {
    setState('busy');
    try {
      await write(
        api.PUT('/api/v1/requirements/{id}/items/{key}/links/{commitment}', {
          params: { path: { id: list, key: requirement, commitment } },
          body: {},
        }),
      );
      onLinked();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setState('error');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button-quiet"
        disabled={state === 'busy'}
        onClick={() => void link()}
        aria-label={t('req.linkSuggestion', { requirement, commitment })}
      >
        {t('req.link')}
      </button>
      {state === 'error' && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
