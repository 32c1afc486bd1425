/**
 * A new embedded folder starts from the installation's seed (src/store/data-seed.ts): it must hold
 * what a folder initialised from nothing holds, stay private, and recover from a copy cut short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { ensureReferenceData } from '../../src/app/reference/ensure-reference-data.ts';
import type { Database } from '../../src/store/database.ts';
import { dataSeedFolder } from '../../src/store/data-seed.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openStore } from '../../src/store/open.ts';
import { openPGlite } from '../../src/store/pglite.ts';
import { quoteIdent, snapshotTables } from '../../src/store/snapshot/tables.ts';
import { tempDir, testDbKind } from '../support/db.ts';

/** Every table's row count, and the applied migrations. */
async function contents(db: Database): Promise<Record<string, number | string>> {
  const counts: Record<string, number | string> = {};
  for (const { name } of await snapshotTables(db)) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(name)}`);
    counts[name] = row!.n;
  }
  const applied = await db.query<{ id: string; checksum: string }>(
    'SELECT id, checksum FROM schema_migrations ORDER BY id',
  );
  counts.migrations = applied.map((m) => `${m.id}:${m.checksum}`).join(',');
  return counts;
}

/** Entries of a folder that its group or others may read, write or enter. */
function notPrivate(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((entry) => fs.lstatSync(entry).mode & 0o077);
}

async function seededContents(folder: string): Promise<Record<string, number | string>> {
  const db = await openStore({ dataDir: folder, command: 'test' });
  try {
    await ensureReferenceData(createContext(db));
    return await contents(db);
  } finally {
    await db.close();
  }
}

const seed = dataSeedFolder();

describe.skipIf(testDbKind !== 'pglite')('a new data folder started from the seed', () => {
  it('exists wherever the program was installed or built', () => {
    // `npm install` and `npm run build` make it; CI installs from a clean clone.
    if (process.env.CI) expect(seed).not.toBeNull();
  });

  it.skipIf(!seed)(
    'holds what a folder initialised from nothing holds, and only its owner may read it',
    { timeout: 300_000 },
    async () => {
      const folder = tempDir();
      const seeded = await seededContents(folder);
      expect(notPrivate(folder)).toEqual([]);

      const nothing = await openPGlite(tempDir());
      try {
        await migrate(nothing);
        await ensureReferenceData(createContext(nothing));
        expect(seeded).toEqual(await contents(nothing));
      } finally {
        await nothing.close();
      }
      expect(seeded.parties).toBeGreaterThan(200);
      expect(seeded.users).toBe(0);
      expect(seeded.audit_events).toBe(0);
    },
  );

  it.skipIf(!seed)('starts again from the seed when an earlier copy was cut short', async () => {
    const folder = tempDir();
    // What a copy stopped half-way leaves: some of the files, never the one that marks the folder.
    fs.cpSync(path.join(seed!, 'global'), path.join(folder, 'global'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'global', 'pg_control'), 'cut short');
    const seeded = await seededContents(folder);
    expect(seeded.parties).toBeGreaterThan(200);
  });
});
