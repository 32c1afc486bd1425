/**
 * Reconciliation of Ramstein's ledger with an edition, donor by donor: both sides' figures, the
 * differences, and the reasons the system can name for them. Pure: figures in, rows out.
 */
import { centsToBillions } from './amounts.ts';
import { reconciliationRuleText, type ReconciliationRuleId } from '../reports/report-notes.ts';

export interface LedgerDonor {
  party_code: string;
  /** EUR cents at the ECB rate of each value date, the caller's visibility applied. */
  committed_minor: bigint;
  delivered_minor: bigint;
  /** The part of committed valued from Ramstein's catalogue unit values. */
  catalogue_minor: bigint;
  commitments: number;
  vague: number;
  unvalued: number;
  unconvertible: number;
  /** Committed value and count of records announced after the edition's cut-off (not counted). */
  after_cut_off_minor: bigint;
  after_cut_off: number;
}

export interface EditionDonor {
  party_code: string;
  donor_name: string;
  committed_minor: bigint | null;
  military_committed_minor: bigint | null;
  allocated_minor: bigint | null;
  military_allocated_minor: bigint | null;
  /** Heavy weapons at Kiel's price list, where the edition publishes them. */
  price_list_minor: bigint | null;
}

export const reasonCodes = [
  'only_in_edition',
  'only_in_ledger',
  'period',
  'measure',
  'scope',
  'valuation',
  'currency_date',
  'not_summed',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * Why a donor's figures differ: the reason's code, its figures (counts, the cut-off date, EUR
 * cents as decimal strings) for clients that word it in their language, and its English wording.
 */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
  text: string;
}

export interface ReconcileRow {
  party_code: string;
  donor_name: string;
  ledger: LedgerDonor | null;
  edition: EditionDonor | null;
  /** Ramstein committed − the edition's (military) commitments. */
  committed_difference_minor: bigint | null;
  /** Ramstein delivered − the edition's military allocations. */
  delivered_difference_minor: bigint | null;
  reasons: Reason[];
}

const bn = (cents: bigint) => `EUR ${centsToBillions(cents)} bn`;

function reasonsFor(
  ledger: LedgerDonor | null,
  edition: EditionDonor | null,
  cutOff: string | null,
): Reason[] {
  if (!ledger)
    return [
      {
        code: 'only_in_edition',
        params: {},
        text: 'the edition counts this donor; the ledger holds no record of it',
      },
    ];
  if (!edition)
    return [
      {
        code: 'only_in_ledger',
        params: {},
        text: "the ledger holds records of this donor; the edition doesn't count it",
      },
    ];
  const reasons: Reason[] = [];
  if (ledger.after_cut_off > 0)
    reasons.push({
      code: 'period',
      params: {
        count: ledger.after_cut_off,
        ...(cutOff ? { date: cutOff } : {}),
        eur_minor: ledger.after_cut_off_minor.toString(),
      },
      text: `${ledger.after_cut_off} record(s) announced after the cut-off ${cutOff} (${bn(ledger.after_cut_off_minor)}) are left out`,
    });
  if (
    edition.allocated_minor !== null &&
    edition.military_allocated_minor !== null &&
    edition.allocated_minor !== edition.military_allocated_minor
  ) {
    const other = edition.allocated_minor - edition.military_allocated_minor;
    reasons.push({
      code: 'scope',
      params: { eur_minor: other.toString() },
      text: `the edition's total includes financial and humanitarian aid (${bn(other)}); Ramstein's ledger is military assistance`,
    });
  }
  reasons.push({
    code: 'measure',
    params: {},
    text: "Ramstein's delivered counts recorded deliveries; the edition's allocations are aid delivered or specified for delivery, its commitments are promises",
  });
  if (ledger.catalogue_minor > 0n)
    reasons.push({
      code: 'valuation',
      params: {
        eur_minor: ledger.catalogue_minor.toString(),
        ...(edition.price_list_minor !== null
          ? { price_list_eur_minor: edition.price_list_minor.toString() }
          : {}),
      },
      text:
        `${bn(ledger.catalogue_minor)} of Ramstein's committed value comes from its catalogue unit values` +
        (edition.price_list_minor !== null
          ? `; the edition values this donor's heavy weapons at ${bn(edition.price_list_minor)} (Kiel's price list)`
          : "; the edition values in-kind aid at Kiel's price list (an upper bound)"),
    });
  if (ledger.unconvertible > 0)
    reasons.push({
      code: 'currency_date',
      params: { count: ledger.unconvertible },
      text: `${ledger.unconvertible} amount(s) have no ECB rate near their value date and are not converted; the others are converted at the rate of their value date`,
    });
  if (ledger.vague + ledger.unvalued > 0)
    reasons.push({
      code: 'not_summed',
      params: { count: ledger.vague + ledger.unvalued, vague: ledger.vague, unvalued: ledger.unvalued },
      text: `${ledger.vague} vague and ${ledger.unvalued} unvalued commitment(s) are counted but carry no amount`,
    });
  return reasons;
}

export function reconcileDonors(
  ledger: readonly LedgerDonor[],
  edition: readonly EditionDonor[],
  cutOff: string | null,
  names: ReadonlyMap<string, string>,
): ReconcileRow[] {
  const parties = [...new Set([...edition.map((e) => e.party_code), ...ledger.map((l) => l.party_code)])];
  const rows = parties.map((party): ReconcileRow => {
    const l = ledger.find((x) => x.party_code === party) ?? null;
    const e = edition.find((x) => x.party_code === party) ?? null;
    const kielCommitted = e?.military_committed_minor ?? e?.committed_minor ?? null;
    return {
      party_code: party,
      donor_name: e?.donor_name ?? names.get(party) ?? party,
      ledger: l,
      edition: e,
      committed_difference_minor: l && kielCommitted !== null ? l.committed_minor - kielCommitted : null,
      delivered_difference_minor:
        l && e?.military_allocated_minor != null ? l.delivered_minor - e.military_allocated_minor : null,
      reasons: reasonsFor(l, e, cutOff),
    };
  });
  // Donors both sides know first, largest edition allocation first.
  const weight = (r: ReconcileRow) => (r.ledger && r.edition ? 0 : r.edition ? 1 : 2);
  return rows.sort((a, b) => {
    if (weight(a) !== weight(b)) return weight(a) - weight(b);
    const d = (b.edition?.allocated_minor ?? 0n) - (a.edition?.allocated_minor ?? 0n);
    return d > 0n ? 1 : d < 0n ? -1 : a.party_code.localeCompare(b.party_code);
  });
}

export const reconciliationRuleIds = Object.keys(reconciliationRuleText) as ReconciliationRuleId[];
export const reconciliationRules = reconciliationRuleIds.map((id) => reconciliationRuleText[id]);
