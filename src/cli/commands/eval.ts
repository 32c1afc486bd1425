/**
 * `ramstein eval DIR`: scores the extractor on a folder of articles with a gold.jsonl (one line
 * per document: doc, published, lang, facts). Matching rules: src/extract/eval/match.ts and
 * docs/extraction.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { extract } from '../../extract/extract.ts';
import type { GoldFact } from '../../extract/eval/match.ts';
import { formatScores, scoreDocuments, type Scores } from '../../extract/eval/score.ts';
import { heldOutDocuments } from '../../extract/eval/split.ts';
import type { Lang } from '../../extract/types.ts';
import { detectLanguage } from '../../extract/language.ts';
import type { Fact } from '../../extract/types.ts';
import { formatOf, readArticleText } from './extract.ts';

/** Where `npm run eval` looks when no folder is given: the shared development corpus beside the clone. */
const DEFAULT_DIR = '../shared/corpus/dev';

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
    .argument('[dir]', 'folder holding the articles and gold.jsonl', DEFAULT_DIR)
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string, options: { json?: boolean }) => {
      const evaluation = await evaluateFolder(dir);
      const reference = referenceScores(dir, evaluation);
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ ...evaluation, reference }, null, 2)}\n`
          : `${formatEvaluation(evaluation, reference)}\n`,
      );
    });
}

export interface LanguageScores {
  documents: number;
  scores: Scores;
  strict: Scores;
}

export interface Evaluation {
  /** All documents, lenient pairing (overlapping evidence suffices). */
  scores: Scores;
  /** All documents, strict pairing (donor, item, quantity, amount, kind must agree). */
  strict: Scores;
  byLanguage: Partial<Record<Lang, LanguageScores>>;
  /** The predictions, per document, for the reference scorer. */
  predictions: Array<{ gold: GoldDocument; lang: Lang; facts: Fact[] }>;
  /** Documents kept out of tuning (src/extract/eval/split.ts). */
  heldOut: string[];
}

export async function evaluateFolder(dir: string): Promise<Evaluation> {
  const goldPath = join(dir, 'gold.jsonl');
  const raw = await readFile(goldPath, 'utf8').catch(() => {
    throw new AppError('invalid_input', `cannot read ${goldPath}`);
  });
  const docs = raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, n) => parseGoldLine(line, n + 1, goldPath));
  const predictions: Evaluation['predictions'] = [];
  for (const gold of docs) {
    const path = join(dir, gold.doc);
    const text = await readArticleText(path).catch((e: unknown) => {
      throw e instanceof AppError
        ? e
        : new AppError('invalid_input', `cannot read ${path}, named in ${goldPath}`);
    });
    const format = formatOf(path);
    const facts = extract(text, { doc: gold.doc, published: gold.published ?? null, format });
    predictions.push({ gold, lang: gold.lang ?? detectLanguage(text), facts });
  }
  const scored = (list: typeof predictions, strict: boolean) =>
    scoreDocuments(
      list.map((p) => ({ gold: p.gold.facts, predicted: p.facts })),
      strict,
    );
  const byLanguage: Evaluation['byLanguage'] = {};
  for (const lang of ['fr', 'en', 'de'] as const) {
    const mine = predictions.filter((p) => p.lang === lang);
    if (mine.length > 0)
      byLanguage[lang] = { documents: mine.length, scores: scored(mine, false), strict: scored(mine, true) };
  }
  const heldOut = heldOutDocuments(predictions.map((p) => ({ doc: p.gold.doc, lang: p.lang })));
  return {
    scores: scored(predictions, false),
    strict: scored(predictions, true),
    byLanguage,
    predictions,
    heldOut: [...heldOut].sort(),
  };
}

export type ReferenceResult = { byType: Record<string, { f1: number }>; all: { f1: number } };

/** The reference scorer's figures for one language: all its documents, the tuning part, the held-out part. */
export interface ReferenceByPart {
  all: ReferenceResult;
  tune: ReferenceResult;
  heldOut: ReferenceResult;
}

/**
 * The corpus's reference scorer (`score.mjs` beside the corpus folder, as in ../shared/corpus),
 * run with --strict per language and per part of the split when it is there; its text stays
 * outside the project.
 */
export function referenceScores(
  dir: string,
  evaluation: Evaluation,
): Partial<Record<Lang, ReferenceByPart>> | null {
  const scorer = resolve(dir, '..', 'score.mjs');
  if (!existsSync(scorer)) return null;
  const work = mkdtempSync(join(tmpdir(), 'ramstein-eval-'));
  const held = new Set(evaluation.heldOut);
  const run = (name: string, mine: Evaluation['predictions']): ReferenceResult => {
    const goldPath = join(work, `${name}-gold.jsonl`);
    const predPath = join(work, `${name}-pred.jsonl`);
    writeFileSync(goldPath, mine.map((p) => `${JSON.stringify(p.gold)}\n`).join(''));
    writeFileSync(predPath, mine.flatMap((p) => p.facts.map((f) => `${JSON.stringify(f)}\n`)).join(''));
    const answer = execFileSync(process.execPath, [scorer, goldPath, predPath, '--strict', '--json'], {
      encoding: 'utf8',
    });
    return JSON.parse(answer) as ReferenceResult;
  };
  try {
    const out: Partial<Record<Lang, ReferenceByPart>> = {};
    for (const lang of Object.keys(evaluation.byLanguage) as Lang[]) {
      const mine = evaluation.predictions.filter((p) => p.lang === lang);
      out[lang] = {
        all: run(lang, mine),
        tune: run(
          `${lang}-tune`,
          mine.filter((p) => !held.has(p.gold.doc)),
        ),
        heldOut: run(
          `${lang}-held`,
          mine.filter((p) => held.has(p.gold.doc)),
        ),
      };
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const TYPES = ['commitment', 'total', 'meeting', 'target', 'deadline'] as const;

function formatEvaluation(e: Evaluation, reference: Partial<Record<Lang, ReferenceByPart>> | null): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    formatScores(e.scores),
    '',
    'strict F1 (donor, item, quantity, amount and meeting kind must agree) by language and fact type',
    `${'lang'.padEnd(6)}${'docs'.padStart(5)}  ${TYPES.map((t) => t.slice(0, 10).padStart(11)).join('')}${'all'.padStart(7)}`,
  ];
  const row = (name: string, docs: number, s: Scores) =>
    `${name.padEnd(6)}${String(docs).padStart(5)}  ${TYPES.map((t) => f(s.types[t].f1).padStart(11)).join('')}${f(s.overall.f1).padStart(7)}`;
  for (const [lang, l] of Object.entries(e.byLanguage)) lines.push(row(lang, l.documents, l.strict));
  lines.push(row('all', e.scores.documents, e.strict));
  if (reference) {
    lines.push(
      '',
      'reference scorer (score.mjs --strict) by language and fact type; tune and held-out parts of the split',
    );
    const refRow = (name: string, r: ReferenceResult) =>
      `${name.padEnd(11)}${TYPES.map((t) => f(r.byType[t]?.f1 ?? 0).padStart(11)).join('')}${f(r.all.f1).padStart(7)}`;
    for (const [lang, r] of Object.entries(reference))
      lines.push(refRow(lang, r.all), refRow(`${lang} tune`, r.tune), refRow(`${lang} held`, r.heldOut));
    lines.push(`held out: ${e.heldOut.join(', ')}`);
  }
  return lines.join('\n');
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
