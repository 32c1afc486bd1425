/**
 * NATO members' defence expenditure against the spending lines agreed by the Alliance: 2 % of GDP
 * (Wales 2014), 3.5 % core defence and 5 % in all (The Hague 2025). Figures are NATO's own
 * 2-decimal percentages; comparisons and gaps are exact decimals, never floats.
 */
import { add, formatRatio, parseDecimal, type Ratio } from '../money/decimal.ts';

export const targetsRules: readonly string[] = [
  "Figures are NATO's defence expenditure as % of GDP, as NATO prints them (2 decimals), from one edition of its table; an ally is at a line when its figure is equal to it or above.",
  'The gap is the number of percentage points still missing to reach a line; 0.00 at or above it.',
  'Allies are counted one by one; the NATO totals (NATO, NATO Europe and Canada) are shown apart as aggregates and never counted as allies.',
  'Press-reported estimates (secondary quality) are shown only on request, in their own flagged field, and never mixed into the primary figures or counts.',
];

export interface SpendingLine {
  id: string;
  target_id: string;
  component: string | null;
  name: string;
  value: string;
  deadline_year: number | null;
}

export interface IndicatorFigure {
  party: string;
  year: number;
  value: string;
  edition: string;
  source: string;
  estimate: boolean;
}

export interface LineCheck {
  line: string;
  at_or_above: boolean;
  gap_pp: string;
}

export interface AllySpending {
  party: string;
  pct_gdp: string | null;
  estimate: boolean;
  lines: LineCheck[];
  secondary: {
    year: number;
    pct_gdp: string;
    lines: LineCheck[];
    edition: string;
    source: string;
    flag: string;
  } | null;
}

const negate = (r: Ratio): Ratio => ({ num: -r.num, den: r.den });

export function checkLines(value: string, lines: readonly SpendingLine[]): LineCheck[] {
  const figure = parseDecimal(value, 'pct_gdp');
  return lines.map((line) => {
    const gap = add(parseDecimal(line.value, 'line'), negate(figure));
    return {
      line: line.id,
      at_or_above: gap.num <= 0n,
      gap_pp: gap.num <= 0n ? '0.00' : formatRatio(gap, 2),
    };
  });
}

export const SECONDARY_FLAG = 'press-reported estimate, not from the NATO table itself';

/**
 * Allies (states) with their primary figure of the year, and the secondary figures on request,
 * by party code; the aggregates apart; how many allies stand at or above each line.
 */
export function shapeTargets(
  lines: readonly SpendingLine[],
  primary: readonly IndicatorFigure[],
  secondary: readonly IndicatorFigure[] | null,
  isAlly: (party: string) => boolean,
) {
  const parties = new Set([...primary, ...(secondary ?? [])].map((f) => f.party));
  const primaryOf = new Map(primary.map((f) => [f.party, f]));
  const secondaryOf = new Map((secondary ?? []).map((f) => [f.party, f]));
  const rows: AllySpending[] = [...parties].sort().map((party) => {
    const p = primaryOf.get(party);
    const s = secondaryOf.get(party);
    return {
      party,
      pct_gdp: p?.value ?? null,
      estimate: p?.estimate ?? false,
      lines: p ? checkLines(p.value, lines) : [],
      secondary: s
        ? {
            year: s.year,
            pct_gdp: s.value,
            lines: checkLines(s.value, lines),
            edition: s.edition,
            source: s.source,
            flag: SECONDARY_FLAG,
          }
        : null,
    };
  });
  const allies = rows.filter((r) => isAlly(r.party));
  const count = (pick: (a: AllySpending) => LineCheck[]) =>
    lines.map((line) => ({
      line: line.id,
      at_or_above: allies.filter((a) => pick(a).some((c) => c.line === line.id && c.at_or_above)).length,
      of: allies.filter((a) => pick(a).length > 0).length,
    }));
  return {
    allies,
    aggregates: rows.filter((r) => !isAlly(r.party)),
    counts: count((a) => a.lines),
    secondaryCounts: secondary ? count((a) => a.secondary?.lines ?? []) : null,
  };
}
