/**
 * What the ledger holds now, in the form an import is compared with. A record is unchanged when
 * its input means the same as its stored export, whichever file it came from: JSON, CSV tables
 * and XLSX sheets spell empty fields differently (null, "", absent), so both sides go through
 * the section's schema and lose their empty fields before they are compared.
 */
import type { Queryable } from '../../store/database.ts';
import { canonicalJson } from '../../store/audit.ts';
import type { AppContext } from '../context.ts';
import { exportLedger } from './export-ledger.ts';
import { sectionSchemas, type Section } from './interchange.ts';

const compared = [
  'equipment',
  'meetings',
  'packages',
  'commitments',
  'claims',
  'targets',
  'people',
  'policy_events',
] as const;
export type ComparedSection = (typeof compared)[number];

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === '' ? undefined : value;
}

/** The meaning of a parsed record (the output of its section's schema), as one string. */
export const comparable = (parsed: unknown): string => canonicalJson(withoutEmpty(parsed) ?? null);

export type StoredRecords = Map<Section, Map<string, string>>;

/** Every stored record the caller can see, by section and id, in comparable form. */
export async function storedRecords(ctx: AppContext, tx: Queryable): Promise<StoredRecords> {
  const doc = await exportLedger(ctx, tx, { ledgerOnly: true });
  const stored: StoredRecords = new Map();
  for (const section of compared) {
    const byId = new Map<string, string>();
    for (const record of doc[section]) {
      const parsed = sectionSchemas[section].safeParse(record);
      if (parsed.success) byId.set(record.id, comparable(parsed.data));
    }
    stored.set(section, byId);
  }
  return stored;
}

/** Whether the record is stored with the same meaning: the record is made comparable only when its id is stored. */
export function isStored(stored: StoredRecords, section: Section, id: string | undefined, parsed: unknown) {
  const held = id === undefined ? undefined : stored.get(section)?.get(id);
  return held !== undefined && held === comparable(parsed);
}
