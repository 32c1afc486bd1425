import { useEffect, useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import {
  type CommitmentInput,
  modes,
  visibilities,
  type Commitment,
  type Qualifier,
} from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { FormEnd } from '../../components/FormErrors.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, ErrorState, Loading } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { StateOptions } from '../../lib/parties.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { bodyOf, draftOf, emptyDraft, type CommitmentDraft } from './commitment-draft.ts';
import { LineFields } from './LineFields.tsx';

const qualifiers: Qualifier[] = ['exact', 'about', 'at_least', 'at_most', 'vague'];

function CommitmentForm({ commitment }: { commitment: Commitment | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  const equipment = useApi('/api/v1/equipment', { query: { limit: 1000 } });
  const boundParty = me.role === 'representative' ? me.party : null;
  const initial = commitment ? draftOf(commitment) : emptyDraft(boundParty ?? '');
  const [draft, setDraft] = useState<CommitmentDraft>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const set =
    (key: Exclude<keyof CommitmentDraft, 'lines'>) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = commitment
        ? await write(
            api.PATCH('/api/v1/commitments/{id}', {
              params: { path: { id: commitment.id } },
              body: { version: commitment.version, ...bodyOf(draft, initial) },
            }),
          )
        : await write(api.POST('/api/v1/commitments', { body: bodyOf(draft, null) as CommitmentInput }));
      navigate(`/commitments/${encodeURIComponent(saved.id)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: Exclude<keyof CommitmentDraft, 'lines'>,
    label: Parameters<typeof t>[0],
    control: React.ReactNode,
  ) => (
    <label className="field" htmlFor={`commitment-${key}`}>
      <span>{t(label)}</span>
      {control}
    </label>
  );

  return (
    <form
      className="card"
      onSubmit={submit}
      aria-label={commitment ? t('commitment.edit') : t('commitment.new')}
    >
      <div className="form-grid">
        {field(
          'donor',
          'field.donor',
          <select
            id="commitment-donor"
            required
            value={draft.donor}
            onChange={set('donor')}
            disabled={!!boundParty}
          >
            <option value="">—</option>
            <StateOptions />
          </select>,
        )}
        {field(
          'recipient',
          'field.recipient',
          <select id="commitment-recipient" required value={draft.recipient} onChange={set('recipient')}>
            <StateOptions />
          </select>,
        )}
        {field(
          'mode',
          'field.mode',
          <select id="commitment-mode" value={draft.mode} onChange={set('mode')}>
            <option value="">{t('mode.unknown')}</option>
            {modes.map((m) => (
              <option key={m} value={m}>
                {t(`mode.${m}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'announced_on',
          'field.announced',
          <input
            id="commitment-announced_on"
            type="date"
            value={draft.announced_on}
            onChange={set('announced_on')}
          />,
        )}
        {field(
          'amount',
          'field.amount',
          <input
            id="commitment-amount"
            inputMode="decimal"
            pattern="[0-9 ]+([.,][0-9]{1,4})?"
            value={draft.amount}
            onChange={set('amount')}
          />,
        )}
        {field(
          'currency',
          'field.currency',
          <input
            id="commitment-currency"
            maxLength={3}
            pattern="[A-Za-z]{3}"
            value={draft.currency}
            onChange={set('currency')}
          />,
        )}
        {field(
          'qualifier',
          'field.qualifier',
          <select id="commitment-qualifier" value={draft.qualifier} onChange={set('qualifier')}>
            {qualifiers.map((q) => (
              <option key={q} value={q}>
                {q === 'exact' ? t('qualifier.exactLabel') : t(`qualifier.${q}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'value_date',
          'field.valueDate',
          <input
            id="commitment-value_date"
            type="date"
            value={draft.value_date}
            onChange={set('value_date')}
          />,
        )}
        {field(
          'visibility',
          'field.visibility',
          <select id="commitment-visibility" value={draft.visibility} onChange={set('visibility')}>
            {visibilities.map((v) => (
              <option key={v} value={v}>
                {t(`visibility.${v}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'source',
          'field.source',
          <input
            id="commitment-source"
            type="url"
            placeholder="https://"
            value={draft.source}
            onChange={set('source')}
          />,
        )}
      </div>
      <LineFields
        lines={draft.lines}
        equipment={equipment.state === 'ready' ? equipment.data.items : []}
        onChange={(lines) => setDraft((d) => ({ ...d, lines }))}
      />
      <label className="field" htmlFor="commitment-note">
        <span>{t('field.note')}</span>
        <textarea id="commitment-note" rows={3} value={draft.note} onChange={set('note')} />
      </label>
      <FormEnd error={error} disabled={busy} />
    </form>
  );
}

/** Creates (id null) or changes a commitment; only for roles that may write it. */
export default function CommitmentEditPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const { can, ready, me, mayWriteFor } = useSession();
  const loaded = useApi('/api/v1/commitments/{id}', id ? { path: { id } } : null);
  useEffect(() => {
    if (ready && me.role === 'public')
      navigate(`/sign-in?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  }, [ready, me.role]);
  const title = id ? t('commitment.edit') : t('commitment.new');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {!ready ? (
        <Loading />
      ) : !can.writeLedger ? (
        <ErrorState error={new ApiError(403, 'forbidden')} />
      ) : id ? (
        <Await loaded={loaded}>
          {(c) =>
            mayWriteFor(c.owner_party) ? (
              <CommitmentForm commitment={c} />
            ) : (
              // Said before any field is shown: the form would only fail on save.
              <div className="card" role="alert">
                <p>{t('commitment.notYours', { party: c.owner_party, mine: me.party ?? '' })}</p>
                <Link href={`/commitments/${encodeURIComponent(c.id)}`}>{t('commitment.backToRecord')}</Link>
              </div>
            )
          }
        </Await>
      ) : (
        <CommitmentForm commitment={null} />
      )}
    </Layout>
  );
}
