/**
 * An exclusive lock on an embedded data folder. PGlite has no lock of its own: two processes
 * on one folder would silently lose writes, so whoever opens the folder must hold this first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.ts';

export const LOCK_FILE = 'ramstein.lock';
const RECOVERY_GRACE_MS = 10_000;

interface Holder {
  pid: number;
  host: string;
  command: string;
  token: string;
  since: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function tryCreate(file: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** The holder is gone (dead process, or a file left half-written long ago). */
function isStale(file: string, holder: Holder | null): boolean {
  if (!holder) return ageMs(file) > RECOVERY_GRACE_MS;
  return holder.host === os.hostname() && !isAlive(holder.pid);
}

/**
 * Removes a stale lock. Recoverers take turns through a second lock file and look again once
 * they hold it, so a lock that another process has just re-created is never removed.
 */
function recoverStale(file: string): void {
  const guard = `${file}.recovery`;
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    command: 'recovery',
    token: randomUUID(),
    since: '',
  };
  if (!tryCreate(guard, me)) {
    if (ageMs(guard) > RECOVERY_GRACE_MS) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    if (isStale(file, readHolder(file))) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Who holds the folder's lock, if a live process does (a lock left by a crash reads as none). */
export function liveLockHolder(dataDir: string): { pid: number } | null {
  const file = path.join(dataDir, LOCK_FILE);
  const holder = readHolder(file);
  return holder && !isStale(file, holder) ? { pid: holder.pid } : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    command,
    token: randomUUID(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(file, me)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readHolder(file)?.token === me.token) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { path: file, release };
    }
    const holder = readHolder(file);
    if (isStale(file, holder)) {
      recoverStale(file);
      continue;
    }
    if (holder) {
      throw new AppError(
        'locked',
        `data folder ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}); ` +
          `stop it first, or use another --data-dir`,
        { details: { pid: holder.pid, host: holder.host } },
      );
    }
    sleep(50); // the holder is still writing its name
  }
  throw new AppError('locked', `data folder ${dataDir} is locked by ${file}, whose holder cannot be read`);
}
