/**
 * The embedded database folder holds every record, restricted ones included, and the first
 * administrator's one-time password: only its owner may read it. The folder is 0700 and its files
 * 0600, including those the database creates later (the process umask is set at open, since the
 * embedded engine creates files with mode 0666 as it goes).
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Opening: the folder is made 0700, which already keeps everyone else out of all it holds, so its
 * contents are not walked on every start (a data folder holds over a thousand files): `tighten`
 * runs over them when the database closes, and on a folder just filled from the seed.
 */
export function makePrivate(folder: string): void {
  process.umask(0o077);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(folder);
  if (!stat.isSymbolicLink() && stat.mode & 0o077) fs.chmodSync(folder, 0o700);
}

/**
 * Takes group and other permissions away from a folder and all it holds: one made before this
 * rule, or files the engine made as it ran (it sets their modes itself, whatever the umask).
 */
export function tighten(entry: string): void {
  const stat = fs.lstatSync(entry);
  if (stat.isSymbolicLink()) return;
  if (stat.mode & 0o077) fs.chmodSync(entry, stat.isDirectory() ? 0o700 : 0o600);
  if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) tighten(path.join(entry, name));
}
