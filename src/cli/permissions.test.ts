import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../domain/access/permissions.ts';
import { buildProgram } from './program.ts';
import { commandPath, leafCommands, permissionOf } from './permissions.ts';

const commands = leafCommands(await buildProgram());
const find = (path: string) => commands.find((c) => commandPath(c) === path)!;

describe('CLI permissions', () => {
  it('every command declares the permission it needs', () => {
    expect(commands.length).toBeGreaterThan(30);
    expect(commands.filter((c) => !permissionOf(c)).map(commandPath)).toEqual([]);
  });

  it('grants reads to analysts but keeps writes and accounts from them', () => {
    const analyst = { id: 'a', role: 'analyst' as const, party: null };
    expect(can(analyst, permissionOf(find('commitment list')) as Permission)).toBe(true);
    expect(can(analyst, permissionOf(find('commitment add')) as Permission)).toBe(false);
    expect(can(analyst, permissionOf(find('user add')) as Permission)).toBe(false);
    expect(permissionOf(find('serve'))).toBe('local');
  });
});
