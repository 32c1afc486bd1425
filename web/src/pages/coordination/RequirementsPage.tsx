/**
 * The recipient's prioritised requirements list, edition by edition, with the coverage of each
 * requirement by pipeline state, suggested links and the changes between two editions.
 */
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText, PartyName, Section, StatusBadge } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { formatDate, formatMoney, formatMoneyShort, formatNumber } from '../../lib/format.ts';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';
import { categoryName, quantityText } from '../../lib/titles.ts';
import { CommitmentLink } from '../../components/CommitmentLink.tsx';
import { CoverageBar, CoverageLegend } from './CoverageBar.tsx';
import { LinkSuggestion } from './LinkSuggestion.tsx';
import { RequirementsDiff } from './RequirementsDiff.tsx';
import {
  coverageBuckets,
  type CoverageReport,
  type CoveredRequirement,
  type RequirementListSummary,
} from './coordination-types.ts';
import './coordination.css';

export function statusKey(status: string): MessageKey {
  return ['open', 'covered', 'withdrawn'].includes(status)
    ? (`req.status.${status}` as MessageKey)
    : 'req.status.open';
}

/** What a requirement asks for: the catalogue's name of its equipment, or its category, in words. */
export function What({ equipment, category }: { equipment: string | null; category: string | null }) {
  const words = useTitleWords();
  if (equipment) return <span>{words.equipment(equipment)?.name ?? equipment}</span>;
  return <span>{words.t('req.category', { category: category ? categoryName(category, words) : '—' })}</span>;
}

function RequirementRow({ r }: { r: CoveredRequirement }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const values = coverageBuckets
    .filter((b) => r.value[b].length > 0)
    .map((b) => ({
      bucket: b,
      amounts: r.value[b].map((m) => formatMoneyShort(m.amount, m.currency, locale)).join(', '),
      exact: r.value[b].map((m) => formatMoney(m.amount, m.currency, locale)).join(', '),
    }));
  return (
    <tr data-testid={`requirement-${r.key}`}>
      <td className="num" data-label={t('req.rank')}>
        {n(r.priority)}
      </td>
      <th scope="row">{r.capability}</th>
      <td className="break-anywhere" data-label={t('req.what')}>
        <What equipment={r.equipment} category={r.category} />
      </td>
      <td className="num" data-label={t('req.quantity')}>
        {r.quantity === null ? '—' : quantityText(r.quantity, r.unit, { locale, t })}
      </td>
      <td data-label={t('req.neededBy')}>
        <DateText iso={r.needed_by} />
      </td>
      <td data-label={t('req.status')}>{t(statusKey(r.status))}</td>
      <td data-label={t('req.coverage')}>
        <CoverageBar quantity={r.quantity} covered={r.covered} gap={r.gap} unit={r.unit} />
        {r.unquantified_links > 0 && (
          <p className="coverage-figures">{t('req.unquantified', { count: r.unquantified_links })}</p>
        )}
        {values.map((v) => (
          <p key={v.bucket} className="coverage-figures" title={v.exact}>
            {t('req.value', { bucket: t(`req.${v.bucket}`).toLowerCase(), amounts: v.amounts })}
          </p>
        ))}
        {r.commitments.length > 0 ? (
          <details>
            <summary>{t('req.links', { count: r.commitments.length })}</summary>
            <ul className="plain-list">
              {r.commitments.map((c) => (
                <li key={c.id}>
                  <CommitmentLink id={c.id} /> (
                  <PartyName code={c.donor} />) <StatusBadge status={c.status} />
                  {c.quantity !== null && ` ${n(c.quantity)}`}
                  {c.money && ` ${formatMoney(c.money.amount, c.money.currency, locale)}`}
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <p className="coverage-figures">{t('req.noLinks')}</p>
        )}
      </td>
      <td className="num" data-label={t('req.gap')}>
        {r.gap === null ? '—' : n(r.gap)}
      </td>
    </tr>
  );
}

function CoverageTable({ report }: { report: CoverageReport }) {
  const { t } = useI18n();
  if (!report.requirements.length) return <Empty>{t('req.empty')}</Empty>;
  return (
    <>
      <CoverageLegend />
      <div className="table-wrap">
        <table className="requirements-table" data-testid="requirements-table">
          <caption className="visually-hidden">{t('req.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('req.rank')}</th>
              <th scope="col">{t('req.capability')}</th>
              <th scope="col">{t('req.what')}</th>
              <th scope="col">{t('req.quantity')}</th>
              <th scope="col">{t('req.neededBy')}</th>
              <th scope="col">{t('req.status')}</th>
              <th scope="col">{t('req.coverage')}</th>
              <th scope="col">{t('req.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {[...report.requirements]
              .sort((a, b) => a.priority - b.priority)
              .map((r) => (
                <RequirementRow key={r.key} r={r} />
              ))}
          </tbody>
        </table>
      </div>
      <details className="rules">
        <summary>{t('req.rules')}</summary>
        <ul>
          {report.rule_ids.map((rule) => (
            <li key={rule}>{t(`rule.${rule}`)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** Why a link is suggested, from the reason's id and the equipment or category it names. */
function SuggestionReason({ id, params }: { id: string; params: Record<string, string> }) {
  const words = useTitleWords();
  if (id === 'same-equipment' && params.equipment)
    return (
      <>
        {words.t('req.reasonEquipment', {
          what: words.equipment(params.equipment)?.name ?? params.equipment,
        })}
      </>
    );
  if (id === 'same-category' && params.category)
    return (
      <>
        {words.t('req.reasonCategory', {
          what: categoryName(params.category, words).toLocaleLowerCase(words.locale),
        })}
      </>
    );
  return <>{id}</>;
}

function Suggestions({ report, onLinked }: { report: CoverageReport; onLinked: () => void }) {
  const { t } = useI18n();
  const byKey = new Map(report.requirements.map((r) => [r.key, r]));
  if (!report.suggestions.length) return <Empty>{t('req.noSuggestions')}</Empty>;
  return (
    <>
      <p className="muted">{t('req.suggestionsIntro')}</p>
      <div className="table-wrap">
        <table data-testid="suggestions-table">
          <caption className="visually-hidden">{t('req.suggestionsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('req.requirement')}</th>
              <th scope="col">{t('req.commitment')}</th>
              <th scope="col">{t('field.donor')}</th>
              <th scope="col">{t('req.status')}</th>
              <th scope="col">{t('field.announced')}</th>
              <th scope="col">{t('req.reason')}</th>
              <th scope="col">{t('req.action')}</th>
            </tr>
          </thead>
          <tbody>
            {report.suggestions.map((s) => {
              const r = byKey.get(s.key);
              return (
                <tr key={`${s.key}-${s.commitment}`}>
                  <td>{r ? `${r.priority}. ${r.capability}` : s.key}</td>
                  <td>
                    <CommitmentLink id={s.commitment} />
                  </td>
                  <td>
                    <PartyName code={s.donor} />
                  </td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td>
                    <DateText iso={s.announced_on} />
                  </td>
                  <td data-reason={s.reason_id}>
                    <SuggestionReason id={s.reason_id} params={s.reason_params} />
                  </td>
                  <td>
                    <LinkSuggestion
                      list={report.list.id}
                      requirement={s.key}
                      commitment={s.commitment}
                      onLinked={onLinked}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ListView({ summary, lists }: { summary: RequirementListSummary; lists: RequirementListSummary[] }) {
  const { t, locale } = useI18n();
  const { search } = usePlace();
  const editionParam = Number(search.get('edition'));
  const edition =
    Number.isInteger(editionParam) && editionParam >= 1 && editionParam <= summary.current_edition
      ? editionParam
      : summary.current_edition;
  const base = `/api/v1/requirements/${encodeURIComponent(summary.id)}`;
  const list = useApi('/api/v1/requirements/{id}', { path: { id: summary.id }, query: { edition } });
  const coverage = useApi('/api/v1/reports/coverage', { query: { list: summary.id, edition } });
  const editions = Array.from({ length: summary.current_edition }, (_, i) => summary.current_edition - i);

  const go = (changes: Record<string, string | number | null>) => {
    const next: Record<string, string | number | null> = {
      list: search.get('list'),
      edition: search.get('edition'),
      from: search.get('from'),
      to: search.get('to'),
      ...changes,
    };
    navigate(`/requirements${query(next)}`, { replace: true });
  };

  return (
    <>
      <form className="coord-pickers card" aria-label={t('req.list')} onSubmit={(e) => e.preventDefault()}>
        {lists.length > 1 && (
          <label className="field" htmlFor="req-list">
            <span>{t('req.list')}</span>
            <select
              id="req-list"
              value={summary.id}
              onChange={(e) => go({ list: e.target.value, edition: null, from: null, to: null })}
            >
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field" htmlFor="req-edition">
          <span>{t('req.edition')}</span>
          <select id="req-edition" value={edition} onChange={(e) => go({ edition: Number(e.target.value) })}>
            {editions.map((e) => (
              <option key={e} value={e}>
                {e === summary.current_edition
                  ? t('req.editionCurrent', { edition: formatNumber(e, locale) })
                  : t('req.editionOption', { edition: formatNumber(e, locale) })}
              </option>
            ))}
          </select>
        </label>
        <a className="button button-quiet" href={`${base}${query({ edition, format: 'csv' })}`} download>
          {t('req.csv')}
        </a>
      </form>
      <Await loaded={list}>
        {(l) => (
          <>
            <p className="lede">
              <strong>{l.title}</strong> · <PartyName code={l.recipient} />
              {l.issued_on &&
                ` · ${t('req.issued', {
                  date: formatDate(l.issued_on, locale),
                  edition: formatNumber(l.edition, locale),
                  current: formatNumber(l.current_edition, locale),
                })}`}
            </p>
            {l.note && <p className="muted">{l.note}</p>}
          </>
        )}
      </Await>
      <Section title={t('req.coverage')} id="coverage">
        <Await loaded={coverage}>{(report) => <CoverageTable report={report} />}</Await>
      </Section>
      <Section title={t('req.suggestions')} id="suggestions">
        <Await loaded={coverage}>
          {(report) => (
            <Suggestions
              report={report}
              onLinked={() => {
                coverage.reload();
                list.reload();
              }}
            />
          )}
        </Await>
      </Section>
      <Section title={t('req.versions')} id="versions">
        <RequirementsDiff
          list={summary.id}
          current={summary.current_edition}
          from={Number(search.get('from')) || null}
          to={Number(search.get('to')) || null}
          onCompare={(from, to) => go({ from, to })}
        />
      </Section>
    </>
  );
}

export default function RequirementsPage() {
  const { t } = useI18n();
  const { search } = usePlace();
  const lists = useApi('/api/v1/requirements');
  return (
    <Layout title={t('req.title')}>
      <h1>{t('req.title')}</h1>
      <Await loaded={lists}>
        {({ items }) => {
          if (!items.length) return <Empty>{t('req.noLists')}</Empty>;
          const chosen = items.find((l) => l.id === search.get('list')) ?? items[0]!;
          return <ListView key={chosen.id} summary={chosen} lists={items} />;
        }}
      </Await>
    </Layout>
  );
}
