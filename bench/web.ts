/**
 * `npm run bench -- web`: how soon the overview is usable, and how much JavaScript it ships.
 * Time to interactive is measured in the browser, from navigation start to the moment every figure
 * of the overview is on screen with its controls (see `interactiveAt`), on localhost with the demo
 * data: the first visit with an empty cache right after the server restarted (it had run on the
 * same data before, long enough to make the landing page's answers), then visits with a warm
 * cache, beside a static file of the same server loaded in the same browser as the baseline of
 * the run; and the first visit right after the very first start on freshly imported data, when
 * nothing has been computed yet (`first_start_visit`). `first_figures` is the earlier, narrower point: the exact total and the donor chart. Sizes: the gzip
 * of every .js file in web/dist, and of the files the overview actually fetches on a first visit.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, launchBrowser } from '../test/e2e/support/browser.ts';
import { preparedDataFolder, root, serve } from '../test/e2e/support/data-folder.ts';
import { median, report } from './support.ts';

const RUNS = 7;
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  performance: { now(): number };
}

/** The charts of the overview, each drawn (an SVG with marks) once its data and the drawing code are there. */
const charts = ['donor-chart', 'monthly-chart', 'pipeline-chart'];

/**
 * Polled in the page on every frame (a function, not a string: the page's CSP forbids eval):
 * the time since navigation start once the user sees and can use the whole overview: the exact
 * totals and the commitment count, the currency and measure controls, the three charts drawn,
 * the Kiel comparison line, the fair-share ranking, the latest announcements and the data's date
 * in the footer, with no loading state left. `false` until then.
 */
function interactiveAt(charts: string[]): number | false {
  // No named inner functions: the runner's transpiler would wrap them in a helper the page lacks.
  const { document, performance } = globalThis as unknown as PageGlobals;
  const count = document.querySelector('[data-testid="total-commitments"]') as { textContent: string } | null;
  const ready =
    !!count &&
    count.textContent !== '…' &&
    [
      '[data-testid="total-committed"]',
      '[data-testid="total-delivered"]',
      'input[name="currency"]',
      'input[name="donor-measure"]',
      ...charts.map((chart) => `[data-testid="${chart}"][data-rendered="true"] svg path`),
      '[data-testid="kiel-comparison"]',
      '[data-testid="fair-share-ranking"]',
      '.announcements li',
      '[data-testid="freshness"]',
    ].every((selector) => !!document.querySelector(selector)) &&
    !document.querySelector('.state-loading');
  return ready ? performance.now() : false;
}

/** The earlier, narrower point: the exact total and a drawn donor chart. */
function firstFiguresAt(): number | false {
  const { document, performance } = globalThis as unknown as PageGlobals;
  const ready =
    !!document.querySelector('[data-testid="total-committed"]') &&
    !!document.querySelector('[data-testid="donor-chart"][data-rendered="true"] svg path');
  return ready ? performance.now() : false;
}

async function shippedJavaScript(): Promise<{ files: number; raw: number; gzip: number; entryGzip: number }> {
  const assets = join(root, 'web/dist/assets');
  const html = await readFile(join(root, 'web/dist/index.html'), 'utf8');
  let files = 0;
  let raw = 0;
  let gzip = 0;
  let entryGzip = 0;
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) {
    const content = await readFile(join(assets, name));
    const zipped = gzipSync(content, { level: 9 }).length;
    files += 1;
    raw += content.length;
    gzip += zipped;
    if (html.includes(name)) entryGzip += zipped;
  }
  return { files, raw, gzip, entryGzip };
}

/** Until the server sends `/` with the overview's answers in it (made after its start); false after a minute. */
async function landingReady(url: string): Promise<boolean> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    if ((await page.text()).includes('id="landing-answers"')) return true;
    // Seldom: the answers are made only while the server has had no request for half a second.
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return false;
}

/** The first visit right after the server's first start on `folder`, in a browser of its own. */
async function firstStartVisit(folder: string): Promise<number> {
  const server = await serve(folder);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    const at = await page.waitForFunction(interactiveAt, charts, { polling: 'raf', timeout: 30_000 });
    return (await at.jsonValue()) as number;
  } finally {
    await browser.close();
    // Stopped once the landing page's answers are made and kept in the folder, as a server that
    // ran for a while would have left them.
    await landingReady(server.url);
    await server.stop();
  }
}

export async function run(): Promise<void> {
  const size = await shippedJavaScript();
  report('web: JavaScript in web/dist', {
    files: size.files,
    raw_kb: size.raw / 1024,
    gzip_kb: size.gzip / 1024,
    overview_entry_gzip_kb: size.entryGzip / 1024,
  });
  if (!chromiumPath) {
    process.stdout.write('web: no Chromium binary; time to interactive not measured\n');
    return;
  }
  const prepared = await preparedDataFolder();
  const folder = await mkdtemp(join(tmpdir(), 'ramstein-bench-web-'));
  await cp(prepared, folder, { recursive: true, filter: (source) => !source.endsWith('ramstein.lock') });
  const firstStart = await firstStartVisit(folder);
  // The restart: the same data folder, a new server process, a new browser with an empty cache.
  const server = await serve(folder);
  const browser = await launchBrowser();
  try {
    // The JavaScript files the overview fetches on a first visit, gzip-compressed as served.
    const loaded = new Set<string>();
    const measure = async (): Promise<{ all: number; first: number }> => {
      const page = await browser.context.newPage();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/assets/') && path.endsWith('.js')) loaded.add(path.slice('/assets/'.length));
      });
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      const options = { polling: 'raf', timeout: 30_000 } as const;
      const [all, first] = await Promise.all([
        page.waitForFunction(interactiveAt, charts, options),
        page.waitForFunction(firstFiguresAt, undefined, options),
      ]);
      const ms = { all: (await all.jsonValue()) as number, first: (await first.jsonValue()) as number };
      await page.close();
      return ms;
    };
    // Baseline in the same run: a static file of the same server, loaded in the same browser.
    const staticFile = (await readdir(join(root, 'web/dist/assets'))).find((n) => n.endsWith('.css'));
    const baseline = async (): Promise<number> => {
      const page = await browser.context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}/assets/${staticFile}`, { waitUntil: 'load' });
      const ms = Date.now() - started;
      await page.close();
      return ms;
    };
    const cold = await measure();
    let firstLoadGzip = 0;
    for (const name of loaded)
      firstLoadGzip += gzipSync(await readFile(join(root, 'web/dist/assets', name)), { level: 9 }).length;
    report('web: overview JavaScript on first load', {
      files: loaded.size,
      gzip_kb: firstLoadGzip / 1024,
    });
    const staticCold = await baseline();
    const warm: number[] = [];
    const warmFirst: number[] = [];
    const staticWarm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const visit = await measure();
      warm.push(visit.all);
      warmFirst.push(visit.first);
      staticWarm.push(await baseline());
    }
    report('web: overview interactive (ms)', {
      first_visit: cold.all,
      first_start_visit: firstStart,
      warm_median: median(warm),
      warm_max: Math.max(...warm),
      static_first_visit: staticCold,
      static_warm_median: median(staticWarm),
      ratio_warm_to_static: median(warm) / Math.max(1, median(staticWarm)),
      runs: RUNS,
    });
    report('web: overview first figures (ms)', {
      first_visit: cold.first,
      warm_median: median(warmFirst),
    });
  } finally {
    await browser.close();
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
