/**
 * Date mentions: absolute ("14 juillet 2025", "July 14, 2025", "14. Juli 2025", "juin 2025",
 * "en 2035") and relative ("jeudi", "aujourd'hui", "le mois dernier", "dans 50 jours",
 * "fin juin", "two weeks ago"). Relative ones are resolved against the publication date, in the
 * past or the future as the tense of the sentence says; without a publication date they stay null.
 */
import calendar from '../../../data/extract/calendar.json' with { type: 'json' };
import { PhraseIndex } from '../lexicon/phrase-index.ts';
import { cueIndex } from '../lexicon/cues.ts';
import type { Token } from '../text/tokens.ts';
import type { FactDate, Lang } from '../types.ts';
import { addDays, addMonths, isoDay, isoMonth, validDay } from './calendar.ts';
import { readNumberWords } from './numbers.ts';
import type { Tense } from './tense.ts';

export interface DateMention {
  start: number;
  end: number;
  date: FactDate | null;
  /** True when the value depends on the publication date. */
  relative: boolean;
}

export interface DateContext {
  lang: Lang;
  published: Date | null;
  tenseAt: (token: number) => Tense | null;
}

type Unit = 'day' | 'week' | 'month' | 'year';
const L = ['fr', 'en', 'de'] as const;
const asMap = <T>(o: Record<string, T>) => new Map(Object.entries(o));
const months = Object.fromEntries(L.map((l) => [l, asMap(calendar.months[l])])) as Record<
  Lang,
  Map<string, number>
>;
const weekdays = Object.fromEntries(L.map((l) => [l, asMap(calendar.weekdays[l])])) as Record<
  Lang,
  Map<string, number>
>;
const weekdayNames = new Set(L.flatMap((l) => [...weekdays[l].keys()]));
const units = Object.fromEntries(
  L.map((l) => [l, asMap(calendar.units[l] as Record<string, Unit>)]),
) as Record<Lang, Map<string, Unit>>;
const relDays = Object.fromEntries(
  L.map((l) => {
    const idx = new PhraseIndex<number>();
    for (const [p, v] of Object.entries(calendar.relative_days[l] as Record<string, number>)) idx.add(p, v);
    return [l, idx];
  }),
) as Record<Lang, PhraseIndex<number>>;
const relPeriods = Object.fromEntries(
  L.map((l) => {
    const idx = new PhraseIndex<[string, number]>();
    for (const [p, v] of Object.entries(
      calendar.relative_periods[l] as unknown as Record<string, [string, number]>,
    ))
      idx.add(p, v);
    return [l, idx];
  }),
) as Record<Lang, PhraseIndex<[string, number]>>;
const inFuture = cueIndex(calendar.in_future);
const ago = cueIndex(calendar.ago);
const monthParts = cueIndex(calendar.month_parts);
const nextWords = cueIndex(calendar.next_words);
const lastWords = cueIndex(calendar.last_words);

const num = (t: Token | undefined) =>
  t && t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : null;
const isYear = (n: number | null): n is number => n !== null && n >= 1990 && n <= 2100;
const YEAR_PREPOSITIONS = new Set([
  'en',
  'in',
  "d'ici",
  'ici',
  'by',
  'bis',
  'seit',
  'depuis',
  'since',
  'fin',
  'end',
  'ende',
  'debut',
  'anfang',
  'jahr',
  'horizon',
  'until',
  'jusqu',
  "jusqu'en",
  'avant',
  'before',
  'vor',
  'im',
  'of',
]);

export function findDates(tokens: readonly Token[], ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = dateAt(tokens, i, ctx);
    if (m) {
      found.push(m);
      i = m.end - 1;
    }
  }
  return withWeekdays(tokens, found);
}

/** "mardi 22 juillet 2025", "Tuesday, April 26": a weekday before a date names that date, once. */
function withWeekdays(tokens: readonly Token[], found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let n = 0; n < found.length; n++) {
    const a = found[n] as DateMention;
    const b = found[n + 1];
    const gap = b ? b.start - a.end : -1;
    const isWeekday = (m: DateMention) =>
      m.end - m.start === 1 && weekdayNames.has(tokens[m.start]?.fold ?? '');
    const dayOfMonth = b !== undefined && !isWeekday(b) && b.date?.granularity === 'day';
    if (isWeekday(a) && dayOfMonth && (gap === 0 || (gap === 1 && tokens[a.end]?.text === ','))) {
      out.push({ ...b, start: a.start });
      n++;
    } else out.push(a);
  }
  return out;
}

/** The month named by token `k` ("juillet", "Sept."), if any. */
function monthAt(tokens: readonly Token[], k: number, lang: Lang): number | undefined {
  const word = tokens[k]?.fold ?? '';
  return months[lang].get(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** "Nov. 23", "23 Sept. 2023": the full stop of an abbreviated month is part of it. */
const afterMonth = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end ? k + 2 : k + 1;

function dateAt(tokens: readonly Token[], i: number, ctx: DateContext): DateMention | null {
  const { lang, published } = ctx;
  const t = tokens[i] as Token;

  // 14 juillet 2025 · 1er juillet · 14. Juli · 14th July
  const day = num(t);
  if (day !== null && day >= 1 && day <= 31) {
    let k = i + 1;
    if (/^(er|st|nd|rd|th|\.)$/.test(tokens[k]?.fold ?? '')) k++;
    const month = monthAt(tokens, k, lang);
    if (month !== undefined) {
      const m = afterMonth(tokens, k);
      const year = num(tokens[m]);
      if (isYear(year)) return absolute(i, m + 1, validDay(year, month, day), 'day');
      return dayWithoutYear(i, m, month, day, ctx);
    }
  }
  // July 14, 2025 · June 2025
  const month = monthAt(tokens, i, lang);
  if (month !== undefined) {
    const m = afterMonth(tokens, i);
    const next = num(tokens[m]);
    if (next !== null && next >= 1 && next <= 31 && !isYear(next)) {
      let k = m + 1;
      if (/^(st|nd|rd|th)$/.test(tokens[k]?.fold ?? '')) k++;
      if (tokens[k]?.text === ',') k++;
      const year = num(tokens[k]);
      if (isYear(year)) return absolute(i, k + 1, validDay(year, month, next), 'day');
      return dayWithoutYear(i, k, month, next, ctx);
    }
    if (isYear(next)) return absolute(i, m + 1, isoMonth(next, month), 'month');
    const part = precededBy(tokens, i, monthParts[lang]);
    if (part !== null) return relativeMonth(part, i + 1, month, ctx, i);
  }
  // 2025-07-14
  const year = num(t);
  if (isYear(year) && tokens[i + 1]?.text === '-' && tokens[i + 3]?.text === '-') {
    const m = num(tokens[i + 2]);
    const d = num(tokens[i + 4]);
    if (m !== null && d !== null) return absolute(i, i + 5, validDay(year, m, d), 'day');
  }
  if (isYear(year) && YEAR_PREPOSITIONS.has(tokens[i - 1]?.fold ?? ''))
    return absolute(i, i + 1, String(year), 'year');

  const rd = relDays[lang].matchAt(tokens, i);
  if (rd)
    return relative(
      i,
      rd.end,
      published ? { value: isoDay(addDays(published, rd.values[0] as number)), granularity: 'day' } : null,
    );
  const rp = relPeriods[lang].matchAt(tokens, i);
  if (rp) {
    const [unit, n] = rp.values[0] as [string, number];
    return relative(i, rp.end, published ? period(published, unit === 'month' ? 'month' : 'year', n) : null);
  }
  const weekday = weekdays[lang].get(t.fold);
  if (weekday !== undefined) return weekdayMention(tokens, i, weekday, ctx);

  const future = inFuture[lang].matchAt(tokens, i);
  if (future) {
    const span = countAndUnit(tokens, future.end, lang);
    if (span) return relative(i, span.end, published ? period(published, span.unit, span.count) : null);
  }
  const agoBefore = ago[lang].matchAt(tokens, i);
  if (agoBefore && lang !== 'en') {
    const span = countAndUnit(tokens, agoBefore.end, lang);
    if (span) return relative(i, span.end, published ? period(published, span.unit, -span.count) : null);
  }
  if (lang === 'en') {
    const span = countAndUnit(tokens, i, lang);
    if (span && tokens[span.end]?.fold === 'ago') {
      return relative(i, span.end + 1, published ? period(published, span.unit, -span.count) : null);
    }
  }
  return null;
}

function absolute(
  start: number,
  end: number,
  value: string | null,
  granularity: FactDate['granularity'],
): DateMention {
  return { start, end, date: value ? { value, granularity } : null, relative: false };
}

function relative(start: number, end: number, date: FactDate | null): DateMention {
  return { start, end, date, relative: true };
}

function period(published: Date, unit: Unit, n: number): FactDate {
  if (unit === 'day') return { value: isoDay(addDays(published, n)), granularity: 'day' };
  if (unit === 'week') return { value: isoDay(addDays(published, 7 * n)), granularity: 'day' };
  if (unit === 'month') {
    const m = addMonths(published, n);
    return { value: isoMonth(m.year, m.month), granularity: 'month' };
  }
  return { value: String(published.getUTCFullYear() + n), granularity: 'year' };
}

function countAndUnit(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { count: number; unit: Unit; end: number } | null {
  const digits = num(tokens[i]);
  const words = digits === null ? readNumberWords(tokens, i, lang, true) : null;
  const count = digits ?? words?.value ?? null;
  const after = digits !== null ? i + 1 : (words?.end ?? i);
  const unit = units[lang].get(tokens[after]?.fold ?? '');
  if (count === null || unit === undefined || count > 3660) return null;
  return { count, unit, end: after + 1 };
}

function precededBy(tokens: readonly Token[], i: number, index: PhraseIndex<true>): number | null {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const m = index.matchAt(tokens, j);
    if (m && m.end === i) return j;
  }
  if (tokens[i - 1]?.text === '-' && (tokens[i - 2]?.fold === 'mi' || tokens[i - 2]?.fold === 'mid'))
    return i - 2;
  return null;
}

/** "fin juin", "in June", "Ende Juni": the nearest such month in the direction of the tense. */
function relativeMonth(start: number, end: number, month: number, ctx: DateContext, at: number): DateMention {
  if (!ctx.published) return relative(start, end, null);
  const pubYear = ctx.published.getUTCFullYear();
  const pubMonth = ctx.published.getUTCMonth() + 1;
  const tense = ctx.tenseAt(at);
  let year = pubYear;
  if (tense === 'past' && month > pubMonth) year--;
  if (tense === 'future' && month < pubMonth) year++;
  return relative(start, end, { value: isoMonth(year, month), granularity: 'month' });
}

function dayWithoutYear(
  start: number,
  end: number,
  month: number,
  day: number,
  ctx: DateContext,
): DateMention {
  if (!ctx.published) return relative(start, end, null);
  const pub = ctx.published;
  const candidates = [-1, 0, 1]
    .map((d) => validDay(pub.getUTCFullYear() + d, month, day))
    .filter((x) => x !== null);
  const tense = ctx.tenseAt(start);
  const pubIso = isoDay(pub);
  const ranked = candidates
    .filter((c) => (tense === 'past' ? c <= pubIso : tense === 'future' ? c >= pubIso : true))
    .sort((a, b) => Math.abs(Date.parse(a) - pub.getTime()) - Math.abs(Date.parse(b) - pub.getTime()));
  const value = ranked[0] ?? null;
  return relative(start, end, value ? { value, granularity: 'day' } : null);
}

function weekdayMention(tokens: readonly Token[], i: number, weekday: number, ctx: DateContext): DateMention {
  const { lang, published } = ctx;
  const nextAfter = nextWords[lang].matchAt(tokens, i + 1);
  const lastAfter = lastWords[lang].matchAt(tokens, i + 1);
  const nextBefore = precededBy(tokens, i, nextWords[lang]);
  const lastBefore = precededBy(tokens, i, lastWords[lang]);
  const start = nextBefore ?? lastBefore ?? i;
  const end = nextAfter?.end ?? lastAfter?.end ?? i + 1;
  if (!published) return relative(start, end, null);
  const explicit =
    nextAfter || nextBefore !== null ? 'future' : lastAfter || lastBefore !== null ? 'past' : null;
  const tense = explicit ?? ctx.tenseAt(i) ?? 'past';
  const today = published.getUTCDay();
  let delta: number;
  if (tense === 'future') delta = (weekday - today + 7) % 7 || (explicit ? 7 : 0);
  else delta = -((today - weekday + 7) % 7);
  return relative(start, end, { value: isoDay(addDays(published, delta)), granularity: 'day' });
}
