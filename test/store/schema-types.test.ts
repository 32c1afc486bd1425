/** The committed database types (src/store/schema.ts) are those the migrations produce. */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { format, resolveConfig } from 'prettier';
import { schemaSource } from '../../scripts/schema-types.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

it('src/store/schema.ts is up to date with the migrations (npx tsx scripts/schema-types.ts)', async () => {
  const file = 'src/store/schema.ts';
  const expected = await format(await schemaSource(t.db), {
    ...(await resolveConfig(file)),
    filepath: file,
  });
  expect(fs.readFileSync(file, 'utf8')).toBe(expected);
});
