/**
 * The permission each CLI command needs, by its path (`commitment list`). Commands run as the
 * local operator (an administrator) unless RAMSTEIN_TOKEN names an API token: then they act with
 * that token's role, and the audit trail names it. `local` commands operate the installation
 * itself and never run under a token.
 */
import type { Command } from 'commander';
import type { Permission } from '../domain/access/permissions.ts';

export type CommandPermission = Permission | 'local';

export const commandPermissions: Record<string, CommandPermission> = {
  serve: 'local',
  worker: 'local',
  // A token's holder sees and retries only the jobs it submitted (src/app/jobs/manage-jobs.ts).
  'jobs list': 'ledger:read',
  'jobs show': 'ledger:read',
  'jobs retry': 'ledger:read',
  'db migrate': 'local',
  'db status': 'local',
  'db dump': 'local',
  'db restore': 'local',
  'fx convert': 'reference:read',
  'fx rates': 'reference:read',
  'fx import': 'reference:write',
  'fx status': 'reference:read',
  parties: 'reference:read',
  'editions import': 'reference:write',
  'editions list': 'reference:read',
  'editions show': 'reference:read',
  'editions diff': 'reference:read',
  'editions reconcile': 'reports:read',
  import: 'ledger:write',
  extract: 'extract:run',
  eval: 'extract:run',
  ingest: 'review:write',
  'review list': 'review:write',
  'review show': 'review:write',
  'review accept': 'review:write',
  'review merge': 'review:write',
  'review reject': 'review:write',
  'user add': 'users:manage',
  'user list': 'users:manage',
  'user disable': 'users:manage',
  'user set-role': 'users:manage',
  'token create': 'users:manage',
  'token list': 'users:manage',
  'token revoke': 'users:manage',
  'audit verify': 'audit:read',
  'audit checkpoint': 'audit:read',
  'audit log': 'audit:read',
  'audit revert': 'ledger:write',
  'commitment list': 'ledger:read',
  'commitment show': 'ledger:read',
  'commitment add': 'ledger:write',
  'commitment event': 'ledger:write',
  'commitment declare-value': 'ledger:write',
  'package list': 'ledger:read',
  'package show': 'ledger:read',
  'meeting list': 'ledger:read',
  'meeting show': 'ledger:read',
  'claim list': 'ledger:read',
  'claim show': 'ledger:read',
  'equipment list': 'ledger:read',
  'equipment show': 'ledger:read',
  'target list': 'ledger:read',
  'target show': 'ledger:read',
  export: 'ledger:read',
  'requirements list': 'ledger:read',
  'requirements export': 'ledger:read',
  'requirements import': 'ledger:write',
  'requirements diff': 'ledger:read',
  'requirements link': 'ledger:write',
  timeline: 'ledger:read',
  'people list': 'ledger:read',
  // As the API's check of free text: extraction work.
  'people check': 'extract:run',
  brief: 'reports:read',
  'meeting ics': 'ledger:read',
  'meeting next': 'ledger:read',
  'meeting page': 'ledger:read',
  'meeting record': 'ledger:write',
  // Every report, present and to come, reads the same way.
  report: 'reports:read',
};

export function permissionOf(command: Command): CommandPermission | undefined {
  const path = commandPath(command);
  return commandPermissions[path] ?? commandPermissions[path.split(' ')[0]!];
}

/** `commitment list` for the command `ramstein commitment list`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Leaf commands of a program: the ones users run. */
export function leafCommands(program: Command): Command[] {
  return program.commands.flatMap((c) => (c.commands.length ? leafCommands(c) : [c]));
}
