import { useApi } from '../../api/use-api.ts';
import { PartyName } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { hasText } from '../../i18n/translate.ts';
import { useParties } from '../../lib/parties.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';
import { ClaimFigure } from './ClaimFigure.tsx';
import { claimFilterHref, filterGroups, readClaimFilter, type ClaimFilter } from './claim-filter.ts';
import { groupClaims } from './claim-groups.ts';

function Filters({ filter, parties }: { filter: ClaimFilter; parties: string[] }) {
  const { t } = useI18n();
  const { name } = useParties();
  const apply = (patch: Partial<ClaimFilter>) =>
    navigate(claimFilterHref({ ...filter, ...patch }), { replace: true });
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        apply({ q: String(new FormData(e.currentTarget).get('q') ?? '').trim() });
      }}
    >
      <label className="field" htmlFor="claims-q">
        <span>{t('claims.search')}</span>
        <input
          id="claims-q"
          key={filter.q}
          type="search"
          name="q"
          maxLength={100}
          defaultValue={filter.q}
          placeholder={t('claims.searchHint')}
        />
      </label>
      <label className="field" htmlFor="claims-party">
        <span>{t('claims.party')}</span>
        <select
          id="claims-party"
          value={filter.party ?? ''}
          onChange={(e) => apply({ party: e.target.value || null })}
        >
          <option value="">{t('claims.anyParty')}</option>
          {parties.map((p) => (
            <option key={p} value={p}>
              {name(p)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor="claims-confidence">
        <span>{t('claims.confidence')}</span>
        <select
          id="claims-confidence"
          value={filter.confidence ?? ''}
          onChange={(e) => apply({ confidence: (e.target.value || null) as ClaimFilter['confidence'] })}
        >
          <option value="">{t('claims.anyConfidence')}</option>
          {(['high', 'medium', 'low'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`claims.confidence.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field checkbox-field">
        <span>
          <input
            type="checkbox"
            checked={filter.conflicts}
            onChange={(e) => apply({ conflicts: e.target.checked })}
          />{' '}
          {t('claims.onlyConflicts')}
        </span>
      </label>
      <button type="submit">{t('claims.apply')}</button>
    </form>
  );
}

/** Reported totals side by side, conflicting ones first, each with its note, confidence and every source. */
export default function ClaimsPage() {
  const { t } = useI18n();
  // A measure the catalogue words, in the reader's language; another as the record gives it.
  const measureName = (measure: string | null) => {
    const key = `claims.measure.${measure ?? 'unspecified'}`;
    return hasText(key) ? t(key) : (measure ?? '');
  };
  const { name } = useParties();
  const { search } = usePlace();
  const filter = readClaimFilter(search);
  const loaded = useApi('/api/v1/claims', { query: { limit: 1000 } });
  return (
    <Layout title={t('nav.claims')}>
      <h1>{t('claims.title')}</h1>
      <p className="lede">{t('claims.lede')}</p>
      <Await loaded={loaded}>
        {(page) => {
          if (page.items.length === 0) return <Empty />;
          const all = groupClaims(page.items);
          const shown = filterGroups(all, filter, name);
          const parties = all.map((g) => g.party).filter((p) => p !== '—');
          return (
            <>
              <Filters filter={filter} parties={parties} />
              <p className="muted" role="status" data-testid="claims-count">
                {t('claims.found', { count: shown.reduce((n, g) => n + g.claims.length, 0) })}
              </p>
              {shown.length === 0 && <Empty>{t('claims.noMatch')}</Empty>}
              {shown.map((group) => (
                <section
                  key={group.party}
                  className="card"
                  aria-labelledby={`claims-${group.party}`}
                  data-testid="claim-group"
                >
                  <h2 id={`claims-${group.party}`}>
                    <PartyName code={group.party} />{' '}
                    {group.conflicting && (
                      <span className="badge badge-conflict">{t('claims.conflict')}</span>
                    )}
                  </h2>
                  <div className="side-by-side">
                    {group.claims.map((claim) => (
                      <div key={claim.id} className="claim-card">
                        <div className="muted">
                          {t('claims.measure', { measure: measureName(claim.measure) })}
                        </div>
                        <ClaimFigure claim={claim} />
                      </div>
                    ))}
                  </div>
                </section>
              ))}
            </>
          );
        }}
      </Await>
    </Layout>
  );
}
