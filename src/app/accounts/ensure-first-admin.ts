/**
 * On the first start, an administrator `admin` is created with a one-time password, written to
 * a file only the owner can read. The password never reaches the logs; the path does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from '../../domain/access/actor.ts';
import { users } from '../../store/repositories/accounts.ts';
import type { AppContext } from '../context.ts';
import { createUser } from './manage-users.ts';

export const FIRST_ADMIN = 'admin';
export const PASSWORD_FILE = 'admin-password.txt';

export async function ensureFirstAdmin(ctx: AppContext, folder: string): Promise<string | null> {
  if ((await users.count(ctx.db)) > 0) return null;
  const { oneTimePassword } = await createUser(
    { ...ctx, actor: systemActor },
    { id: FIRST_ADMIN, role: 'admin', display_name: 'Administrator' },
  );
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, PASSWORD_FILE);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(
    file,
    `user: ${FIRST_ADMIN}\none-time password: ${oneTimePassword}\nSign in and choose a new password; this file is then deleted.\n`,
    { mode: 0o600 },
  );
  return file;
}

/** Once the administrator has replaced the one-time password, the file that holds it is deleted. */
export async function removeUsedPasswordFile(ctx: AppContext, folder: string): Promise<boolean> {
  const file = path.join(folder, PASSWORD_FILE);
  if (!fs.existsSync(file)) return false;
  const admin = await users.get(ctx.db, FIRST_ADMIN);
  if (!admin || admin.must_change_password) return false;
  fs.rmSync(file, { force: true });
  return true;
}
