/**
 * The sections of the interchange document beyond the ledger's own records: requirements lists
 * (one record per edition, links on the latest edition holding their requirement), what was
 * recorded at meetings, every source the caller may see (with its text on request), and the
 * editions of external data sets with their figures. Visibility is applied in every query.
 */
import { formatMajor } from '../../domain/money/money.ts';
import type { Queryable } from '../../store/database.ts';
import { editions } from '../../store/repositories/editions.ts';
import { meetingRecords } from '../../store/repositories/meetings.ts';
import { requirementLists, type RequirementRow } from '../../store/repositories/requirements.ts';
import { sourceRecords } from '../../store/repositories/source-records.ts';
import { sources, type SourceLink } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';

const num = (v: bigint | null) => (v === null ? null : Number(v));
const major = (minor: bigint | null, currency: string) =>
  minor === null ? null : formatMajor({ amount: minor, currency });

/** A stored link in the shape the import accepts: a bare URL when it carries nothing else. */
const asSourceRef = (link: SourceLink) => {
  const keys = Object.keys(link).filter((k) => link[k as keyof SourceLink] !== undefined);
  return keys.length === 1 && keys[0] === 'url' ? link.url! : link;
};

const requirementRecord = (r: RequirementRow) => ({
  key: r.key,
  capability: r.capability,
  equipment: r.equipment_id,
  category: r.category,
  quantity: num(r.quantity),
  unit: r.unit,
  priority: r.priority,
  needed_by: r.needed_by,
  status: r.status,
  notes: r.notes,
  visibility: r.visibility,
});

export async function exportRequirementLists(ctx: AppContext, db: Queryable) {
  const records: Record<string, unknown>[] = [];
  for (const list of await requirementLists.all(db, ctx.actor, null)) {
    const editionRows = await requirementLists.editions(db, list.id);
    const contents = await Promise.all(
      editionRows.map((e) => requirementLists.requirements(db, list.id, e.edition, ctx.actor)),
    );
    // A link sits with the latest edition that holds its requirement, so the key exists when it is imported.
    const lastHolding = new Map<string, number>();
    contents.forEach((rows, i) => rows.forEach((r) => lastHolding.set(r.key, i)));
    const links = await requirementLists.visibleLinks(db, list.id, ctx.actor);
    editionRows.forEach((edition, i) =>
      records.push({
        id: list.id,
        edition: edition.edition,
        recipient: list.recipient,
        title: list.title,
        issued_on: edition.issued_on,
        note: edition.note,
        visibility: list.visibility,
        owner_party: list.owner_party,
        sources: (edition.sources as SourceLink[]).map(asSourceRef),
        requirements: contents[i]!.map((r) => {
          const own = links
            .filter((l) => l.key === r.key && lastHolding.get(r.key) === i)
            .map((l) => ({
              commitment: l.commitment_id,
              line: l.line_no,
              quantity: num(l.quantity),
              note: l.note,
            }));
          return { ...requirementRecord(r), ...(own.length ? { links: own } : {}) };
        }),
      }),
    );
  }
  return records;
}

export async function exportMeetingRecords(ctx: AppContext, db: Queryable) {
  return (await meetingRecords.visible(db, ctx.actor)).map((r) => ({
    meeting: r.meeting_id,
    attendance: r.attendance,
    decisions: r.decisions,
  }));
}

/** Every source the caller may see; with `withTexts`, each stored text too. */
export async function exportSources(ctx: AppContext, db: Queryable, withTexts: boolean) {
  const rows = await sources.visible(db, ctx.actor);
  const texts = withTexts
    ? await sourceRecords.texts(
        db,
        rows.map((r) => r.id),
      )
    : new Map<string, string>();
  return rows.map((s) => ({
    id: s.id,
    url: s.url,
    publisher: s.publisher,
    language: s.language,
    published_on: s.published_on,
    title: s.title,
    visibility: s.visibility,
    owner_party: s.owner_party,
    ...(withTexts ? { text: texts.get(s.id) ?? null } : {}),
  }));
}

/** Editions are public reference data: every reader sees them whole. */
export async function exportEditions(db: Queryable) {
  const records: Record<string, unknown>[] = [];
  const all = (await editions.list(db)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const e of all) {
    const { figures, activities } = await editions.contents(db, e.id);
    records.push({
      id: e.id,
      dataset: e.dataset,
      publisher: e.publisher,
      title: e.title,
      release: e.release,
      layout: e.layout,
      cut_off: e.cut_off,
      published_on: e.published_on,
      published_basis: e.published_basis,
      attribution: e.attribution,
      url: e.url,
      content_sha256: e.content_sha256,
      files: e.files,
      figures: figures.map((f) => ({
        file: f.file,
        party: f.party_code,
        donor_name: f.donor_name,
        period: f.period,
        series: f.series,
        amount: major(f.amount_minor, f.currency),
        currency: f.currency,
        count: num(f.count),
        ratio: f.ratio,
        label: f.label,
      })),
      activities: activities.map((a) => ({
        party: a.party_code,
        donor_name: a.donor_name,
        date: a.activity_date,
        month_index: a.month_index,
        aid_type: a.aid_type,
        measure: a.measure,
        amount: major(a.amount_minor, a.currency),
        currency: a.currency,
      })),
    });
  }
  return records;
}
