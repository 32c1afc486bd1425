import type { Command } from 'commander';
import { listAuditEvents } from '../../app/audit/list-audit-events.ts';
import { revertChange } from '../../app/audit/revert-change.ts';
import { checkpointAuditTrail } from '../../app/audit/checkpoint-audit-trail.ts';
import { verifyAuditTrail } from '../../app/audit/verify-audit-trail.ts';
import type { AppContext } from '../../app/context.ts';
import type { Config } from '../../config/config.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { fileAnchor } from '../../store/audit-checkpoints.ts';
import { AppError } from '../../domain/errors.ts';
import { atMost, calendarDate } from '../arguments.ts';
import { readAppOrServer, withApp, withAppOrServer } from '../app.ts';
import { commandConfig } from '../command-config.ts';
import { serverLink } from '../server-link.ts';
import { formatTable, print, toJson } from '../output.ts';

/** Checkpoints and their key live outside the database: in the data folder, or where given. */
export const anchorOf = (config: Config, file?: string) =>
  fileAnchor({ dataDir: config.dataDir, file, envKey: config.auditKey });

/**
 * Exports and dumps publish a checkpoint too, so that every copy of the ledger that leaves the
 * machine is matched by the trail's last event and hash outside the database: `audit verify` then
 * notices a trail cut short after it. The checkpoint is the operator's, whoever the export was for.
 * A trail that does not verify gets no checkpoint; the export is kept, and the reason told.
 */
export async function checkpointWith(ctx: AppContext, config: Config, what: string): Promise<void> {
  const anchor = anchorOf(config);
  try {
    const checkpoint = await checkpointAuditTrail({ ...ctx, actor: systemActor }, anchor);
    print(`checkpoint of audit event ${checkpoint.seq} appended to ${anchor.file}`);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
    process.stderr.write(`warning: ${what} written, but ${error.message}\n`);
  }
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The audit trail: verify its hash chain, read it');

  audit
    .command('verify')
    .description('Check the hash chain of the audit trail; names the first broken link')
    .option(
      '--checkpoints <file>',
      'the checkpoints file (default: audit-checkpoints.jsonl in the data folder)',
    )
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean; checkpoints?: string }, command: Command) => {
      if (options.checkpoints && serverLink(command, commandConfig(command)))
        throw new AppError(
          'bad_request',
          '--checkpoints is read from the data folder: a running server compares with its own checkpoints',
        );
      const result = await withAppOrServer(command, { path: '/api/v1/audit/verify' }, (ctx, config) =>
        verifyAuditTrail(ctx, anchorOf(config, options.checkpoints)),
      );
      if (options.json) print(toJson(result));
      else if (result.ok)
        print(
          `audit trail intact: ${result.checked} events, last hash ${result.lastHash.slice(0, 16)}…` +
            (result.checkpoint
              ? `; matches the checkpoint of ${result.checkpoint.at} (event ${result.checkpoint.seq})`
              : '; no checkpoint published yet (ramstein audit checkpoint)'),
        );
      if (result.broken) {
        throw new AppError(
          'conflict',
          `audit trail broken at event ${result.broken.seq}: ${result.broken.reason} (${result.checked} events before it are intact)`,
        );
      }
      if (!result.ok) {
        const named = result.unaudited.map((u) => `${u.record_type} ${u.record_id}: ${u.reason}`);
        if (result.unaudited_elsewhere) named.push(`${result.unaudited_elsewhere} record(s) you may not see`);
        throw new AppError(
          'conflict',
          `ledger rows changed without an audit event (the trail itself is intact): ${named.join('; ')}`,
        );
      }
    });

  audit
    .command('checkpoint')
    .description(
      'Publish a signed checkpoint (last event and its hash) outside the database, for verify to compare with',
    )
    .option('--file <file>', 'the checkpoints file (default: audit-checkpoints.jsonl in the data folder)')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean; file?: string }, command: Command) => {
      await withApp(command, async (ctx, config) => {
        const anchor = anchorOf(config, options.file);
        const checkpoint = await checkpointAuditTrail(ctx, anchor);
        if (options.json) print(toJson(checkpoint));
        else
          print(
            `checkpoint of event ${checkpoint.seq} (${checkpoint.hash.slice(0, 16)}…) appended to ${anchor.file}`,
          );
      });
    });

  audit
    .command('revert')
    .description('Reverse one recorded change as a new change (an update, or a pipeline event)')
    .argument('<seq>', 'the event number shown by audit log')
    .action(async (seq: string, _options, command: Command) => {
      if (!/^\d+$/.test(seq)) throw new AppError('invalid_input', `"${seq}" is not an event number`);
      const result = await readAppOrServer(
        command,
        { method: 'POST', path: `/api/v1/audit/${seq}/revert` },
        (ctx) => revertChange(ctx, BigInt(seq)),
      );
      print(`event ${result.reverted} on ${result.record} reverted: ${result.how}`);
    });

  audit
    .command('log')
    .description('Show audit events, newest first, filtered by record, actor and time')
    .option('--record <type:id>', 'e.g. commitment:de-gepard-2022-04')
    .option('--actor <name>', 'user, token:<id> or system')
    .option('--from <date>', 'first day', calendarDate)
    .option('--to <date>', 'last day', calendarDate)
    .option('--limit <n>', 'events to show, up to 1000', atMost(1000), 50)
    .option('--json', 'machine-readable output')
    .action(async (options, command: Command) => {
      const [recordType, recordId] = options.record ? String(options.record).split(':') : [];
      const query = {
        record_type: recordType,
        record_id: recordId,
        actor: options.actor,
        from: options.from,
        to: options.to,
        limit: options.limit,
      };
      const { items, total } = await readAppOrServer(command, { path: '/api/v1/audit', query }, (ctx) =>
        listAuditEvents(ctx, {
          recordType,
          recordId,
          actor: options.actor,
          from: options.from,
          to: options.to,
          limit: options.limit,
          offset: 0,
        }),
      );
      if (options.json) return print(toJson(items));
      print(
        formatTable(
          items.map((e) => ({
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            action: e.action,
            record: `${e.record_type}:${e.record_id}`,
          })),
        ),
      );
      print(`${items.length} of ${total} events`);
    });
}
