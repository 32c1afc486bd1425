/**
 * /api/v1/packages, /meetings, /claims, /equipment, /targets: the same four routes for every
 * record kind, generated from its schemas and its list filters.
 */
import { z } from 'zod';
import { claimKind } from '../../app/claims/claim.record.ts';
import { equipmentKind } from '../../app/equipment/equipment.record.ts';
import { meetingKind } from '../../app/meetings/meeting.record.ts';
import { packageKind } from '../../app/packages/package.record.ts';
import type { RecordKind } from '../../app/records/record-kind.ts';
import {
  createRecord,
  getRecord,
  listRecords,
  recordFilterNames,
  updateRecord,
} from '../../app/records/records.ts';
import { targetKind } from '../../app/targets/target.record.ts';
import { notModified, pageTag, recordTag } from '../etag.ts';
import { errorResponses, isoDate, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import {
  baseVersion,
  callerContext,
  idParams,
  ifMatchHeaders,
  ifNoneMatchHeaders,
  versionField,
  writeResponses,
} from './ledger-common.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = RecordKind<any, { id: string; version: number }>;

interface Collection {
  path: string;
  kind: AnyKind;
  plural: string;
}

export const collections: Collection[] = [
  { path: 'packages', kind: packageKind as AnyKind, plural: 'Pooled packages (PURL) with their funders' },
  { path: 'meetings', kind: meetingKind as AnyKind, plural: 'Meetings: contact-group sessions, summits…' },
  { path: 'claims', kind: claimKind as AnyKind, plural: 'Claims: reported figures with their sources' },
  { path: 'equipment', kind: equipmentKind as AnyKind, plural: 'Equipment types of the catalogue' },
  { path: 'targets', kind: targetKind as AnyKind, plural: 'Defence-spending targets' },
];

const partyFilters = new Set(['party', 'funder', 'origin']);

function filterQuery(kind: AnyKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const name of recordFilterNames(kind)) {
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

function collectionRoutes(app: Api, { path, kind, plural }: Collection): void {
  const base = `/api/v1/${path}`;
  const output = kind.output as z.ZodType<{ id: string; version: number }>;

  app.get(
    base,
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: `${plural}, filtered and paged`,
        querystring: filterQuery(kind),
        headers: ifNoneMatchHeaders,
        response: { 200: page(output), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, offset, ...filter } = request.query as Record<string, unknown> & {
        limit: number;
        offset: number;
      };
      const result = await listRecords(callerContext(request), kind, filter, { limit, offset });
      if (notModified(request, reply, pageTag(kind.type, result.items, result.total, request.url)))
        return reply;
      return { ...result, limit, offset };
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: `One ${kind.type}`,
        params: idParams,
        headers: ifNoneMatchHeaders,
        response: { 200: output, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await getRecord(callerContext(request), kind, request.params.id);
      if (notModified(request, reply, recordTag(kind.type, view))) return reply;
      return view;
    },
  );

  app.post(
    base,
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: `Record a ${kind.type}`,
        body: kind.input,
        response: { 201: output, ...writeResponses },
      },
    },
    async (request, reply) => {
      const view = await createRecord(callerContext(request), kind, request.body as never);
      reply.header('etag', recordTag(kind.type, view)).header('location', `${base}/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: `Change a ${kind.type}; refused with 409 if it changed since \`version\` (412 with If-Match)`,
        params: idParams,
        headers: ifMatchHeaders,
        body: (kind.patch as unknown as z.ZodObject).extend({ version: versionField }),
        response: { 200: output, ...writeResponses },
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const { id } = request.params;
      const body = request.body as Record<string, unknown> & { version?: number };
      const version = await baseVersion(request, body.version, async () => {
        const now = await getRecord(ctx, kind, id);
        return { version: now.version, tag: recordTag(kind.type, now) };
      });
      const view = await updateRecord(ctx, kind, id, { ...body, version } as never);
      reply.header('etag', recordTag(kind.type, view));
      return view;
    },
  );
}

export function recordRoutes(app: Api): void {
  for (const collection of collections) collectionRoutes(app, collection);
}
