/**
 * While `ramstein serve` holds an embedded data folder, it writes where it listens and a local
 * token into the folder (readable by its owner only), so that a command run beside it goes
 * through its API instead of being refused the folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { liveLockHolder } from './lock.ts';

export const SERVER_FILE = 'ramstein-server.json';

export interface ServerFile {
  url: string;
  /** Whoever can read the data folder is its local operator: this token acts as the operator. */
  token: string;
  pid: number;
}

export function writeServerFile(dataDir: string, server: ServerFile): () => void {
  const file = path.join(dataDir, SERVER_FILE);
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(server), { mode: 0o600 });
  fs.renameSync(temporary, file);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    if (readServerFile(dataDir)?.token === server.token) fs.rmSync(file, { force: true });
  };
  process.on('exit', remove);
  return remove;
}

/**
 * The server holding `dataDir`, if one wrote its file and its process is alive and still holds
 * the folder's lock. A server that died without cleaning up (killed, crashed) leaves both files
 * behind: they are ignored, and the next command recovers the folder.
 */
export function readServerFile(dataDir: string): ServerFile | null {
  try {
    const server = JSON.parse(fs.readFileSync(path.join(dataDir, SERVER_FILE), 'utf8')) as ServerFile;
    const valid = typeof server.url === 'string' && typeof server.token === 'string';
    return valid && liveLockHolder(dataDir)?.pid === server.pid ? server : null;
  } catch {
    return null;
  }
}
