/**
 * The ledger as an IATI 2.03 `iati-activities` document (docs/interchange.md, "IATI"): one
 * activity per commitment, reported by its donor; one per pooled package, which its funders'
 * contributions point to (provider/receiver activity ids), so that the money is counted once, as
 * the funders' outgoing transactions. Codes come from data/iati/iati.json; what IATI has no
 * element for (equipment lines, quantity qualifiers, mode, package, valuation basis) goes into
 * the Ramstein namespace, which the IATI schema admits at the end of an activity.
 */
import { formatMajor, parseMoney } from '../../../domain/money/money.ts';
import { derivePipeline, type PipelineEvent } from '../../../domain/ledger/pipeline.ts';
import type { EventKind, Status } from '../../../domain/ledger/vocabulary.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

export interface IatiCodes {
  namespace: string;
  organisation_prefix: string;
  organisation_type: Record<string, string>;
  organisation_role: Record<'funding' | 'extending' | 'implementing', string>;
  activity_status: Record<string, string>;
  activity_date_type: Record<'actual_start' | 'actual_end', string>;
  transaction_type: Record<
    'incoming_funds' | 'outgoing_commitment' | 'disbursement' | 'outgoing_pledge',
    string
  >;
  collaboration_type: Record<'bilateral' | 'pooled', string>;
  flow_type: { default: string };
  finance_type: { grant: string };
  aid_type: { pooled: string };
  sector_vocabulary: { code: string };
  sectors: Record<string, string>;
  mechanism_organisations: Record<string, string>;
}

interface MoneyRecord {
  amount: string | number | null;
  currency: string;
  qualifier: string;
  value_date?: string | null;
}

/** A commitment as the interchange export writes it. */
export interface CommitmentRecord {
  id: string;
  donor: string;
  co_donors: string[];
  recipient: string;
  mode: string | null;
  supplier: string | null;
  supplier_party: string | null;
  package: string | null;
  items: {
    equipment: string | null;
    category: string | null;
    quantity: number | null;
    quantity_qualifier: string | null;
  }[];
  money: MoneyRecord | null;
  announced_on: string | null;
  events: {
    kind: EventKind;
    status: Status | null;
    date: string;
    planned_on: string | null;
    line: number | null;
    quantity: number | null;
    increase: boolean;
    until: string | null;
    corrects: number | null;
  }[];
  sources: (string | { url?: string | null })[];
  note: string | null;
}

export interface PackageRecord {
  id: string;
  name: string;
  mechanism?: string | null;
  value?: MoneyRecord | null;
  funders?: {
    party: string;
    amount?: string | number | null;
    currency?: string | null;
    qualifier?: string | null;
    commitment_id?: string | null;
  }[];
  supplier?: string | null;
  contents_summary?: string | null;
  announced_on?: string | null;
  status?: string | null;
}

export interface IatiInput {
  commitments: CommitmentRecord[];
  packages: PackageRecord[];
  /** Equipment type id → category. */
  categories: ReadonlyMap<string, string>;
  /** Party code → kind and English name. */
  parties: ReadonlyMap<string, { kind: string; name: string }>;
  generatedAt: string;
}

export interface IatiDocument {
  xml: string;
  activities: number;
  /** Commitments left out because no date at all is known for them (IATI needs one). */
  undated: string[];
}

const narrative = (text: string) => el('narrative', {}, text);

function pipelineEvents(c: CommitmentRecord): PipelineEvent[] {
  return c.events.map((e, i) => ({
    seq: i + 1,
    kind: e.kind,
    status: e.status,
    occurredOn: e.date,
    plannedOn: e.planned_on,
    lineNo: e.line,
    quantity: e.quantity === null ? null : BigInt(e.quantity),
    increase: e.increase,
    untilOn: e.until,
    correctsSeq: e.corrects,
  }));
}

const amountText = (amount: string | number) => (typeof amount === 'number' ? String(amount) : amount);

/** The amount in minor units, or null when the source gives none. */
function minorOf(money: MoneyRecord | null | undefined): bigint | null {
  if (!money || money.amount === null || money.amount === undefined) return null;
  return parseMoney(amountText(money.amount), money.currency).amount;
}

export function iatiActivities(input: IatiInput, codes: IatiCodes): IatiDocument {
  const org = (code: string) => `${codes.organisation_prefix}-${code}`;
  const partyName = (code: string) => input.parties.get(code)?.name ?? code;
  const orgType = (code: string) => codes.organisation_type[input.parties.get(code)?.kind ?? 'organisation'];
  const packageOrg = (p: PackageRecord) =>
    codes.mechanism_organisations[p.mechanism ?? ''] ?? codes.mechanism_organisations._default ?? 'NATO';
  const packageActivity = (p: PackageRecord) => `${org(packageOrg(p))}-package-${p.id}`;
  const commitmentActivity = (c: CommitmentRecord) => `${org(c.donor)}-${c.id}`;
  const packages = new Map(input.packages.map((p) => [p.id, p]));
  const commitments = new Map(input.commitments.map((c) => [c.id, c]));

  const orgElement = (name: string, code: string, extra: Record<string, string> = {}) =>
    el(name, { ref: org(code), type: orgType(code), ...extra }, narrative(partyName(code)));

  const value = (minor: bigint, currency: string, valueDate: string) =>
    el('value', { currency, 'value-date': valueDate }, formatMajor({ amount: minor, currency }));

  const transaction = (
    type: string,
    date: string,
    amount: XmlElement,
    description: string,
    provider: XmlElement,
    receiver: XmlElement,
  ) =>
    el(
      'transaction',
      {},
      el('transaction-type', { code: type }),
      el('transaction-date', { 'iso-date': date }),
      amount,
      el('description', {}, narrative(description)),
      provider,
      receiver,
    );

  function sectors(c: CommitmentRecord): XmlElement[] {
    const found = [
      ...new Set(
        c.items
          .map((l) => (l.equipment ? input.categories.get(l.equipment) : null) ?? l.category)
          .filter((x): x is string => Boolean(x)),
      ),
    ].sort();
    const list = found.length ? found : [c.mode === 'financial' ? 'financial' : 'unspecified'];
    // Percentages of one vocabulary add up to 100: equal shares, the remainder to the first.
    const share = Math.floor(100 / list.length);
    return list.map((code, i) =>
      el(
        'sector',
        {
          vocabulary: codes.sector_vocabulary.code,
          code,
          percentage: list.length > 1 ? share + (i === 0 ? 100 - share * list.length : 0) : undefined,
        },
        narrative(codes.sectors[code] ?? code),
      ),
    );
  }

  function commitmentTransactions(c: CommitmentRecord, receiver: XmlElement): XmlElement[] {
    const minor = minorOf(c.money);
    if (minor === null || !c.money) return [];
    const { currency } = c.money;
    const provider = orgElement('provider-org', c.donor, { 'provider-activity-id': commitmentActivity(c) });
    const out: XmlElement[] = [];
    const valueDate = (date: string) => c.money?.value_date ?? date;
    const pledgeDate = c.announced_on ?? c.money.value_date;
    if (pledgeDate)
      out.push(
        transaction(
          codes.transaction_type.outgoing_pledge,
          pledgeDate,
          value(minor, currency, valueDate(pledgeDate)),
          'Announced',
          provider,
          receiver,
        ),
      );
    const events = pipelineEvents(c);
    const voided = new Set(events.filter((e) => e.kind === 'correction').map((e) => e.correctsSeq));
    const live = events
      .filter((e) => !voided.has(e.seq) && e.kind !== 'correction')
      .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.seq - b.seq));
    const committed = live.find(
      (e) => e.kind === 'status' && e.status && !['announced', 'cancelled'].includes(e.status),
    );
    if (committed)
      out.push(
        transaction(
          codes.transaction_type.outgoing_commitment,
          committed.occurredOn,
          value(minor, currency, valueDate(committed.occurredOn)),
          'Committed',
          provider,
          receiver,
        ),
      );
    // Deliveries are valued at the pledged amount in proportion to the quantities delivered,
    // when every line has a quantity; a commitment marked delivered disburses what remains.
    const quantities = c.items.map((l) => l.quantity);
    const total =
      quantities.length && quantities.every((q) => q !== null && q > 0)
        ? quantities.reduce((s: bigint, q) => s + BigInt(q!), 0n)
        : null;
    let delivered = 0n;
    let paid = 0n;
    const disburse = (due: bigint, date: string) => {
      if (due <= paid) return;
      out.push(
        transaction(
          codes.transaction_type.disbursement,
          date,
          value(due - paid, currency, valueDate(date)),
          'Delivered',
          provider,
          receiver,
        ),
      );
      paid = due;
    };
    for (const e of live) {
      if (e.kind === 'status' && e.status === 'cancelled') break;
      if (e.kind === 'delivery' && !e.increase && total && e.quantity) {
        delivered = delivered + e.quantity > total ? total : delivered + e.quantity;
        disburse((minor * delivered) / total, e.occurredOn);
      }
      if (e.kind === 'status' && e.status === 'delivered') disburse(minor, e.occurredOn);
    }
    return out;
  }

  function commitmentElement(c: CommitmentRecord): XmlElement | null {
    const state = derivePipeline(
      c.items.map((l, i) => ({ lineNo: i + 1, quantity: l.quantity === null ? null : BigInt(l.quantity) })),
      pipelineEvents(c),
    );
    const dates = c.events.map((e) => e.date).sort();
    const start = c.announced_on ?? dates[0] ?? c.money?.value_date ?? null;
    if (!start) return null;
    const deliveredOn =
      state.status === 'delivered'
        ? c.events.filter((e) => e.kind === 'status' && e.status === 'delivered').at(-1)?.date
        : undefined;
    const pkg = c.package ? packages.get(c.package) : undefined;
    const receiver = pkg
      ? el(
          'receiver-org',
          { ref: org(packageOrg(pkg)), 'receiver-activity-id': packageActivity(pkg) },
          narrative(pkg.name),
        )
      : orgElement('receiver-org', c.recipient);
    const implementer = c.supplier_party
      ? orgElement('participating-org', c.supplier_party, { role: codes.organisation_role.implementing })
      : c.supplier
        ? el('participating-org', { role: codes.organisation_role.implementing }, narrative(c.supplier))
        : null;
    const what = c.items
      .map((l) => [l.quantity, l.equipment ?? l.category].filter((x) => x !== null).join(' '))
      .filter(Boolean)
      .join(', ');
    const recipientIsCountry = input.parties.get(c.recipient)?.kind === 'state';
    const status = state.suspension ? 'suspended' : state.status;
    const minor = minorOf(c.money);
    return el(
      'iati-activity',
      { 'xml:lang': 'en' },
      el('iati-identifier', {}, commitmentActivity(c)),
      orgElement('reporting-org', c.donor),
      el(
        'title',
        {},
        narrative(`${partyName(c.donor)} to ${partyName(c.recipient)}${what ? `: ${what}` : ''}`),
      ),
      el('description', {}, narrative(c.note ?? `Commitment ${c.id} (${c.mode ?? 'mode not stated'})`)),
      ...[c.donor, ...c.co_donors].map((code) =>
        orgElement('participating-org', code, { role: codes.organisation_role.funding }),
      ),
      orgElement('participating-org', c.donor, { role: codes.organisation_role.extending }),
      implementer,
      el('activity-status', { code: codes.activity_status[status] }),
      el('activity-date', { type: codes.activity_date_type.actual_start, 'iso-date': start }),
      deliveredOn
        ? el('activity-date', { type: codes.activity_date_type.actual_end, 'iso-date': deliveredOn })
        : null,
      recipientIsCountry ? el('recipient-country', { code: c.recipient }) : null,
      ...sectors(c),
      el('collaboration-type', {
        code: pkg ? codes.collaboration_type.pooled : codes.collaboration_type.bilateral,
      }),
      el('default-flow-type', { code: codes.flow_type.default }),
      c.mode !== 'sale' ? el('default-finance-type', { code: codes.finance_type.grant }) : null,
      pkg ? el('default-aid-type', { code: codes.aid_type.pooled }) : null,
      ...commitmentTransactions(c, receiver),
      el(
        'ramstein:commitment',
        {
          id: c.id,
          mode: c.mode,
          package: c.package,
          status: state.status,
          valuation: minor !== null ? 'recorded' : c.money ? 'vague' : 'unvalued',
          'money-qualifier': c.money?.qualifier,
          'value-date': c.money?.value_date,
        },
        ...c.items.map((l, i) =>
          el('ramstein:line', {
            line: i + 1,
            equipment: l.equipment,
            category: (l.equipment ? input.categories.get(l.equipment) : null) ?? l.category,
            quantity: l.quantity,
            'quantity-qualifier': l.quantity_qualifier,
          }),
        ),
        ...c.sources.map((s) => {
          const url = typeof s === 'string' ? s : s.url;
          return url ? el('ramstein:source', { url }) : null;
        }),
      ),
    );
  }

  function packageElement(p: PackageRecord): XmlElement {
    const reporter = packageOrg(p);
    const funders = p.funders ?? [];
    const start =
      p.announced_on ??
      funders.map((f) => commitments.get(f.commitment_id ?? '')?.announced_on).find(Boolean);
    const incoming = funders.flatMap((f) => {
      const contribution = f.commitment_id ? commitments.get(f.commitment_id) : undefined;
      const money =
        f.amount !== null && f.amount !== undefined && f.currency
          ? { amount: f.amount, currency: f.currency, qualifier: f.qualifier ?? 'exact' }
          : (contribution?.money ?? null);
      const minor = minorOf(money);
      const date = contribution?.announced_on ?? p.announced_on;
      if (minor === null || !money || !date) return [];
      return [
        transaction(
          codes.transaction_type.incoming_funds,
          date,
          value(minor, money.currency, contribution?.money?.value_date ?? date),
          `Contribution of ${partyName(f.party)}`,
          orgElement(
            'provider-org',
            f.party,
            contribution ? { 'provider-activity-id': commitmentActivity(contribution) } : {},
          ),
          el(
            'receiver-org',
            { ref: org(reporter), 'receiver-activity-id': packageActivity(p) },
            narrative(p.name),
          ),
        ),
      ];
    });
    return el(
      'iati-activity',
      { 'xml:lang': 'en' },
      el('iati-identifier', {}, packageActivity(p)),
      orgElement('reporting-org', reporter),
      el('title', {}, narrative(p.name)),
      el('description', {}, narrative(p.contents_summary ?? `Pooled package ${p.id}`)),
      ...funders.map((f) =>
        orgElement('participating-org', f.party, { role: codes.organisation_role.funding }),
      ),
      orgElement('participating-org', reporter, { role: codes.organisation_role.extending }),
      !p.supplier
        ? null
        : input.parties.has(p.supplier)
          ? orgElement('participating-org', p.supplier, { role: codes.organisation_role.implementing })
          : el('participating-org', { role: codes.organisation_role.implementing }, narrative(p.supplier)),
      el('activity-status', {
        code: codes.activity_status[p.status ?? 'announced'] ?? codes.activity_status.announced,
      }),
      start ? el('activity-date', { type: codes.activity_date_type.actual_start, 'iso-date': start }) : null,
      el('collaboration-type', { code: codes.collaboration_type.pooled }),
      el('default-flow-type', { code: codes.flow_type.default }),
      el('default-aid-type', { code: codes.aid_type.pooled }),
      ...incoming,
      el('ramstein:package', { id: p.id, mechanism: p.mechanism, status: p.status }),
    );
  }

  const undated: string[] = [];
  const activities: XmlElement[] = [];
  for (const c of input.commitments) {
    const activity = commitmentElement(c);
    if (activity) activities.push(activity);
    else undated.push(c.id);
  }
  for (const p of input.packages) {
    const activity = packageElement(p);
    // An activity needs a date; a package with neither its own nor a funder's is left out too.
    if (activity.children?.some((child) => child && child.name === 'activity-date'))
      activities.push(activity);
    else undated.push(p.id);
  }
  const xml = xmlDocument(
    el(
      'iati-activities',
      { version: '2.03', 'generated-datetime': input.generatedAt, 'xmlns:ramstein': codes.namespace },
      ...activities,
    ),
  );
  return { xml, activities: activities.length, undated };
}
