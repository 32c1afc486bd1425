/** Officials: one record per holding of an office (defence ministers, NATO secretaries general…). */
import { z } from 'zod';
import type { RecordType } from '../../store/repositories/sources.ts';
import { isoDate, partyCode, recordCommon, recordId } from '../ledger/fields.ts';
import { requireParties } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  citedFields,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';

const fields = {
  given_name: z.string().min(1).max(100),
  family_name: z.string().min(1).max(100),
  aliases: z.array(z.string().min(1).max(200)).max(20).optional(),
  role: z.string().regex(/^[a-z][a-z_]{1,63}$/, 'a role such as defence_minister'),
  title: z.string().min(1).max(200),
  party: partyCode,
  from: isoDate,
  to: isoDate.nullable().optional(),
  notes: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

const input = z
  .object({ id: recordId.optional(), ...fields })
  .strict()
  .refine((p) => !p.to || p.to >= p.from, { message: 'ends after it starts', path: ['to'] });
export type PersonInput = z.infer<typeof input>;

const output = z
  .object({
    id: z.string(),
    given_name: z.string(),
    family_name: z.string(),
    aliases: z.array(z.string()),
    role: z.string(),
    title: z.string(),
    party: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    notes: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Person' });
export type PersonOutput = z.infer<typeof output>;

export const personKind: RecordKind<PersonInput, PersonOutput> = {
  type: 'person' as RecordType,
  table: 'people',
  visibility: true,
  input: input as unknown as z.ZodType<PersonInput>,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, { party: [i.party], owner_party: [i.owner_party] });
    return {
      given_name: i.given_name,
      family_name: i.family_name,
      aliases: i.aliases ?? [],
      role: i.role,
      title: i.title,
      party: i.party,
      from_on: i.from,
      to_on: i.to ?? null,
      notes: i.notes ?? null,
      confidence: i.confidence ?? null,
      visibility: i.visibility ?? 'public',
      owner_party: i.owner_party ?? null,
    };
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, sources, ...rest }) => ({
    ...rest,
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked) => ({
    id: row.id,
    given_name: row.given_name as string,
    family_name: row.family_name as string,
    aliases: row.aliases as string[],
    role: row.role as string,
    title: row.title as string,
    party: row.party as string,
    from: row.from_on as string,
    to: row.to_on as string | null,
    notes: row.notes as string | null,
    sources: linked,
    confidence: row.confidence as PersonOutput['confidence'],
    visibility: row.visibility as PersonOutput['visibility'],
    owner_party: row.owner_party as string | null,
    ...recordMeta(row),
  }),
};
