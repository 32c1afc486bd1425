/**
 * Imports a requirements list as a new edition. An import identical to the current edition
 * changes nothing; any difference makes a new edition and leaves the older ones readable.
 * Links named in the input are added to the list (links are kept across editions).
 */
import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import { canSee } from '../../domain/access/visibility.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit, canonicalJson } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { requirementLists, type RequirementRow } from '../../store/repositories/requirements.ts';
import type { AppContext } from '../context.ts';
import { requireParties, requireRecords } from '../ledger/references.ts';
import { sourceLinks } from '../ledger/source-links.ts';
import type { RequirementListInput } from './requirement.types.ts';
import { saveLink } from './link-requirement.ts';

export interface ImportListResult {
  id: string;
  edition: number;
  created: boolean;
  new_edition: boolean;
  links_changed: number;
}

function toRows(input: RequirementListInput, edition: number): RequirementRow[] {
  return input.requirements.map((r) => ({
    list_id: input.id,
    edition,
    key: r.key,
    capability: r.capability,
    equipment_id: r.equipment ?? null,
    category: r.category ?? null,
    quantity: r.quantity === null || r.quantity === undefined ? null : BigInt(r.quantity),
    unit: r.unit ?? null,
    priority: r.priority,
    needed_by: r.needed_by ?? null,
    status: r.status ?? 'open',
    notes: r.notes ?? null,
    visibility: r.visibility ?? input.visibility ?? 'public',
    owner_party: input.owner_party ?? null,
  }));
}

function missingEditions(input: RequirementListInput): never {
  throw new AppError(
    'invalid_input',
    `edition: edition ${input.edition} of list ${input.id} comes after editions that are neither stored nor given before it`,
    { issues: [{ field: 'edition', message: 'editions are imported in order, from the first' }] },
  );
}

/** What decides whether an import is a new edition: every field of every requirement, and the header. */
const content = (rows: readonly RequirementRow[], header: unknown) =>
  canonicalJson({ header, rows: rows.map(({ edition: _e, ...rest }) => rest) });

export async function importRequirementListIn(
  ctx: AppContext,
  tx: Queryable,
  input: RequirementListInput,
): Promise<ImportListResult> {
  requireWrite(ctx.actor, { owner: input.owner_party ?? null });
  await requireParties(tx, { recipient: [input.recipient], owner_party: [input.owner_party] });
  await requireRecords(
    tx,
    'equipment',
    'requirements',
    input.requirements.map((r) => r.equipment),
  );
  const header = {
    recipient: input.recipient,
    title: input.title,
    visibility: input.visibility ?? 'public',
    owner_party: input.owner_party ?? null,
    issued_on: input.issued_on ?? null,
    note: input.note ?? null,
    sources: sourceLinks(input.sources),
  };
  const existing = await requirementLists.lockForUpdate(tx, input.id);
  const now = ctx.clock.now();
  let edition = 1;
  let newEdition = true;
  if (existing) {
    if (!canSee(ctx.actor, existing)) throw idTaken('requirement list', input.id);
    requireWrite(ctx.actor, { owner: existing.owner_party });
    const current = await requirementLists.requirements(tx, input.id, existing.current_edition, {
      id: 'system',
      role: 'admin',
      party: null,
    });
    const currentEdition = await requirementLists.edition(tx, input.id, existing.current_edition);
    const currentHeader = {
      recipient: existing.recipient,
      title: existing.title,
      visibility: existing.visibility,
      owner_party: existing.owner_party,
      issued_on: currentEdition?.issued_on ?? null,
      note: currentEdition?.note ?? null,
      sources: currentEdition?.sources ?? [],
    };
    newEdition =
      input.edition === undefined
        ? content(current, currentHeader) !== content(toRows(input, 0), header)
        : input.edition > existing.current_edition;
    if (input.edition !== undefined && input.edition > existing.current_edition + 1) missingEditions(input);
    edition = newEdition ? existing.current_edition + 1 : (input.edition ?? existing.current_edition);
  } else {
    if (input.edition !== undefined && input.edition !== 1) missingEditions(input);
    await requirementLists.insertList(
      tx,
      {
        id: input.id,
        recipient: input.recipient,
        title: input.title,
        visibility: header.visibility,
        owner_party: header.owner_party,
      },
      now,
    );
  }
  if (newEdition) {
    await requirementLists.insertEdition(
      tx,
      {
        list_id: input.id,
        edition,
        issued_on: header.issued_on,
        note: header.note,
        sources: header.sources,
      },
      ctx.actor.id,
      toRows(input, edition),
    );
    const written = await requirementLists.setCurrent(
      tx,
      ctx.actor,
      {
        id: input.id,
        recipient: input.recipient,
        title: input.title,
        visibility: header.visibility,
        owner_party: header.owner_party,
        current_edition: edition,
      },
      now,
    );
    if (!written) throw new AppError('not_found', `no requirement list ${input.id}`);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: existing ? 'requirement_list.edition' : 'requirement_list.create',
        recordType: 'requirement_list',
        recordId: input.id,
        before: existing ? { edition: existing.current_edition } : null,
        after: { edition, header, requirements: input.requirements.map(({ links: _l, ...r }) => r) },
        requestId: ctx.requestId,
      },
      now,
    );
  }
  let linksChanged = 0;
  for (const r of input.requirements) {
    for (const link of r.links ?? []) {
      if (await saveLink(ctx, tx, { list: input.id, key: r.key, ...link })) linksChanged++;
    }
  }
  return { id: input.id, edition, created: !existing, new_edition: newEdition, links_changed: linksChanged };
}

export function importRequirementList(
  ctx: AppContext,
  input: RequirementListInput,
): Promise<ImportListResult> {
  return ctx.db.transaction((tx) => importRequirementListIn(ctx, tx, input));
}
