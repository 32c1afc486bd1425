/**
 * Where audit checkpoints live, outside the database: the signing key (RAMSTEIN_AUDIT_KEY, or the
 * file audit-key in the data folder, created on first use and readable by its owner only) and the
 * checkpoints file, one JSON line per checkpoint, appended to, never rewritten.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Checkpoint } from '../domain/audit/checkpoint.ts';
import { AppError } from '../domain/errors.ts';

export interface AuditAnchor {
  /** The signing key, or null when none exists yet and none may be created. */
  key(create: boolean): Buffer | null;
  last(): Checkpoint | null;
  append(checkpoint: Checkpoint): void;
  readonly file: string;
}

export function fileAnchor(options: {
  dataDir: string;
  file?: string | undefined;
  envKey?: string | undefined;
}) {
  const file = options.file ?? path.join(options.dataDir, 'audit-checkpoints.jsonl');
  const keyFile = path.join(options.dataDir, 'audit-key');
  const anchor: AuditAnchor = {
    file,
    key(create) {
      if (options.envKey) return Buffer.from(options.envKey, 'utf8');
      if (fs.existsSync(keyFile)) return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex');
      if (!create) return null;
      fs.mkdirSync(options.dataDir, { recursive: true });
      fs.writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex');
    },
    last() {
      if (!fs.existsSync(file)) return null;
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
      if (!lines.length) return null;
      try {
        return JSON.parse(lines.at(-1)!) as Checkpoint;
      } catch {
        throw new AppError('invalid_input', `${file}: the last checkpoint is not readable JSON`);
      }
    },
    append(checkpoint) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o644 });
    },
  };
  return anchor;
}
