import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Pager } from '../../components/Pager.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate, usePlace } from '../../lib/router.tsx';
import { exportView } from './ledger-export.ts';
import { LedgerFilters } from './LedgerFilters.tsx';
import { apiQuery, PAGE_SIZE, readView, toggleSort, viewHref, type LedgerView } from './ledger-query.ts';
import { LedgerTable } from './LedgerTable.tsx';

/** Commitments filtered, sorted and paged, with the whole view in the address. */
export default function LedgerPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { search } = usePlace();
  const view = readView(search);
  const loaded = useApi('/api/v1/commitments', { query: apiQuery(view) });
  const [exporting, setExporting] = useState<string | null>(null);
  const go = (next: LedgerView) => navigate(viewHref(next), { replace: false });

  const runExport = (format: 'csv' | 'xlsx') => {
    setExporting(format);
    exportView(view, format).finally(() => setExporting(null));
  };

  return (
    <Layout title={t('nav.ledger')}>
      <div className="page-head">
        <h1>{t('ledger.title')}</h1>
        <div className="actions">
          {can.writeLedger && (
            <Link className="button" href="/commitments/new">
              {t('commitment.new')}
            </Link>
          )}
          <button type="button" className="secondary" onClick={() => runExport('csv')} disabled={!!exporting}>
            {t('ledger.exportCsv')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => runExport('xlsx')}
            disabled={!!exporting}
          >
            {t('ledger.exportXlsx')}
          </button>
        </div>
      </div>
      <LedgerFilters filters={view.filters} onApply={(filters) => go({ ...view, filters, page: 1 })} />
      <section className="card" aria-label={t('ledger.caption')}>
        <Await loaded={loaded}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>{t('ledger.none')}</Empty>
            ) : (
              <>
                <LedgerTable
                  commitments={page.items}
                  sort={view.sort}
                  onSort={(key) => go({ ...view, sort: toggleSort(view.sort, key), page: 1 })}
                  totalEur={page.total_eur}
                />
                <Pager
                  page={view.page}
                  pageSize={PAGE_SIZE}
                  total={page.total}
                  onPage={(p) => go({ ...view, page: p })}
                />
              </>
            )
          }
        </Await>
      </section>
    </Layout>
  );
}
