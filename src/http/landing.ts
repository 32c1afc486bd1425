/**
 * The landing overview with its answers in the page: for an anonymous caller, `/` is index.html
 * with the JSON of every address it preloads (the overview's reports, the latest announcements,
 * the Kiel comparison, the data's date, the catalogue, the parties, the signed-in check) written
 * into a `<script type="application/json">` block, so that the application renders the overview
 * without asking the API for anything. Only for anonymous callers: the answers are those of a
 * GET by a caller without a session or token (made through the server's own routes, so with the
 * same visibility), and a signed-in caller is sent index.html as it is.
 *
 * The answers are kept for one data version and one day. Whenever `/` finds them out of date (or
 * missing) it sends index.html as it is, and they are made again in the background, each read
 * when the server is idle. They are also written into the embedded database's folder, so that
 * after a restart the first visit finds them ready if the data did not change meanwhile, without
 * waiting for any report to be computed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { warmPublicReports } from '../app/reports/warm-reports.ts';
import { dataVersion } from '../store/repositories/runtime-state.ts';
import type { WhenIdle } from './idle.ts';
import { notModified } from './etag.ts';

export const LANDING_FILE = 'ramstein-landing.json';

/** The id of the block the web application reads its answers from (web/src/main.tsx). */
export const ANSWERS_ID = 'landing-answers';

/** Addresses preloaded as fetches in index.html, in order, `&amp;` decoded. */
const PRELOAD = /<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"[^>]*>[ \t]*\n?/g;

export function preloadedAddresses(html: string): string[] {
  return [...html.matchAll(PRELOAD)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

interface Answers {
  version: string;
  day: string;
  /** The JSON of each address, as the API sent it. */
  answers: Record<string, string>;
}

interface Page {
  version: string;
  day: string;
  /** index.html's modification time when the page was made from it. */
  built: number;
  html: Buffer;
  tag: string;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

/**
 * index.html with the answers in a JSON block before its first script and without the preloads
 * they stand for; null when it has none of them. Every `<` is written `\u003c`,
 * so no text of the data can close the block.
 */
export function inlineAnswers(html: string, answers: Record<string, string>): string | null {
  const addresses = preloadedAddresses(html).filter((address) => answers[address] !== undefined);
  if (!addresses.length) return null;
  const json = `{${addresses.map((a) => `${JSON.stringify(a)}:${answers[a]}`).join(',')}}`.replaceAll(
    '<',
    '\\u003c',
  );
  const block = `<script type="application/json" id="${ANSWERS_ID}">${json}</script>\n    `;
  // An address without an answer (none to give, as the latest Kiel comparison before any release
  // is imported) stays preloaded.
  const withoutPreloads = html.replace(PRELOAD, (link: string, href: string) =>
    answers[href.replaceAll('&amp;', '&')] === undefined ? link : '',
  );
  const script = withoutPreloads.indexOf('<script');
  if (script < 0) return null;
  return withoutPreloads.slice(0, script) + block + withoutPreloads.slice(script);
}

/** The page in an encoding, made once per page. */
function encoded(page: Page, encoding: 'br' | 'gzip'): Buffer {
  return (page.encoded[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(page.html, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: 6,
            [constants.BROTLI_PARAM_SIZE_HINT]: page.html.length,
          },
        })
      : gzipSync(page.html, { level: 6 }));
}

export interface Landing {
  /**
   * Sends `/` with the answers in it when the caller is anonymous and they are up to date;
   * false when it sent nothing (the caller gets index.html as it is), and then makes them again
   * in the background.
   */
  send(request: FastifyRequest, reply: FastifyReply, anonymous: boolean): Promise<boolean>;
  /**
   * Makes the page from the answers kept from the last run if they are still current, otherwise
   * makes the answers: each step when `idle` says so.
   */
  refresh(idle: WhenIdle): Promise<void>;
}

export function landingPage(
  app: FastifyInstance,
  options: { indexFile: string; folder: string | null },
): Landing {
  const { ctx } = app;
  const file = options.folder ? join(options.folder, LANDING_FILE) : null;
  let kept: Answers | null = null;
  let page: Page | null = null;
  let making: Promise<void> | null = null;
  // Set by the first `refresh` (the running server's): until then nothing is made in the background.
  let idle: WhenIdle | null = null;

  const today = () => ctx.clock.now().toISOString().slice(0, 10);
  const current = async () => ({ version: String(await dataVersion.current(ctx.db)), day: today() });
  const modified = () => {
    try {
      return statSync(options.indexFile).mtimeMs;
    } catch {
      return -1;
    }
  };

  if (file) {
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as Answers;
      if (typeof read.version === 'string' && typeof read.day === 'string' && read.answers) kept = read;
    } catch {
      // None yet, or unreadable: made again after the start.
    }
  }

  /** The page for the current version, day and index.html, made from the kept answers if need be. */
  function pageFor(version: string, day: string): Page | null {
    const built = modified();
    if (page && page.version === version && page.day === day && page.built === built) return page;
    page = null;
    if (!kept || kept.version !== version || kept.day !== day || built < 0) return null;
    const html = inlineAnswers(readFileSync(options.indexFile, 'utf8'), kept.answers);
    if (html === null) return null;
    const bytes = Buffer.from(html);
    const tag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
    return (page = { version, day, built, html: bytes, tag, encoded: {} });
  }

  async function make(idle: WhenIdle): Promise<void> {
    // Nothing before the first quiet moment, so that a start answers its first probes at once.
    if (!(await idle())) return;
    // Kept from the last run and still current: the page is made and compressed, ready for the
    // first visit (one that comes sooner has it made for itself).
    const now = await current();
    const ready = pageFor(now.version, now.day);
    if (ready) {
      encoded(ready, 'br');
      encoded(ready, 'gzip');
      return;
    }
    if (!(await idle())) return;
    const at = await current();
    if (kept?.version === at.version && kept.day === at.day) return;
    // The reports first, each when the server is idle; then their answers as the API sends them.
    await warmPublicReports(ctx, idle);
    if (!(await idle())) return;
    const answers: Record<string, string> = {};
    for (const address of preloadedAddresses(readFileSync(options.indexFile, 'utf8'))) {
      // A caller without a session or token: the public's answer.
      const answer = await app.inject({
        method: 'GET',
        url: address,
        headers: { accept: 'application/json' },
      });
      if (answer.statusCode === 200) answers[address] = answer.body;
      // None to give (no Kiel release imported yet): left to the page. Any other failure (the
      // server closing or too busy) makes none, rather than a page missing an answer for a day.
      else if (answer.statusCode !== 404) return;
    }
    const after = await current();
    // A change while they were read: they would not all be of one version.
    if (after.version !== at.version || after.day !== at.day) return;
    kept = { ...at, answers };
    page = null;
    if (file) {
      const temporary = `${file}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify(kept), { mode: 0o600 });
      renameSync(temporary, file);
    }
  }

  const refresh = (when: WhenIdle): Promise<void> => {
    idle = when;
    return (making ??= make(when)
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'landing page answers not made'))
      .finally(() => (making = null)));
  };

  return {
    refresh,
    async send(request, reply, anonymous) {
      if (!anonymous) return false;
      const at = await current();
      const ready = pageFor(at.version, at.day);
      if (!ready) {
        if (idle) void refresh(idle);
        return false;
      }
      // Only an anonymous caller gets this page: no shared cache keeps it, and it varies by caller.
      reply.header('cache-control', 'private, no-cache');
      reply.header('vary', 'accept-encoding, cookie, authorization');
      if (notModified(request, reply, ready.tag)) return true;
      reply.type('text/html; charset=utf-8');
      const accepted = request.headers['accept-encoding'];
      const encoding = accepted
        ? (negotiate(String(accepted), ['br', 'gzip']) as 'br' | 'gzip' | null)
        : null;
      if (!encoding) {
        reply.send(ready.html);
        return true;
      }
      reply.header('content-encoding', encoding).send(encoded(ready, encoding));
      return true;
    },
  };
}
