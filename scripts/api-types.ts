/**
 * Writes the API's OpenAPI document (--openapi FILE) and the web application's API types
 * (web/src/api/schema.d.ts) from the routes, without starting a server.
 *
 * npx tsx scripts/api-types.ts [--openapi FILE]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { apiDocument, schemaTypes, schemaTypesFile } from '../src/http/openapi/document.ts';

const { values } = parseArgs({ options: { openapi: { type: 'string' } } });
const document = await apiDocument();
if (values.openapi) await writeFile(values.openapi, `${JSON.stringify(document, null, 2)}\n`);
await writeFile(schemaTypesFile, await schemaTypes(document));
