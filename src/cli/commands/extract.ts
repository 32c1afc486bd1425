/**
 * `ramstein extract`: proposes facts found in articles, as JSON Lines (DESIGN §6.1) or a table.
 * Files are read as UTF-8 (invalid bytes become U+FFFD, as `fs.readFileSync(path, 'utf8')` does),
 * so evidence offsets are JavaScript string offsets into that text.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { extract } from '../../extract/extract.ts';
import { formatTable } from '../../extract/render/table.ts';
import type { ExtractOptions, Fact, Lang } from '../../extract/types.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const MAX_BYTES = 64 * 1024 * 1024;

export interface ExtractCommandOptions {
  published?: string;
  lang?: string;
  format?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'propose commitments, totals, meetings, targets and deadlines found in articles (txt, md, html)',
    )
    .argument('<paths...>', 'article files, or folders of articles')
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD, to resolve "lundi", "last month", "in 50 days"',
    )
    .option('--lang <lang>', 'auto, fr, en or de', 'auto')
    .option('--format <format>', 'jsonl or table', 'jsonl')
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      // A reader that stops early (`| head`) is not an error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(0);
        throw e;
      });
      await runExtract(paths, options, (chunk) => process.stdout.write(chunk));
    });
}

export function validateOptions(options: ExtractCommandOptions): {
  published: string | null;
  lang: Lang | 'auto';
  format: 'jsonl' | 'table';
} {
  const { published = null, lang = 'auto', format = 'jsonl' } = options;
  if (published !== null && !isIsoDate(published)) {
    throw new AppError('invalid_input', `--published must be a date YYYY-MM-DD, not "${published}"`);
  }
  if (!['auto', 'fr', 'en', 'de'].includes(lang))
    throw new AppError('invalid_input', `--lang must be auto, fr, en or de, not "${lang}"`);
  if (format !== 'jsonl' && format !== 'table')
    throw new AppError('invalid_input', `--format must be jsonl or table, not "${format}"`);
  return { published, lang: lang as Lang | 'auto', format };
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export async function runExtract(
  paths: string[],
  options: ExtractCommandOptions,
  write: (chunk: string) => void,
): Promise<void> {
  const { published, lang, format } = validateOptions(options);
  for (const path of await listArticles(paths)) {
    const text = await readArticleText(path);
    const facts = extract(text, { doc: path, published, lang, format: formatOf(path) });
    write(format === 'table' ? formatTable(facts, () => text) : toJsonLines(facts));
  }
}

export const toJsonLines = (facts: readonly Fact[]) => facts.map((f) => `${JSON.stringify(f)}\n`).join('');

export function formatOf(path: string): ExtractOptions['format'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return ext === '.txt' ? 'text' : 'auto';
}

/** Files as given, folders as the articles they hold (sorted, not recursive). */
export async function listArticles(paths: string[]): Promise<string[]> {
  if (paths.length === 0) throw new AppError('invalid_input', 'give at least one article or folder');
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new AppError('invalid_input', `cannot read ${path}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(path))
        .filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()))
        .sort();
      out.push(...names.map((n) => join(path, n)));
    } else out.push(path);
  }
  return out;
}

export async function readArticleText(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `${path} is ${Math.round(info.size / 1048576)} MB: articles over ${MAX_BYTES / 1048576} MB are refused`,
    );
  }
  return (await readFile(path)).toString('utf8');
}
