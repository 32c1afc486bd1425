/** When the next session is likely: the group's usual interval, landing on a weekday. */

const DAY = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const addDays = (date: string, days: number) =>
  new Date(toTime(date) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY);

/** The median of the gaps between consecutive dates (sorted), in whole days; null with fewer than two dates. */
export function medianInterval(dates: readonly string[]): number | null {
  const sorted = [...dates].sort();
  const gaps = sorted
    .slice(1)
    .map((d, i) => daysBetween(sorted[i]!, d))
    .sort((a, b) => a - b);
  if (gaps.length === 0) return null;
  const mid = Math.floor(gaps.length / 2);
  // An even count takes the lower middle: a whole number of days, and the more frequent cadence.
  return gaps.length % 2 === 1 ? gaps[mid]! : gaps[mid - 1]!;
}

/** The date itself on a weekday, else the Monday after. */
export function nextWeekday(date: string): string {
  const day = new Date(toTime(date)).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

export interface SuggestedSession {
  date: string;
  interval_days: number;
  after: string;
  based_on: number;
}

/** The last session plus the usual interval (repeated until it is no earlier than `notBefore`, when given). */
export function suggestNextSession(
  heldDates: readonly string[],
  notBefore?: string,
): SuggestedSession | null {
  const interval = medianInterval(heldDates);
  if (interval === null || interval <= 0) return null;
  const last = [...heldDates].sort().at(-1)!;
  let date = addDays(last, interval);
  if (notBefore && date < notBefore)
    date = addDays(last, interval * Math.ceil(daysBetween(last, notBefore) / interval));
  return {
    date: nextWeekday(date),
    interval_days: interval,
    after: last,
    based_on: heldDates.length,
  };
}
