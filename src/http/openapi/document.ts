/**
 * The API's OpenAPI document, built from the routes without listening on a port or opening a
 * database, and the web application's types generated from it (web/src/api/schema.d.ts).
 */
import openapiTS, { astToString } from 'openapi-typescript';
import type { AppContext } from '../../app/context.ts';
import { buildServer } from '../server.ts';

export async function apiDocument(): Promise<Record<string, unknown>> {
  // Describing the routes reads no data: the server is built around no database at all.
  const app = await buildServer({} as AppContext, { logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

export const schemaTypesFile = new URL('../../../web/src/api/schema.d.ts', import.meta.url);

export async function schemaTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as never, { exportType: true });
  return (
    "/**\n * Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.\n */\n\n" +
    astToString(ast)
  );
}
