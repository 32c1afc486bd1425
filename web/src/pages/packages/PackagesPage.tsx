import type { Package } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText, MoneyText, PartyName, SourceList, StatusBadge } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatPercent, percentOf } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';

function Funders({ pkg }: { pkg: Package }) {
  const { t, locale } = useI18n();
  const whole = pkg.value?.amount_minor;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('packages.funder')}</th>
          <th scope="col" className="num">
            {t('field.amount')}
          </th>
          <th scope="col" className="num">
            {t('packages.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {pkg.funders.map((f) => {
          const share =
            whole && f.amount_minor && f.currency === pkg.value?.currency
              ? percentOf(f.amount_minor, whole)
              : null;
          return (
            <tr key={`${f.party}-${f.commitment_id ?? ''}`}>
              <th scope="row">
                <PartyName code={f.party} link />
                {f.commitment_id && (
                  <>
                    {' '}
                    <Link href={`/commitments/${encodeURIComponent(f.commitment_id)}`} className="muted">
                      ({t('packages.commitment')})
                    </Link>
                  </>
                )}
              </th>
              <td className="num">
                {f.amount && f.currency ? formatMoney(f.amount, f.currency, locale) : '—'}
              </td>
              <td className="num">{share ? formatPercent(share, locale) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Pooled packages (PURL): value, funders and their shares, contents, sources. */
export default function PackagesPage() {
  const { t } = useI18n();
  const loaded = useApi('/api/v1/packages', { query: { limit: 1000 } });
  return (
    <Layout title={t('nav.packages')}>
      <h1>{t('packages.title')}</h1>
      <p className="lede">{t('packages.rule')}</p>
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty />
          ) : (
            <div className="grid-2">
              {page.items.map((pkg) => (
                <section key={pkg.id} id={pkg.id} className="card" aria-labelledby={`${pkg.id}-title`}>
                  <h2 id={`${pkg.id}-title`}>{pkg.name}</h2>
                  <p>
                    <MoneyText money={pkg.value} /> · <DateText iso={pkg.announced_on} /> ·{' '}
                    <StatusBadge status={pkg.status} />
                  </p>
                  {pkg.contents_summary && <p className="muted">{pkg.contents_summary}</p>}
                  <div className="table-wrap">
                    <Funders pkg={pkg} />
                  </div>
                  <p>
                    <Link href={`/ledger?package=${encodeURIComponent(pkg.id)}`}>
                      {t('packages.inLedger')}
                    </Link>
                  </p>
                  <details>
                    <summary>{t('sources.title')}</summary>
                    <SourceList sources={pkg.sources} />
                  </details>
                </section>
              ))}
            </div>
          )
        }
      </Await>
    </Layout>
  );
}
