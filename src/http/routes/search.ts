/** GET /api/v1/search: one query over commitments, parties, equipment and meetings. */
import * as z from 'zod';
import { searchLedger } from '../../app/search/search-ledger.ts';
import { meetingKinds, modes, qualifiers } from '../../domain/ledger/vocabulary.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import { callerContext } from './ledger-common.ts';

const searchResults = z
  .object({
    q: z.string(),
    commitments: z.array(
      z.object({
        id: z.string(),
        donor: z.string(),
        recipient: z.string(),
        mode: z.enum(modes).nullable(),
        announced_on: z.string().nullable(),
        items: z.array(
          z.object({
            equipment: z.string().nullable(),
            category: z.string().nullable(),
            quantity: z.number().int().nullable(),
            quantity_qualifier: z.enum(qualifiers).nullable(),
          }),
        ),
      }),
    ),
    parties: z.array(
      z.object({
        code: z.string(),
        kind: z.string(),
        names: z.record(z.string(), z.string()),
        commitments: z.number().int().describe('Commitments the caller may see with this party as donor'),
      }),
    ),
    equipment: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        category: z.string(),
        aliases: z.record(z.string(), z.array(z.string())),
      }),
    ),
    meetings: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(meetingKinds),
        number: z.number().int().nullable(),
        place: z.string().nullable(),
        date: z.string(),
      }),
    ),
  })
  .meta({ id: 'SearchResults' });

export function searchRoutes(app: Api): void {
  app.get(
    '/api/v1/search',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: 'Search commitments, parties, equipment and meetings the caller may see',
        querystring: z.object({
          q: z.string().min(2).max(100).describe('Words to find, at least two characters'),
          limit: z.coerce.number().int().min(1).max(50).default(10).describe('Results per kind (1-50)'),
        }),
        response: { 200: searchResults, ...errorResponses },
      },
    },
    async (request) => searchLedger(callerContext(request), request.query),
  );
}
