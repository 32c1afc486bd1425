/** Calendar arithmetic on ISO dates (UTC, no time zone surprises). */
export function parseIso(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const isoMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export function addMonths(d: Date, months: number): { year: number; month: number } {
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function validDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1900 && year <= 2200
    ? isoDay(d)
    : null;
}
