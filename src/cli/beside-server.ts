/**
 * How each command runs while `ramstein serve` holds the embedded data folder (or `--server` names
 * a server): the one list the commands, the `--server` check and the tests read.
 * - `api`: through the server's API, with the output it has on the folder itself;
 * - `folder`: it operates the folder or the installation itself, and is refused, naming the server;
 * - `none`: it reads no database.
 */
import type { Command } from 'commander';
import { commandPath } from './permissions.ts';

export type BesideServer = 'api' | 'folder' | 'none';

export const besideServer: Record<string, BesideServer> = {
  // It is the server: it holds the folder.
  serve: 'folder',
  // It runs the jobs of a PostgreSQL queue, on the database itself.
  worker: 'folder',
  // The database itself: its schema, a copy of it, a restore over it, its state.
  'db migrate': 'folder',
  'db dump': 'folder',
  'db restore': 'folder',
  'db status': 'folder',
  'jobs list': 'api',
  'jobs show': 'api',
  'jobs retry': 'api',
  'fx convert': 'api',
  'fx rates': 'api',
  // Reads the ECB's files and writes the rates in one transaction; the API has no route for it.
  'fx import': 'folder',
  'fx status': 'api',
  parties: 'api',
  import: 'api',
  'commitment list': 'api',
  'commitment show': 'api',
  'commitment add': 'api',
  'commitment event': 'api',
  'commitment declare-value': 'api',
  'package list': 'api',
  'package show': 'api',
  'meeting list': 'api',
  'meeting show': 'api',
  'meeting ics': 'api',
  'meeting next': 'api',
  'meeting page': 'api',
  'meeting record': 'api',
  'claim list': 'api',
  'claim show': 'api',
  'equipment list': 'api',
  'equipment show': 'api',
  'target list': 'api',
  'target show': 'api',
  // Publishes an audit checkpoint signed with the folder's key beside each export, and counts no route gives.
  export: 'folder',
  'report fair-share': 'api',
  'report follow-through': 'api',
  'report burden': 'api',
  'report claims': 'api',
  'report targets': 'api',
  'report pipeline': 'api',
  'report coverage': 'api',
  'user add': 'api',
  'user list': 'api',
  'user disable': 'api',
  'user set-role': 'api',
  'token create': 'api',
  'token list': 'api',
  'token revoke': 'api',
  'audit verify': 'api',
  // Appends a checkpoint signed with the data folder's key to a file outside the database.
  'audit checkpoint': 'folder',
  'audit revert': 'api',
  'audit log': 'api',
  extract: 'none',
  eval: 'none',
  // Reads folders of articles and may queue them as jobs; its route takes one article at a time.
  ingest: 'folder',
  'review list': 'api',
  'review show': 'api',
  'review accept': 'api',
  'review merge': 'api',
  'review reject': 'api',
  'requirements list': 'api',
  'requirements export': 'api',
  'requirements import': 'api',
  'requirements diff': 'api',
  'requirements link': 'api',
  timeline: 'api',
  'people list': 'api',
  'people check': 'api',
  brief: 'api',
  // Reads a release folder from disk; its route takes one upload the command does not send.
  'editions import': 'folder',
  'editions list': 'api',
  'editions show': 'api',
  'editions diff': 'api',
  'editions reconcile': 'api',
};

export const besideServerOf = (command: Command): BesideServer | undefined =>
  besideServer[commandPath(command)];
