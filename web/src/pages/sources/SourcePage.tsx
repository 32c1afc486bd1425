/** One source: its details, the records citing it, and its stored text with every record's evidence marked. */
import type { SourceReading } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { highlight } from '../review/highlight.ts';

type Evidence = SourceReading['evidence'][number];

const recordHref = (e: Evidence): string | null => {
  const id = encodeURIComponent(e.record_id);
  if (e.record_type === 'commitment') return `/commitments/${id}`;
  if (e.record_type === 'meeting') return `/meetings/${id}`;
  if (e.record_type === 'package') return '/packages';
  if (e.record_type === 'claim') return '/claims';
  if (e.record_type === 'equipment') return `/ledger?equipment=${id}`;
  return null;
};

/** Passages are numbered in the order they appear in the text. */
function passages(reading: SourceReading): Map<Evidence, number> {
  const spanned = reading.evidence
    .filter((e) => e.start !== null && e.end !== null)
    .sort((a, b) => a.start! - b.start!);
  return new Map(spanned.map((e, i) => [e, i + 1]));
}

function StoredText({ text, numbered }: { text: string; numbered: Map<Evidence, number> }) {
  const { t } = useI18n();
  const spans = [...numbered].map(([e, n]) => ({
    start: e.start!,
    end: e.end!,
    kind: e.record_type,
    index: n,
  }));
  return (
    <div className="article source-text" data-testid="source-text" tabIndex={0} aria-label={t('source.text')}>
      {highlight(text, spans).map((piece, i) =>
        piece.span ? (
          <mark
            key={i}
            id={`passage-${piece.span.index}`}
            title={t('source.passage', { n: piece.span.index })}
          >
            <sup>{piece.span.index}</sup>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </div>
  );
}

function Citations({ reading, numbered }: { reading: SourceReading; numbered: Map<Evidence, number> }) {
  const { t } = useI18n();
  if (reading.evidence.length === 0) return <Empty>{t('source.noCitation')}</Empty>;
  return (
    <ul className="citations" data-testid="source-citations">
      {reading.evidence.map((e) => {
        const href = recordHref(e);
        const n = numbered.get(e);
        const kind = t(`source.record.${e.record_type}` as MessageKey) ?? e.record_type;
        return (
          <li key={`${e.record_type}:${e.record_id}`}>
            {kind}: {href ? <Link href={href}>{e.record_id}</Link> : e.record_id}
            {' — '}
            {n !== undefined && reading.text !== null ? (
              <a href={`#passage-${n}`}>{t('source.passage', { n })}</a>
            ) : (
              <span className="muted">{t('source.noSpan')}</span>
            )}
            {e.quote && (
              <blockquote>
                <mark>{e.quote}</mark>
              </blockquote>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default function SourcePage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/sources/{id}/text', { path: { id } });
  const title =
    loaded.state === 'ready'
      ? (loaded.data.source.title ?? loaded.data.source.publisher ?? id)
      : t('source.title');
  return (
    <Layout title={title}>
      <Await loaded={loaded}>
        {(reading) => {
          const { source } = reading;
          const numbered = passages(reading);
          return (
            <>
              <h1>{source.title ?? source.publisher ?? source.id}</h1>
              <p className="muted" data-testid="source-details">
                {[
                  source.publisher,
                  source.published_on
                    ? t('source.published', { date: formatDate(source.published_on, locale) })
                    : null,
                  source.language ? t('source.language', { language: source.language }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {source.url && (
                  <>
                    {' · '}
                    <a href={source.url} rel="noopener noreferrer" target="_blank">
                      {t('source.original')}
                    </a>
                  </>
                )}
              </p>
              <Section title={t('source.cited')} id="citations">
                <Citations reading={reading} numbered={numbered} />
              </Section>
              <Section title={t('source.text')} id="text">
                {reading.text !== null ? (
                  <StoredText text={reading.text} numbered={numbered} />
                ) : (
                  <Empty>{reading.text_withheld ? t('source.withheld') : t('source.noText')}</Empty>
                )}
              </Section>
            </>
          );
        }}
      </Await>
    </Layout>
  );
}
