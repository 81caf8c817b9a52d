/**
 * The web app's first impression: how much JavaScript the sign-in page needs before it works,
 * and how long a fresh browser takes to show a usable sign-in form on localhost.
 *
 *   npm run bench:web -w bench
 *   BENCH_PAGE_LOADS=9 npm run bench:web -w bench
 *
 * Builds web/dist when it is missing or stale, starts the real `trellis serve` as the e2e suite
 * does, and drives Debian's Chromium (/usr/bin/chromium; never a downloaded one). Prints one JSON
 * document on stdout; progress goes to stderr. Budgets are reported, not asserted: 250 KB gzip,
 * 1 s. Without Chromium the size is still measured and the timing is reported as skipped.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from '../web/e2e/support/chromium.ts';
import { startTestServer } from '../web/e2e/support/test-server.ts';
import { log, percentile, positiveNumber, runBenchmark } from './bench-server.ts';

const REPO_DIR = path.resolve(import.meta.dirname, '..');
const DIST_DIR = path.join(REPO_DIR, 'web', 'dist');
const PAGE_LOADS = positiveNumber('BENCH_PAGE_LOADS', 5);
const BUDGET = { initialJsGzipKb: 250, firstUsableMs: 1000 };
/** The email field, visible and enabled: the moment a person can start signing in. */
const USABLE_SIGN_IN = 'input[name="email"]:not([disabled])';

type Asset = { file: string; bytes: number; gzipBytes: number };

/** What index.html loads before anything else: its entry module and the modules it preloads. */
async function initialAssets(): Promise<{ js: Asset[]; css: Asset[] }> {
  const html = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const scripts = tags.filter((tag) => tag.startsWith('<script') && tag.includes('type="module"'));
  const preloads = tags.filter((tag) => tag.includes('rel="modulepreload"'));
  const styles = tags.filter((tag) => tag.includes('rel="stylesheet"'));
  const measure = async (url: string): Promise<Asset> => {
    const content = await readFile(path.join(DIST_DIR, url.replace(/^\//, '')));
    return { file: url, bytes: content.length, gzipBytes: gzipSync(content).length };
  };
  const urls = (list: string[], name: string) =>
    list.map((tag) => attribute(tag, name)).filter((url): url is string => url !== undefined);
  return {
    js: await Promise.all([...urls(scripts, 'src'), ...urls(preloads, 'href')].map(measure)),
    css: await Promise.all(urls(styles, 'href').map(measure)),
  };
}

/** Milliseconds from navigation to a usable sign-in form, each load in a fresh, empty-cache context. */
async function firstUsableTimes(baseUrl: string): Promise<{ coldMs: number; runsMs: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const loadOnce = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector(USABLE_SIGN_IN, { state: 'visible' });
      const elapsed = performance.now() - started;
      await context.close();
      return Math.round(elapsed * 10) / 10;
    };
    // The first load also warms the server (first requests, file cache); it is reported apart.
    const coldMs = await loadOnce();
    const runsMs: number[] = [];
    for (let run = 0; run < PAGE_LOADS; run += 1) runsMs.push(await loadOnce());
    return { coldMs, runsMs };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  log('building web/dist if it is missing or stale');
  const build = spawnSync('npm', ['run', 'build:if-stale', '-w', 'web'], { cwd: REPO_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app failed');

  const { js, css } = await initialAssets();
  const sum = (assets: Asset[], key: 'bytes' | 'gzipBytes') =>
    assets.reduce((total, asset) => total + asset[key], 0);
  const initialJs = { files: js, bytes: sum(js, 'bytes'), gzipBytes: sum(js, 'gzipBytes') };
  const initialCss = { bytes: sum(css, 'bytes'), gzipBytes: sum(css, 'gzipBytes') };

  let firstUsable: Record<string, unknown> = { skipped: `no Chromium at ${CHROMIUM_PATH}` };
  if (hasChromium()) {
    log('starting trellis serve (embedded PostgreSQL, demo data)');
    const server = await startTestServer();
    try {
      log(`loading the sign-in page ${PAGE_LOADS + 1} times`);
      const { coldMs, runsMs } = await firstUsableTimes(server.baseUrl);
      const sorted = [...runsMs].sort((a, b) => a - b);
      firstUsable = {
        medianMs: percentile(sorted, 0.5),
        minMs: sorted[0],
        maxMs: sorted.at(-1),
        runsMs,
        coldMs,
      };
    } finally {
      await server.stop();
    }
  } else {
    log(`no Chromium at ${CHROMIUM_PATH}: the first-usable timing is skipped`);
  }

  const medianMs = typeof firstUsable.medianMs === 'number' ? firstUsable.medianMs : null;
  const report = {
    benchmark: 'web sign-in page',
    gzip: 'zlib default level',
    initialJs,
    initialCss,
    firstUsable,
    budget: BUDGET,
    isWithinBudget: {
      initialJs: initialJs.gzipBytes < BUDGET.initialJsGzipKb * 1024,
      firstUsable: medianMs === null ? null : medianMs < BUDGET.firstUsableMs,
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

runBenchmark(main);
