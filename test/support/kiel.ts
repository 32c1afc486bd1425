/** Kiel release folders as the importer takes them: the real ones in ../shared, or a test fixture. */
import fs from 'node:fs';
import path from 'node:path';

const shared = new URL('../../../shared/data/external/kiel/', import.meta.url);
const fixtures = new URL('../fixtures/kiel/', import.meta.url);

function read(dir: URL): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((name) => name !== 'README.md')
      .map((name) => [name, fs.readFileSync(path.join(dir.pathname, name), 'utf8')]),
  );
}

/** The files of Kiel release `release` as published (../shared/data/external/kiel/rNN). */
export const kielRelease = (release: string) => read(new URL(`r${release}/`, shared));

/** The files of a fixture folder under test/fixtures/kiel. */
export const kielFixture = (name: string) => read(new URL(`${name}/`, fixtures));
