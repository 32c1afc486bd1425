/**
 * Builds dist/data-seed/, the folder a new embedded database starts from (see
 * src/store/data-seed.ts): initialised, migrated, reference data loaded, nothing else. Run by
 * `npm run build` after the compiler; skipped when the migrations, the reference data and the
 * database engine are those of the seed already built.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const seedFolder = path.join(dist, 'data-seed');
const stampFile = path.join(dist, 'data-seed.json');

const { migrate } = await import(path.join(dist, 'src/store/migrate.js'));
const { openPGlite } = await import(path.join(dist, 'src/store/pglite.js'));
const { createContext } = await import(path.join(dist, 'src/app/context.js'));
const { ensureReferenceData, referenceFingerprint } = await import(
  path.join(dist, 'src/app/reference/ensure-reference-data.js')
);

function inputsFingerprint() {
  const hash = createHash('sha256');
  const engine = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ).version;
  hash.update(`pglite ${engine}\nreference ${referenceFingerprint()}\n`);
  const migrations = path.join(root, 'src/store/migrations');
  for (const name of fs.readdirSync(migrations).sort())
    hash.update(`${name}\n`).update(fs.readFileSync(path.join(migrations, name)));
  return hash.digest('hex');
}

const fingerprint = inputsFingerprint();
const built = fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, 'utf8')) : null;
if (built?.fingerprint === fingerprint && fs.existsSync(path.join(seedFolder, 'PG_VERSION'))) process.exit(0);

const started = performance.now();
// Built beside where it goes, then put in place in one rename.
const folder = `${seedFolder}.building`;
fs.rmSync(folder, { recursive: true, force: true });
const db = await openPGlite(folder);
try {
  await migrate(db);
  await ensureReferenceData(createContext(db));
  await db.query('CHECKPOINT');
} finally {
  await db.close();
}
fs.rmSync(seedFolder, { recursive: true, force: true });
fs.renameSync(folder, seedFolder);
fs.writeFileSync(stampFile, JSON.stringify({ fingerprint }));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`data seed built in ${seconds} s`);
