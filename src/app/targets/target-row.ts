/** A target's input as the row of table `targets`, and the row as the target's view. */
import type { Queryable } from '../../store/database.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import type { NewTarget, TargetRow } from '../../store/repositories/targets.ts';
import { requireParties } from '../ledger/references.ts';
import { recordMeta, sourcesAsInput } from '../ledger/stored-records.ts';
import type { TargetInput, TargetOutput } from './target.types.ts';

/** The row of target `id`, after checking the country it names. */
export async function toTargetRow(db: Queryable, id: string, i: TargetInput): Promise<NewTarget> {
  await requireParties(db, { country: [i.country] });
  return {
    id,
    name: i.name,
    metric: i.metric,
    value: String(i.value),
    unit: i.unit,
    qualifier: i.qualifier ?? null,
    deadline_year: i.deadline_year ?? null,
    deadline_text: i.deadline_text ?? null,
    components: JSON.stringify(i.components ?? []),
    agreed_at: i.agreed_at ?? null,
    agreed_on: i.agreed_on ?? null,
    country: i.country ?? null,
    details: i.details ?? null,
    confidence: i.confidence ?? null,
  };
}

export function toTargetView(row: TargetRow, linked: LinkedSource[]): TargetOutput {
  return {
    id: row.id,
    name: row.name,
    metric: row.metric,
    value: Number(row.value),
    unit: row.unit,
    qualifier: row.qualifier as TargetOutput['qualifier'],
    deadline_year: row.deadline_year,
    deadline_text: row.deadline_text,
    components: row.components as TargetOutput['components'],
    agreed_at: row.agreed_at,
    agreed_on: row.agreed_on,
    country: row.country,
    details: row.details,
    sources: linked,
    confidence: row.confidence as TargetOutput['confidence'],
    ...recordMeta(row),
  };
}

/** The stored target as input, so that a patch can be laid over it. */
export const targetAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  sources,
  ...rest
}: TargetOutput): TargetInput => ({ ...rest, sources: sourcesAsInput(sources) });
