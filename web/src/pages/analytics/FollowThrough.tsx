import type { FollowThroughReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoney, formatMoneyShort, formatPercent } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { meetingTitle } from '../../lib/titles.ts';
import { KielEditionLine } from './ValuationBasis.tsx';

type MeetingFollowThrough = FollowThroughReport['meetings'][number];

/** Announced → committed → contracted → delivered for one meeting's pledges, as a small table. */
function Stages({ row }: { row: MeetingFollowThrough }) {
  const { t, locale } = useI18n();
  const stages = [
    ['follow.announced', row.announced, null],
    ['follow.committed', row.committed, row.committed.value_pct],
    ['follow.contracted', row.contracted, row.contracted.value_pct],
    ['follow.delivered', row.delivered, row.delivered.value_pct],
  ] as const;
  return (
    <div className="table-wrap">
      <table data-testid="follow-through">
        <thead>
          <tr>
            <th scope="col">{t('follow.stage')}</th>
            <th scope="col">{t('follow.count')}</th>
            <th scope="col">{t('follow.value')}</th>
            <th scope="col">{t('follow.valuePct')}</th>
            <th scope="col">{t('follow.units')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map(([key, stage, pct]) => (
            <tr key={key}>
              <th scope="row">{t(key)}</th>
              <td className="num">{stage.count}</td>
              <td className="num">{formatMoney(stage.value.amount, 'EUR', locale)}</td>
              <td className="num">{pct === null ? '' : formatPercent(pct, locale)}</td>
              <td className="num">{stage.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The sentence of the briefing: what became of the previous session's pledges by this one. */
function SinceLastSession({ report, meetingId }: { report: FollowThroughReport; meetingId: string }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  // The previous meeting of the same kind, as the briefing pack counts sessions.
  const own = report.meetings.find((m) => m.meeting.id === meetingId);
  const earlier = report.meetings.filter(
    (m) =>
      m.meeting.id !== meetingId &&
      m.meeting.date < report.as_of &&
      (!own || m.meeting.kind === own.meeting.kind),
  );
  const previous = earlier[earlier.length - 1];
  if (!previous) return <Empty>{t('follow.noPrevious')}</Empty>;
  if (previous.commitments === 0) return <Empty>{t('follow.none')}</Empty>;
  return (
    <p data-testid="since-last-session">
      {t('follow.sinceLastText', {
        count: previous.commitments,
        // Its human title: "UDCG 32, Ramstein, 20 November 2025".
        meeting: meetingTitle(previous.meeting, { locale, t, party: name, equipment: () => undefined }),
        announced: formatMoneyShort(previous.announced.value.amount, 'EUR', locale),
        committed: formatPercent(previous.committed.value_pct ?? '0', locale),
        contracted: formatPercent(previous.contracted.value_pct ?? '0', locale),
        delivered: formatPercent(previous.delivered.value_pct ?? '0', locale),
        date: formatDate(report.as_of, locale),
      })}
    </p>
  );
}

/** "Since the last session": the previous session's pledges as known on this meeting's date. */
export function SinceLastSessionSection({ meetingId, date }: { meetingId: string; date: string }) {
  const { t } = useI18n();
  const before = useApi('/api/v1/reports/follow-through', { query: { as_of: date } });
  return (
    <Section title={t('follow.sinceLast')} id="since-last-session">
      <Await loaded={before}>{(r) => <SinceLastSession report={r} meetingId={meetingId} />}</Await>
    </Section>
  );
}

/** A meeting's follow-through (as known today), after the previous session's. */
export function FollowThrough({ meetingId, date }: { meetingId: string; date: string }) {
  const { t, locale } = useI18n();
  const own = useApi('/api/v1/reports/follow-through', { query: { meeting: meetingId } });
  return (
    <>
      <SinceLastSessionSection meetingId={meetingId} date={date} />
      <Section title={t('follow.title')} id="follow-through">
        <Await loaded={own}>
          {(r) => {
            const row = r.meetings[0];
            if (!row || row.commitments === 0) return <Empty>{t('meetings.noneAnnounced')}</Empty>;
            return (
              <>
                <Stages row={row} />
                <p className="muted">
                  {t('follow.cancelled', { count: row.cancelled, unvalued: row.unvalued })}{' '}
                  {row.range && (
                    <>
                      {t('follow.range', {
                        low: formatMoneyShort(row.range.announced.low.amount, 'EUR', locale),
                        high: formatMoneyShort(row.range.announced.high.amount, 'EUR', locale),
                      })}{' '}
                      <KielEditionLine edition={r.kiel_edition} />
                    </>
                  )}{' '}
                  {t('follow.asOf', { date: formatDate(r.as_of, locale) })}
                </p>
              </>
            );
          }}
        </Await>
      </Section>
    </>
  );
}
