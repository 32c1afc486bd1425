import { InvalidArgumentError, type Command } from 'commander';
import { newTokenInput, newUserInput, userRole, type UserRole } from '../../app/accounts/account.types.ts';
import { validInput } from '../../app/valid-input.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/accounts/manage-tokens.ts';
import { createUser, listUsers, setUserDisabled, setUserRole } from '../../app/accounts/manage-users.ts';
import { readAppOrServer, withAppOrServer } from '../app.ts';
import { positive } from '../arguments.ts';
import { formatTable, print, toJson } from '../output.ts';

/** A representative speaks for one party: naming it is part of using the command right. */
function partyFor(role: UserRole, party: string | undefined): string | null {
  if (role === 'representative' && !party)
    throw new InvalidArgumentError('--party <code> is required with the role representative');
  if (role !== 'representative' && party)
    throw new InvalidArgumentError('--party is only for the role representative');
  return party?.toUpperCase() ?? null;
}

function role(value: string): UserRole {
  const parsed = userRole.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`choose one of ${userRole.options.join(', ')}`);
  return parsed.data;
}

export function registerAccounts(program: Command): void {
  const user = program.command('user').description('Users: add, list, disable, set-role (administrators)');

  user
    .command('add')
    .description('Add a user; prints a one-time password to change at first sign-in')
    .argument('<name>', 'user name, lower case')
    .requiredOption('--role <role>', 'admin, coordinator, representative or analyst', role)
    .option('--party <code>', 'the party a representative speaks for, e.g. DE')
    .option('--display-name <text>', 'full name')
    .action(async (name: string, options, command: Command) => {
      const party = partyFor(options.role, options.party);
      // Checked here, so that a bad name is refused in the same words with or without a server.
      const input = validInput(newUserInput, {
        id: name,
        role: options.role,
        party,
        display_name: options.displayName ?? null,
      });
      const { user: created, one_time_password } = await withAppOrServer(
        command,
        { method: 'POST', path: '/api/v1/users', body: input },
        async (ctx) => {
          const { user, oneTimePassword } = await createUser(ctx, input);
          return { user, one_time_password: oneTimePassword };
        },
      );
      print(`user ${created.id} (${created.role}${created.party ? ` of ${created.party}` : ''}) added`);
      print(`one-time password: ${one_time_password}`);
    });

  user
    .command('list')
    .description('List users with their roles')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { items: users } = await readAppOrServer(command, { path: '/api/v1/users' }, async (ctx) => ({
        items: await listUsers(ctx),
      }));
      if (options.json) return print(toJson(users));
      print(
        formatTable(
          users.map((u) => ({
            user: u.id,
            role: u.role,
            party: u.party,
            disabled: u.disabled ? 'yes' : '',
          })),
        ),
      );
    });

  user
    .command('disable')
    .description('Disable a user and end their sessions')
    .argument('<name>')
    .option('--enable', 'enable again instead')
    .action(async (name: string, options: { enable?: boolean }, command: Command) => {
      const disabled = !options.enable;
      const u = await readAppOrServer(
        command,
        { method: 'PATCH', path: `/api/v1/users/${encodeURIComponent(name)}`, body: { disabled } },
        (ctx) => setUserDisabled(ctx, name, disabled),
      );
      print(`user ${u.id} ${u.disabled ? 'disabled' : 'enabled'}`);
    });

  user
    .command('set-role')
    .description("Change a user's role (and party, for a representative)")
    .argument('<name>')
    .argument('<role>', 'admin, coordinator, representative or analyst', role)
    .option('--party <code>', 'the party a representative speaks for')
    .action(async (name: string, newRole: UserRole, options: { party?: string }, command: Command) => {
      const party = partyFor(newRole, options.party);
      const u = await readAppOrServer(
        command,
        {
          method: 'PATCH',
          path: `/api/v1/users/${encodeURIComponent(name)}`,
          body: { role: newRole, party },
        },
        (ctx) => setUserRole(ctx, name, newRole, party),
      );
      print(`user ${u.id} is now ${u.role}${u.party ? ` of ${u.party}` : ''}`);
    });

  const token = program.command('token').description('API tokens for scripts: create, list, revoke');

  token
    .command('create')
    .description('Create an API token; the secret is printed once and stored only as a hash')
    .argument('<name>', 'what the token is for')
    .requiredOption('--role <role>', 'admin, coordinator, representative or analyst', role)
    .option('--party <code>', 'the party of a representative token')
    .option('--expires-in-days <days>', 'expiry in days (default: never)', positive)
    .action(async (name: string, options, command: Command) => {
      const input = validInput(newTokenInput, {
        name,
        role: options.role,
        party: options.party?.toUpperCase() ?? null,
        expires_in_days: options.expiresInDays ?? null,
      });
      const created = await readAppOrServer(
        command,
        { method: 'POST', path: '/api/v1/tokens', body: input },
        (ctx) => createApiToken(ctx, input),
      );
      print(created.token);
      process.stderr.write(
        `token ${created.info.id} (${created.info.role}) created; it is shown only this once\n`,
      );
    });

  token
    .command('list')
    .description('List API tokens (never their secrets)')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }, command: Command) => {
      const { items: tokens } = await readAppOrServer(command, { path: '/api/v1/tokens' }, async (ctx) => ({
        items: await listApiTokens(ctx),
      }));
      if (options.json) return print(toJson(tokens));
      print(
        formatTable(
          tokens.map((t) => ({
            id: t.id,
            name: t.name,
            role: t.role,
            party: t.party,
            expires: t.expires_at,
            revoked: t.revoked_at,
          })),
        ),
      );
    });

  token
    .command('revoke')
    .description('Revoke an API token')
    .argument('<id>', 'the token id shown by token list')
    .action(async (id: string, _options, command: Command) => {
      await withAppOrServer(
        command,
        { method: 'DELETE', path: `/api/v1/tokens/${encodeURIComponent(id)}` },
        (ctx) => revokeApiToken(ctx, id),
      );
      print(`token ${id} revoked`);
    });
}
