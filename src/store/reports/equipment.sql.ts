/**
 * Equipment given as aid, per catalogue system (and per category for lines that name no system):
 * committed and delivered quantities by the pipeline rules (pipeline-state.sql.ts), the number
 * of commitments and the donors. Aid only, as in the burden report; cancelled commitments are
 * counted apart. Visibility is applied in the query.
 */
import type { Actor } from '../../domain/access/actor.ts';
import { sql } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { Database } from '../database.ts';
import { pipelineStateCtes } from './pipeline-state.sql.ts';
import { runReportQuery } from './run-report-query.ts';

export interface EquipmentRow {
  /** Null for lines that name a category only. */
  equipment: string | null;
  name: string | null;
  category: string;
  unit: string | null;
  commitments: number;
  lines: number;
  committed: string;
  delivered: string;
  /** Lines without a quantity: counted as lines, not in the quantities. */
  unquantified: number;
  /** Lines whose quantity is approximate (about, at least, at most). */
  approximate: number;
  cancelled: number;
  donors: string[];
}

export function equipmentRows(
  db: Database,
  actor: Actor,
  input: { recipient: string; category: string | null },
): Promise<EquipmentRow[]> {
  const category = sql`${input.category}::text`;
  const query = sql<EquipmentRow>`
WITH scope AS MATERIALIZED (
  SELECT c.id, c.donor FROM commitments c
   WHERE c.recipient = ${input.recipient}::text AND c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL
     AND c.donor <> c.recipient AND ${visibleTo(actor, 'c')}
),
${pipelineStateCtes(sql`NULL::date`, false)},
lines AS (
  SELECT pl.equipment_id, et.name, coalesce(et.category, cl.category) AS category, et.unit,
         s.id AS commitment_id, s.donor, st.status = 'cancelled' AS cancelled,
         pl.committed, least(pl.delivered, pl.committed) AS delivered,
         cl.quantity_qualifier IN ('about', 'at_least', 'at_most') AS approximate
    FROM pl_lines pl
    JOIN commitment_lines cl ON cl.commitment_id = pl.commitment_id AND cl.line_no = pl.line_no
    JOIN scope s ON s.id = pl.commitment_id
    JOIN pl_status st ON st.commitment_id = pl.commitment_id
    LEFT JOIN equipment_types et ON et.id = pl.equipment_id
   WHERE ${category} IS NULL OR coalesce(et.category, cl.category) = ${category}
)
SELECT equipment_id AS equipment, name, coalesce(category, 'other') AS category, unit,
       count(DISTINCT commitment_id) FILTER (WHERE NOT cancelled)::int AS commitments,
       count(*) FILTER (WHERE NOT cancelled)::int AS lines,
       coalesce(sum(committed) FILTER (WHERE NOT cancelled), 0)::text AS committed,
       coalesce(sum(delivered) FILTER (WHERE NOT cancelled), 0)::text AS delivered,
       count(*) FILTER (WHERE NOT cancelled AND committed IS NULL)::int AS unquantified,
       count(*) FILTER (WHERE NOT cancelled AND approximate)::int AS approximate,
       count(DISTINCT commitment_id) FILTER (WHERE cancelled)::int AS cancelled,
       coalesce(array_agg(DISTINCT donor ORDER BY donor) FILTER (WHERE NOT cancelled), '{}') AS donors
  FROM lines
 GROUP BY equipment_id, name, coalesce(category, 'other'), unit
 ORDER BY 3, 2 NULLS LAST`;
  return runReportQuery(db, query);
}
