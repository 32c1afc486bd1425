/** Administrators manage users and API tokens. */
import * as z from 'zod';
import {
  newTokenInput,
  newUserInput,
  tokenOutput,
  userOutput,
  userRole,
} from '../../app/accounts/account.types.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/accounts/manage-tokens.ts';
import { createUser, listUsers, setUserDisabled, setUserRole } from '../../app/accounts/manage-users.ts';
import { actingAs, type AppContext } from '../../app/context.ts';
import { partyCode } from '../../app/ledger/fields.ts';
import { AppError } from '../../domain/errors.ts';
import { requestActor } from '../actor.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import type { FastifyRequest } from 'fastify';

const context = (request: FastifyRequest): AppContext =>
  actingAs(request.server.ctx, requestActor(request), String(request.id));

export function accountRoutes(app: Api): void {
  const manage = { permission: 'users:manage' as const };

  app.get(
    '/api/v1/users',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'List users',
        response: { 200: z.object({ items: z.array(userOutput) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listUsers(context(request)) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'Add a user; without a password, a one-time password is returned once',
        body: newUserInput,
        response: {
          201: z.object({ user: userOutput, one_time_password: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { user, oneTimePassword } = await createUser(context(request), request.body);
      return reply.code(201).send({ user, one_time_password: oneTimePassword });
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'Disable or enable a user, or change their role',
        params: z.object({ id: z.string().max(64) }),
        body: z
          .object({
            disabled: z.boolean().optional(),
            role: userRole.optional(),
            party: partyCode.nullable().optional(),
          })
          .strict(),
        response: { 200: userOutput, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = context(request);
      const { disabled, role, party } = request.body;
      if (disabled === undefined && !role)
        throw new AppError('invalid_input', 'give disabled, or role (and party)');
      let user = disabled === undefined ? undefined : await setUserDisabled(ctx, request.params.id, disabled);
      if (role) user = await setUserRole(ctx, request.params.id, role, party ?? null);
      return user!;
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'List API tokens (never their secrets)',
        response: { 200: z.object({ items: z.array(tokenOutput) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listApiTokens(context(request)) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; the secret is shown in this answer only',
        body: newTokenInput,
        response: { 201: z.object({ token: z.string(), info: tokenOutput }), ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(context(request), request.body)),
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: manage,
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.string().max(16) }),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeApiToken(context(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
