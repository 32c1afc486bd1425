import path from 'node:path';
import type { Command } from 'commander';
import { ingestArticle } from '../../app/review/ingest-article.ts';
import {
  acceptCandidate,
  getCandidate,
  listCandidates,
  mergeCandidate,
  rejectCandidate,
  type CandidateView,
} from '../../app/review/review-candidates.ts';
import { AppError } from '../../domain/errors.ts';
import type { Json } from '../../domain/json.ts';
import type { Conflict } from '../../app/review/candidate-matching.ts';
import { readAppOrServer, withApp } from '../app.ts';
import { queueOptionHelp, queueWork } from '../queue.ts';
import { listArticles, readArticleText } from './extract.ts';
import { calendarDate, oneOf } from '../arguments.ts';
import { formatTable, print, toJson } from '../output.ts';

const candidatePath = (id: string) => `/api/v1/review/${encodeURIComponent(id)}`;

function summary(c: Json<CandidateView>) {
  const f = c.fact;
  const money = f.money ? `${f.money.amount ?? '?'} ${f.money.currency ?? ''}`.trim() : '';
  return {
    id: c.id,
    status: c.status,
    type: f.type,
    donor: f.donor,
    item: f.item ?? f.category,
    quantity: f.quantity?.value ?? null,
    money,
    merge: c.proposed_merge,
    conflict: c.conflicts.length ? 'yes' : '',
  };
}

export function registerReview(program: Command): void {
  program
    .command('ingest')
    .description('Store articles as sources and queue their extracted facts for review')
    .argument('<paths...>', 'article files (txt, md, html) or folders of them')
    .option('--published <date>', 'publication date YYYY-MM-DD (resolves relative dates)', calendarDate)
    .option('--url <url>', 'where the article was published (one article only)')
    .option('--lang <lang>', 'auto, fr, en or de', 'auto')
    .option('--json', 'machine-readable output')
    .option('--queue', `${queueOptionHelp.queue}; one job per article`)
    .option('--wait', queueOptionHelp.wait)
    .option('--key <key>', queueOptionHelp.key)
    .action(async (paths: string[], options, command: Command) => {
      const files = await listArticles(paths);
      if (options.url && files.length > 1)
        throw new AppError('invalid_input', '--url names one article; give one file');
      await withApp(command, async (ctx, config) => {
        if (options.queue) {
          const submissions = [];
          for (const file of files)
            submissions.push({
              kind: 'ingest-article' as const,
              payload: {
                text: await readArticleText(file),
                url: options.url ?? null,
                title: path.basename(file),
                published: options.published ?? null,
                lang: options.lang,
              },
            });
          return void (await queueWork(ctx, config, submissions, options));
        }
        const results = [];
        for (const file of files) {
          const text = await readArticleText(file);
          const result = await ingestArticle(ctx, {
            text,
            url: options.url ?? null,
            title: path.basename(file),
            published: options.published ?? null,
            lang: options.lang,
          });
          results.push({ file, ...result });
        }
        if (options.json) return print(toJson(results));
        for (const r of results) {
          print(
            `${r.file}: source ${r.source_id}${r.recognised ? ' (already ingested)' : ''}, ${r.candidates.length} candidate(s)`,
          );
        }
      });
    });

  const review = program
    .command('review')
    .description('The review queue of extracted facts: list, show, accept, merge, reject');

  review
    .command('list')
    .description('Candidate claims, newest first')
    .option(
      '--status <status>',
      'pending (default), accepted, merged, rejected or all',
      oneOf(['pending', 'accepted', 'merged', 'rejected', 'all'] as const),
      'pending',
    )
    .option('--source <id>', 'of one source')
    .option('--json', 'machine-readable output')
    .action(async (options, command: Command) => {
      const query = { status: options.status === 'all' ? undefined : options.status, source: options.source };
      const { items } = await readAppOrServer(command, { path: '/api/v1/review', query }, async (ctx) => ({
        items: await listCandidates(ctx, query),
      }));
      if (options.json) return print(toJson(items));
      print(items.length ? formatTable(items.map(summary)) : 'the queue is empty');
    });

  review
    .command('show')
    .description('One candidate with the words that support it')
    .argument('<id>')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const c = await readAppOrServer(command, { path: candidatePath(id) }, (ctx) => getCandidate(ctx, id));
      if (options.json) return print(toJson(c));
      print(formatTable([summary(c)]));
      print(`\nevidence: «${c.evidence_text ?? '(source text not stored)'}»`);
      if (c.proposed_merge)
        print(
          `seems to repeat commitment ${c.proposed_merge}: ramstein review merge ${c.id} ${c.proposed_merge}`,
        );
      for (const conflict of c.conflicts as Conflict[]) {
        print(
          `conflict: ${conflict.record} records ${conflict.field} ${conflict.recorded}, the article says ${conflict.extracted}`,
        );
      }
    });

  review
    .command('accept')
    .description('Accept a candidate as a new ledger record; --set overrides extracted fields')
    .argument('<id>')
    .option('--set <json>', 'JSON object of fields to set, e.g. \'{"recipient":"UA"}\'')
    .action(async (id: string, options: { set?: string }, command: Command) => {
      let edits: Record<string, unknown> = {};
      if (options.set) {
        try {
          edits = JSON.parse(options.set) as Record<string, unknown>;
        } catch {
          throw new AppError('invalid_input', '--set must be a JSON object');
        }
      }
      const c = await readAppOrServer(
        command,
        { method: 'POST', path: `${candidatePath(id)}/accept`, body: { edits } },
        (ctx) => acceptCandidate(ctx, id, edits),
      );
      print(`${c.id} accepted as ${c.result}`);
    });

  review
    .command('merge')
    .description('Add a candidate as evidence to an existing commitment')
    .argument('<id>')
    .argument('<commitment>')
    .action(async (id: string, commitment: string, _options, command: Command) => {
      const c = await readAppOrServer(
        command,
        { method: 'POST', path: `${candidatePath(id)}/merge`, body: { commitment } },
        (ctx) => mergeCandidate(ctx, id, commitment),
      );
      print(`${c.id} merged into ${c.result}`);
    });

  review
    .command('reject')
    .description('Reject a candidate')
    .argument('<id>')
    .option('--reason <text>', 'why')
    .action(async (id: string, options: { reason?: string }, command: Command) => {
      const reason = options.reason ?? null;
      const c = await readAppOrServer(
        command,
        { method: 'POST', path: `${candidatePath(id)}/reject`, body: { reason } },
        (ctx) => rejectCandidate(ctx, id, reason),
      );
      print(`${c.id} rejected`);
    });
}
