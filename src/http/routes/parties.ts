import * as z from 'zod';
import { AppError } from '../../domain/errors.ts';
import { parties } from '../../store/repositories/parties.ts';
import { errorResponses, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import { listParties } from '../../app/reference/list-parties.ts';
import { sendKept } from '../cached-answer.ts';
import { callerContext } from './ledger-common.ts';

const partyKind = z.enum(['state', 'organisation', 'group', 'company']);

export const partySchema = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2 for states; upper-case code for organisations and groups'),
    kind: partyKind,
    iso3: z.string().nullable(),
    names: z.record(z.string(), z.string()).describe('Name by language: en, fr, de'),
    aliases: z.record(z.string(), z.array(z.string())),
    members: z.array(z.string()).describe('Member parties of an organisation or group'),
    source: z.string(),
  })
  .meta({ id: 'Party' });

const partyPage = page(partySchema);

export function partyRoutes(app: Api): void {
  app.get(
    '/api/v1/parties',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['reference'],
        summary: 'States, organisations and groups',
        querystring: z.object({
          kind: partyKind.optional(),
          q: z.string().max(100).optional().describe('Search in codes, names and aliases'),
          ...paging,
        }),
        response: { 200: partyPage, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind, q, limit, offset } = request.query;
      const result = await listParties(callerContext(request), { kind, search: q, limit, offset });
      // Kept between changes (listParties): its bytes are prepared once per kept page.
      return sendKept(request, reply, partyPage, result);
    },
  );

  app.get(
    '/api/v1/parties/:code',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['reference'],
        summary: 'One party',
        params: z.object({ code: z.string().max(32) }),
        response: { 200: partySchema, ...errorResponses },
      },
    },
    async (request) => {
      const party = await parties.get(request.server.ctx.db, request.params.code.toUpperCase());
      if (!party) throw new AppError('not_found', `no party with code ${request.params.code}`);
      return party;
    },
  );
}
