import type { Claim, Page } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { PartyName } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ClaimFigure } from './ClaimFigure.tsx';
import { groupClaims } from './claim-groups.ts';

/** Reported totals side by side, conflicting ones first, each with its source. */
export default function ClaimsPage() {
  const { t } = useI18n();
  const loaded = useApi<Page<Claim>>('/api/v1/claims?limit=1000');
  return (
    <Layout title={t('nav.claims')}>
      <h1>{t('claims.title')}</h1>
      <p className="lede">{t('claims.lede')}</p>
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty />
          ) : (
            groupClaims(page.items).map((group) => (
              <section
                key={group.party}
                className="card"
                aria-labelledby={`claims-${group.party}`}
                data-testid="claim-group"
              >
                <h2 id={`claims-${group.party}`}>
                  <PartyName code={group.party} />{' '}
                  {group.conflicting && <span className="badge badge-conflict">{t('claims.conflict')}</span>}
                </h2>
                <div className="side-by-side">
                  {group.claims.map((claim) => (
                    <div key={claim.id} className="claim-card">
                      <div className="muted">{t('claims.measure', { measure: claim.measure ?? '' })}</div>
                      <ClaimFigure claim={claim} />
                    </div>
                  ))}
                </div>
              </section>
            ))
          )
        }
      </Await>
    </Layout>
  );
}
