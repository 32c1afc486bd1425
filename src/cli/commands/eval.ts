/**
 * `ramstein eval DIR`: scores the extractor on a folder of articles with a gold.jsonl (one line
 * per document: doc, published, lang, facts). Matching rules: src/extract/eval/match.ts and
 * docs/extraction.md.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { extract } from '../../extract/extract.ts';
import type { GoldFact } from '../../extract/eval/match.ts';
import { formatScores, scoreDocuments, type Scores } from '../../extract/eval/score.ts';
import type { Lang } from '../../extract/types.ts';
import { formatOf, readArticleText } from './extract.ts';

interface GoldDocument {
  doc: string;
  published?: string | null;
  lang?: Lang;
  facts: GoldFact[];
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the extractor against DIR/gold.jsonl: precision, recall and F1 per fact type and field',
    )
    .argument('<dir>', 'folder holding the articles and gold.jsonl')
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string, options: { json?: boolean }) => {
      const scores = await evaluateFolder(dir);
      process.stdout.write(
        options.json ? `${JSON.stringify(scores, null, 2)}\n` : `${formatScores(scores)}\n`,
      );
    });
}

export async function evaluateFolder(dir: string): Promise<Scores> {
  const goldPath = join(dir, 'gold.jsonl');
  const raw = await readFile(goldPath, 'utf8').catch(() => {
    throw new AppError('invalid_input', `cannot read ${goldPath}`);
  });
  const docs = raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, n) => parseGoldLine(line, n + 1, goldPath));
  const scored = [];
  for (const gold of docs) {
    const path = join(dir, gold.doc);
    const text = await readArticleText(path).catch((e: unknown) => {
      throw e instanceof AppError
        ? e
        : new AppError('invalid_input', `cannot read ${path}, named in ${goldPath}`);
    });
    const predicted = extract(text, {
      doc: gold.doc,
      published: gold.published ?? null,
      format: formatOf(path),
    });
    scored.push({ gold: gold.facts, predicted });
  }
  return scoreDocuments(scored);
}

function parseGoldLine(line: string, n: number, path: string): GoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new AppError('invalid_input', `${path}:${n}: not JSON`);
  }
  const doc = value as GoldDocument;
  if (typeof doc?.doc !== 'string' || !Array.isArray(doc.facts)) {
    throw new AppError('invalid_input', `${path}:${n}: each line needs "doc" (string) and "facts" (array)`);
  }
  return doc;
}
