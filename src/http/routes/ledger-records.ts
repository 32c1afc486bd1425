/**
 * /api/v1/packages, /meetings, /claims, /equipment, /targets: the same four routes for each
 * collection, from its schemas, its list's filters and its own use cases.
 */
import * as z from 'zod';
import { createClaim } from '../../app/claims/create-claim.ts';
import { getClaim } from '../../app/claims/get-claim.ts';
import { listClaims } from '../../app/claims/list-claims.ts';
import { updateClaim } from '../../app/claims/update-claim.ts';
import { claimInput, claimOutput, claimPatch } from '../../app/claims/claim.types.ts';
import type { AppContext } from '../../app/context.ts';
import { createEquipment } from '../../app/equipment/create-equipment.ts';
import { equipmentInput, equipmentOutput, equipmentPatch } from '../../app/equipment/equipment.types.ts';
import { getEquipment } from '../../app/equipment/get-equipment.ts';
import { listEquipment } from '../../app/equipment/list-equipment.ts';
import { updateEquipment } from '../../app/equipment/update-equipment.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { meetingInput, meetingOutput, meetingPatch } from '../../app/meetings/meeting.types.ts';
import { updateMeeting } from '../../app/meetings/update-meeting.ts';
import { createPackage } from '../../app/packages/create-package.ts';
import { getPackage } from '../../app/packages/get-package.ts';
import { listPackages } from '../../app/packages/list-packages.ts';
import { packageInput, packageOutput, packagePatch } from '../../app/packages/package.types.ts';
import { updatePackage } from '../../app/packages/update-package.ts';
import { createTarget } from '../../app/targets/create-target.ts';
import { getTarget } from '../../app/targets/get-target.ts';
import { listTargets } from '../../app/targets/list-targets.ts';
import { targetInput, targetOutput, targetPatch } from '../../app/targets/target.types.ts';
import { updateTarget } from '../../app/targets/update-target.ts';
import { claimFilters } from '../../store/repositories/claims.ts';
import { equipmentFilters } from '../../store/repositories/equipment.ts';
import { meetingFilters } from '../../store/repositories/meetings.ts';
import { packageFilters } from '../../store/repositories/packages.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import { targetFilters } from '../../store/repositories/targets.ts';
import { notModified, pageTag, recordTag } from '../etag.ts';
import { errorResponses, isoDate, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import { keptView, sendKept } from '../cached-answer.ts';
import {
  baseVersion,
  callerContext,
  idParams,
  ifMatchHeaders,
  ifNoneMatchHeaders,
  versionField,
  writeResponses,
} from './ledger-common.ts';

type Stored = { id: string; version: number };

/** One collection of records: its schemas, its list's filters and its use cases. */
interface Collection {
  path: string;
  type: string;
  plural: string;
  input: z.ZodType;
  patch: z.ZodObject;
  output: z.ZodType<Stored>;
  filters: readonly string[];
  /** Whether its list use case keeps its answers between changes (report-cache.ts). */
  kept?: boolean;
  list(ctx: AppContext, filter: never, page: Page): Promise<{ items: Stored[]; total: number }>;
  get(ctx: AppContext, id: string): Promise<Stored>;
  create(ctx: AppContext, input: never): Promise<Stored>;
  update(ctx: AppContext, id: string, patch: never): Promise<Stored>;
}

export const collections: Collection[] = [
  {
    path: 'packages',
    type: 'package',
    plural: 'Pooled packages (PURL) with their funders',
    input: packageInput,
    patch: packagePatch,
    output: packageOutput,
    filters: packageFilters,
    list: listPackages,
    get: getPackage,
    create: createPackage,
    update: updatePackage,
  },
  {
    path: 'meetings',
    type: 'meeting',
    plural: 'Meetings: contact-group sessions, summits…',
    input: meetingInput,
    patch: meetingPatch,
    output: meetingOutput,
    filters: meetingFilters,
    list: listMeetings,
    get: getMeeting,
    create: createMeeting,
    update: updateMeeting,
  },
  {
    path: 'claims',
    type: 'claim',
    plural: 'Claims: reported figures with their sources',
    input: claimInput,
    patch: claimPatch,
    output: claimOutput,
    filters: claimFilters,
    list: listClaims,
    get: getClaim,
    create: createClaim,
    update: updateClaim,
  },
  {
    path: 'equipment',
    type: 'equipment',
    plural: 'Equipment types of the catalogue',
    input: equipmentInput,
    patch: equipmentPatch,
    output: equipmentOutput,
    filters: equipmentFilters,
    kept: true,
    list: listEquipment,
    get: getEquipment,
    create: createEquipment,
    update: updateEquipment,
  },
  {
    path: 'targets',
    type: 'target',
    plural: 'Defence-spending targets',
    input: targetInput,
    patch: targetPatch,
    output: targetOutput,
    filters: targetFilters,
    list: listTargets,
    get: getTarget,
    create: createTarget,
    update: updateTarget,
  },
];

const partyFilters = new Set(['party', 'funder', 'origin']);

function filterQuery(filters: readonly string[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const name of filters) {
    shape[name] =
      name === 'from' || name === 'to'
        ? isoDate.optional()
        : partyFilters.has(name)
          ? z
              .string()
              .max(32)
              .transform((v) => v.toUpperCase())
              .optional()
          : z.string().max(200).optional();
  }
  return z.object({ ...shape, ...paging });
}

function collectionRoutes(app: Api, collection: Collection): void {
  const { path, type, plural, output } = collection;
  const base = `/api/v1/${path}`;
  const pageSchema = page(output);

  app.get(
    base,
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: `${plural}, filtered and paged`,
        querystring: filterQuery(collection.filters),
        headers: ifNoneMatchHeaders,
        response: { 200: pageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, offset, ...filter } = request.query as Record<string, unknown> & {
        limit: number;
        offset: number;
      };
      const result = await collection.list(callerContext(request), filter as never, { limit, offset });
      // A list kept between changes (the catalogue) is the same object until the data changes:
      // its bytes are prepared once (cached-answer.ts). Others are tagged by the records they list.
      if (collection.kept)
        return sendKept(
          request,
          reply,
          pageSchema,
          keptView(result, 'page', () => ({ ...result, limit, offset })),
        );
      if (notModified(request, reply, pageTag(type, result.items, result.total, request.url))) return reply;
      return { ...result, limit, offset };
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: `One ${type}`,
        params: idParams,
        headers: ifNoneMatchHeaders,
        response: { 200: output, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await collection.get(callerContext(request), request.params.id);
      if (notModified(request, reply, recordTag(type, view))) return reply;
      return view;
    },
  );

  app.post(
    base,
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: `Record a ${type}`,
        body: collection.input,
        response: { 201: output, ...writeResponses },
      },
    },
    async (request, reply) => {
      const view = await collection.create(callerContext(request), request.body as never);
      reply.header('etag', recordTag(type, view)).header('location', `${base}/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: `Change a ${type}; refused with 409 if it changed since \`version\` (412 with If-Match)`,
        params: idParams,
        headers: ifMatchHeaders,
        body: collection.patch.extend({ version: versionField }),
        response: { 200: output, ...writeResponses },
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const { id } = request.params;
      const body = request.body as Record<string, unknown> & { version?: number };
      const version = await baseVersion(request, body.version, async () => {
        const now = await collection.get(ctx, id);
        return { version: now.version, tag: recordTag(type, now) };
      });
      const view = await collection.update(ctx, id, { ...body, version } as never);
      reply.header('etag', recordTag(type, view));
      return view;
    },
  );
}

export function recordRoutes(app: Api): void {
  for (const collection of collections) collectionRoutes(app, collection);
}
