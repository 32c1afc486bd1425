/**
 * The ledger records other than commitments (packages, meetings, claims, equipment types,
 * targets) share one life: validated input → columns, a version, sources, visibility and an
 * audit event per change. Each kind describes its own columns and views; create, update, get
 * and list are written once (create-record.ts, update-record.ts, get-record.ts, list-records.ts).
 */
import { z } from 'zod';
import { confidence, sourceOutput, visibility } from '../ledger/fields.ts';
import type { Queryable } from '../../store/database.ts';
import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { StoredRow } from '../../store/repositories/records.ts';
import type { LinkedSource, RecordType } from '../../store/repositories/sources.ts';

export type Row = StoredRow;

export interface RecordKind<Input extends { id?: string | undefined; sources?: unknown }, Output> {
  type: RecordType;
  table: string;
  /** Whether rows carry `visibility` and `owner_party`. */
  visibility: boolean;
  input: z.ZodType<Input>;
  patch: z.ZodType<Partial<Input> & { version: number }>;
  output: z.ZodType<Output>;
  /** Columns to write, after checking the references the input makes. */
  toColumns(db: Queryable, input: Input, id: string): Promise<Record<string, unknown>>;
  /** The stored record as input, so that a patch can be laid over it. */
  toInput(view: Output): Input;
  toView(row: Row, sources: LinkedSource[], children: Map<string, unknown[]>): Output;
  /** Rows kept in another table (package funders), written after the record. */
  children?: {
    load(db: Queryable, ids: readonly string[], actor: Actor): Promise<Map<string, unknown[]>>;
    save(ctx: AppContext, tx: Queryable, id: string, input: Input): Promise<void>;
  };
  /** Parties the record speaks for besides its `party` column (a package's funders). */
  speaksFor?(input: Input): (string | null | undefined)[];
}

/** The fields every stored record shows: version and times. */
export function recordMeta(row: Row) {
  return {
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** Sources of a stored record, as input again (for laying a patch over it). */
export function sourcesAsInput(
  linked: readonly {
    id: string;
    url: string | null;
    evidence: { start: number; end: number } | null;
    quote: string | null;
  }[],
) {
  return linked.map((s) => ({
    ...(s.url ? { url: s.url } : { id: s.id }),
    ...(s.evidence ? { evidence: s.evidence } : {}),
    ...(s.quote ? { quote: s.quote } : {}),
  }));
}

/** Output fields every stored record shows: version and times. */
export const storedFields = { version: z.number().int(), created_at: z.string(), updated_at: z.string() };

/** Output fields of records that cite sources and carry a visibility. */
export const citedFields = {
  sources: z.array(sourceOutput),
  confidence: confidence.nullable(),
  visibility: visibility,
  owner_party: z.string().nullable(),
};

/** An update: the version it is based on, and any of the record's fields. */
export function patchOf<T extends z.ZodRawShape>(fields: T) {
  return z
    .object({ version: z.number().int().min(1), ...fields })
    .partial()
    .required({ version: true })
    .strict();
}
