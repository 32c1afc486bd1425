/**
 * A report's counting rules and notes as ids with parameters, so that every client words them in
 * its own language; the English wording here is the one the API, the command line and the
 * exports print beside them.
 */
import type { ConversionSummary } from '../money/conversion-summary.ts';

export type NoteParams = Record<string, string | number | string[]>;

export interface ReportNote<Id extends string = NoteId> {
  id: Id;
  params: NoteParams;
}

const list = (p: NoteParams, key: string) => (p[key] as string[]).join(', ');

/** The burden report's notes in English, by id. */
const englishNotes = {
  'per-capita': (p: NoteParams) =>
    `Per capita: committed value ÷ population in ${list(p, 'years')} (World Bank, SP.POP.TOTL).`,
  'per-capita-none': () => 'Per capita figures are null: no population data is loaded.',
  'gdp-2021': () => '% of GDP uses 2021 GDP (World Bank, current USD) for every year, as public trackers do.',
  'gdp-same-year': () => "% of GDP uses the GDP of each commitment's year (World Bank, current USD).",
  'gdp-fallback': (p: NoteParams) =>
    `GDP of the commitment's year is not available for some years; the latest available year was used for ${list(p, 'parties')}.`,
  'no-gdp': (p: NoteParams) => `No GDP figure for ${list(p, 'parties')}: % of GDP is null.`,
  'no-population': (p: NoteParams) => `No population figure for ${list(p, 'parties')}: per capita is null.`,
  estimated: (p: NoteParams) => `${p.count} commitment(s) valued from catalogue unit values (estimated).`,
  vague: (p: NoteParams) => `${p.count} commitment(s) with a vague amount are counted, not summed.`,
  unvalued: (p: NoteParams) => `${p.count} commitment(s) have neither money nor a catalogue value: unvalued.`,
  'kiel-fallback': (p: NoteParams) =>
    `No Kiel edition with heavy weapons published by ${p.date} is imported: the kiel basis falls back to the record value (import one with \`ramstein editions import kiel PATH --release 29\`).`,
} as const;

/** Notes on exchange rates, worded by clients; the English lines are conversionLines'. */
export const conversionNoteIds = ['rates', 'rates-none', 'all-converted', 'unconverted'] as const;
export const noteIds = [
  ...(Object.keys(englishNotes) as (keyof typeof englishNotes)[]),
  ...conversionNoteIds,
] as const;
export type NoteId = (typeof noteIds)[number];

export function englishNote(note: ReportNote<keyof typeof englishNotes>): string {
  return englishNotes[note.id](note.params);
}

export function conversionNotes(summary: ConversionSummary): ReportNote[] {
  const notes: ReportNote[] = [
    summary.rate_date
      ? { id: 'rates', params: { date: summary.rate_date } }
      : { id: 'rates-none', params: {} },
  ];
  notes.push(
    summary.unconverted.length === 0
      ? { id: 'all-converted', params: { currency: summary.currency } }
      : {
          id: 'unconverted',
          params: {
            count: summary.unconverted.length,
            currency: summary.currency,
            records: summary.unconverted.map((u) => u.record),
          },
        },
  );
  return notes;
}

/** The burden report's counting rules, by id, with their English wording. */
export const burdenRuleText = {
  'aid-only':
    'Aid only: sales and replenishments (a donor refilling its own stocks, or a donor giving to itself) are not counted.',
  'pooled-to-funders':
    'Pooled money is attributed to its funders once: a package is never a donor; a funder share linked to a commitment is counted through that commitment only, an unlinked share is counted for its funder.',
  'co-donors-once':
    'Co-donors are listed, but the money of a commitment is counted once, for its lead donor.',
  'value-date-rate':
    'Each amount is converted at its value date (the last ECB rate published on or before it, crossed through the euro on one publication day) and rounded once to minor units, half to even.',
  'catalogue-estimate':
    "In-kind items without money are valued at the catalogue's indicative unit value × quantity and flagged as estimated; items with neither are counted as unvalued.",
  'vague-counted': 'Vague amounts ("billions") are counted, never summed.',
  'delivered-share':
    "Delivered value is the commitment's value × its delivered share (delivered ÷ committed quantity, averaged over its lines), or its full value once it is delivered.",
  'pipeline-stages':
    '`stages`: the committed total by pipeline stage, adding up to it exactly. The delivered stage is the delivered total (partial deliveries included); every other stage holds the value not yet delivered of the commitments at that status (the latest known).',
  'valuation-basis':
    '`valuation`: every value on that basis (docs/reports.md, "Valuation basis"); on `catalogue`, `kiel` or `declared` a commitment valued otherwise than on `record` moves committed, estimated, delivered (at its delivered share), the shares, % of GDP and per capita by the difference.',
  'valuation-range':
    '`range`: where a committed value includes estimates, that value on every valuation basis (docs/reports.md, "Valuation basis"): the committed value plus, for each basis, the difference between its commitments valued on that basis and on `record`.',
} as const;
export type BurdenRuleId = keyof typeof burdenRuleText;
export const burdenRuleIds = Object.keys(burdenRuleText) as BurdenRuleId[];
