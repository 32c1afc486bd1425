/**
 * A report's counting rules and notes as ids with parameters, so that every client words them in
 * its own language; the English wording here is the one the API, the command line and the
 * exports print beside them.
 */
import { conversionLines, type ConversionSummary } from '../money/conversion-summary.ts';

export type NoteParams = Record<string, string | number | string[]>;

export interface ReportNote<Id extends string = NoteId> {
  id: Id;
  params: NoteParams;
}

const list = (p: NoteParams, key: string) => (p[key] as string[]).join(', ');

/** The reports' notes in English, by id (years are given as strings, never as numbers). */
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
  // The pipeline report.
  'pipeline-unvalued': (p: NoteParams) =>
    `${p.count} commitment(s) have no recorded amount (in kind, or vague): counted, not valued.`,
  // The claims report.
  'claims-undated': (p: NoteParams) => `${p.count} claim(s) have no as-of date and are never compared.`,
  'claims-unconverted': (p: NoteParams) =>
    `${p.count} amount(s) could not be converted to EUR: they are compared only with claims in their own currency.`,
  // The fair-share meter.
  'edition-no-allocation': (p: NoteParams) =>
    `Edition ${p.edition} dates no military allocation in ${p.year}.`,
  'edition-cut-off': (p: NoteParams) =>
    `Edition ${p.edition} covers allocations up to its cut-off, ${p.date}: later ones in ${p.year} are not in it.`,
  'edition-undated': (p: NoteParams) =>
    `${p.count} military allocation(s) of edition ${p.edition} have no date and are left out.`,
  'gdp-earlier-year': (p: NoteParams) => `GDP of an earlier year for: ${list(p, 'party_years')}.`,
  'no-gdp-benchmark': (p: NoteParams) => `No GDP figure, so no benchmark and no rank: ${list(p, 'parties')}.`,
  'no-usd-rate': (p: NoteParams) => `No ECB USD rate in ${p.year}: the ask cannot be converted to EUR.`,
  // The NATO spending targets.
  'targets-core-only': () =>
    "The 5 % line is compared with core defence expenditure alone: the 1.5 % of defence- and security-related spending it also counts is not in NATO's defence expenditure table, so the gap to 5 % is at most what it shows.",
  'targets-deadlines': (p: NoteParams) =>
    `The 2 % line was to be reached within a decade of 2014; the 3.5 % and 5 % lines by ${p.year}.`,
  'targets-no-primary': (p: NoteParams) => `No primary figures for ${p.year}.`,
  'targets-other-editions': (p: NoteParams) =>
    `Other editions for ${p.year} are left out: ${(p.editions as string[]).join('; ')}.`,
  'targets-estimates': (p: NoteParams) => `${p.count} ally figure(s) for ${p.year} are NATO estimates.`,
  'targets-secondary': () =>
    'Secondary figures are press reports of a NATO edition not loaded here; they are flagged and counted apart.',
  // Any report on a published edition's figures.
  source: (p: NoteParams) => `Source: ${p.attribution}.`,
} as const;

/** Notes on exchange rates, worded by clients; the English lines are conversionLines'. */
export const conversionNoteIds = ['rates', 'rates-none', 'all-converted', 'unconverted'] as const;
export const noteIds = [
  ...(Object.keys(englishNotes) as (keyof typeof englishNotes)[]),
  ...conversionNoteIds,
] as const;
export type NoteId = (typeof noteIds)[number];

export type WordedNoteId = keyof typeof englishNotes;

export function englishNote(note: ReportNote<WordedNoteId>): string {
  return englishNotes[note.id](note.params);
}

/**
 * A report's notes by id and in English: the English lines are the notes' own followed by the
 * exchange-rate lines (conversionLines, which also lists each amount not converted).
 */
export function reportNotes(
  notes: readonly ReportNote<WordedNoteId>[],
  conversion: ConversionSummary | null,
): { notes: string[]; note_ids: ReportNote[] } {
  return {
    notes: [...notes.map(englishNote), ...(conversion ? conversionLines(conversion) : [])],
    note_ids: [...notes, ...(conversion ? conversionNotes(conversion) : [])],
  };
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

/** Rules of other reports that clients word, by id, with their English wording. */
export const reconciliationRuleText = {
  'reconcile-ledger':
    "Ramstein: commitments announced on or before the edition's cut-off, the caller's visibility applied, in EUR at the ECB rate of each value date; delivered as recorded.",
  'reconcile-edition':
    "Edition: the publisher's commitments (military where published, else total) and allocations; in-kind aid at the publisher's price list.",
  'reconcile-differences':
    'Differences: Ramstein committed − edition commitments; Ramstein delivered − edition military allocations.',
} as const;
export type ReconciliationRuleId = keyof typeof reconciliationRuleText;

export const coverageRuleText = {
  'coverage-buckets':
    'pledged = announced or committed; contracted = contracted or delivering (less what arrived); delivered = delivered quantities',
  'coverage-money':
    'cancelled commitments cover nothing; money is counted only when a whole commitment answers one requirement, in its own currency',
  'coverage-unquantified':
    'a link without a quantity uses the quantity of the matching lines; "unquantified" links cover something not counted',
} as const;
export type CoverageRuleId = keyof typeof coverageRuleText;

/** Every rule id a report may give, for the API schema and for clients that word them. */
export const ruleIds = [
  ...burdenRuleIds,
  ...(Object.keys(reconciliationRuleText) as ReconciliationRuleId[]),
  ...(Object.keys(coverageRuleText) as CoverageRuleId[]),
] as const;
export type RuleId = (typeof ruleIds)[number];
