/** Spending targets agreed by NATO (2 % in Wales 2014; 5 % = 3.5 % + 1.5 % at The Hague 2025). */
import { z } from 'zod';
import {
  confidence,
  isoDate,
  partyCode,
  qualifier,
  recordId,
  sourceOutput,
  sourceRef,
} from '../ledger/fields.ts';
import { requireParties } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';

const component = z
  .object({
    id: z.string().max(100),
    value: z.number(),
    unit: z.string().max(50),
    qualifier: qualifier.nullable().optional(),
    description: z.string().max(2000).optional(),
  })
  .strict();

const fields = {
  name: z.string().min(1).max(500),
  metric: z.string().regex(/^[a-z_]+$/),
  value: z.number().nonnegative(),
  unit: z.string().max(50),
  qualifier: qualifier.nullable().optional(),
  deadline_year: z.number().int().min(1950).max(2100).nullable().optional(),
  deadline_text: z.string().max(300).nullable().optional(),
  components: z.array(component).max(20).optional(),
  agreed_at: z.string().max(300).nullable().optional(),
  agreed_on: isoDate.nullable().optional(),
  country: partyCode.nullable().optional(),
  details: z.string().max(20_000).nullable().optional(),
  sources: z.array(sourceRef).max(200).optional(),
  confidence: confidence.nullable().optional(),
};

const input = z.object({ id: recordId, ...fields }).strict();
type TargetInput = z.infer<typeof input>;

const output = z
  .object({
    id: z.string(),
    name: z.string(),
    metric: z.string(),
    value: z.number(),
    unit: z.string(),
    qualifier: qualifier.nullable(),
    deadline_year: z.number().int().nullable(),
    deadline_text: z.string().nullable(),
    components: z.array(component),
    agreed_at: z.string().nullable(),
    agreed_on: z.string().nullable(),
    country: z.string().nullable(),
    details: z.string().nullable(),
    sources: z.array(sourceOutput),
    confidence: confidence.nullable(),
    ...storedFields,
  })
  .meta({ id: 'Target' });
type TargetOutput = z.infer<typeof output>;

export const targetKind: RecordKind<TargetInput, TargetOutput> = {
  type: 'target',
  table: 'targets',
  visibility: false,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, { country: [i.country] });
    return {
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
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, sources, ...rest }) => ({
    ...rest,
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked) => ({
    id: row.id,
    name: row.name as string,
    metric: row.metric as string,
    value: Number(row.value),
    unit: row.unit as string,
    qualifier: row.qualifier as TargetOutput['qualifier'],
    deadline_year: row.deadline_year as number | null,
    deadline_text: row.deadline_text as string | null,
    components: row.components as TargetOutput['components'],
    agreed_at: row.agreed_at as string | null,
    agreed_on: row.agreed_on as string | null,
    country: row.country as string | null,
    details: row.details as string | null,
    sources: linked,
    confidence: row.confidence as TargetOutput['confidence'],
    ...recordMeta(row),
  }),
};
