/**
 * `npm run bench`: builds the extension, runs every scenario (DESIGN section 7) in headless Chromium
 * or in Node, prints a table and writes `bench/results.json`.
 *
 *   npm run bench -- [--no-build] [--runs N] [--only PREFIX]
 */
import { execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf, findChromium, launchChromium } from '../scripts/chromium';
import {
  FEED_COMMENT_SELECTOR,
  HN_COMMENT_SELECTOR,
  THREAD_COMMENT_SELECTOR,
  feedPage,
  hackerNewsPage,
  threadPage,
} from './generate';
import { measureLog } from './log-scenarios';
import { measureBundle, measureExportImport, measureSuggest } from './node-scenarios';
import { measureAppend, measurePageLoad, type Browsers, type PageSpec } from './page-scenarios';
import { formatTable, type BenchResult } from './results';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const RESULTS_FILE = path.join(ROOT, 'bench/results.json');

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'profile-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(
    'npm run bench -- [--no-build] [--runs N (default 5)] [--only NAME-PREFIX] [--profile-dir DIR (keeps CPU profiles)]',
  );
  process.exit(0);
}

const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${args.runs}`);
const wanted = (name: string) => !args.only || name.startsWith(args.only);

const PAGES: Record<string, string> = {
  'blank.html': '<!doctype html><title>blank</title>',
  'thread-10k.html': threadPage(10_000),
  'feed-10k.html': feedPage(10_000),
  'thread-300.html': threadPage(300),
  'feed-300.html': feedPage(300),
};

/** Pages served at a real site's address, so that site's own adapter reads them. */
const HN_ORIGIN = 'https://news.ycombinator.com/';
const HN_PAGES: Record<string, string> = {
  'blank.html': PAGES['blank.html']!,
  'item?id=1': hackerNewsPage(10_000),
  'item?id=2': hackerNewsPage(300),
};

/** Serves HN_PAGES at Hacker News's address inside Chromium; no request leaves the machine. */
async function routeSite(context: BrowserContext): Promise<void> {
  await context.route(`${HN_ORIGIN}**`, (route) => {
    const page = HN_PAGES[route.request().url().slice(HN_ORIGIN.length)];
    return page === undefined
      ? route.abort()
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
  });
}

function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const page = PAGES[(request.url ?? '/').slice(1).split('?')[0]!];
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(page);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

const LOAD_PAGES: PageSpec[] = [
  {
    name: 'hn-10k',
    path: 'item?id=1',
    origin: HN_ORIGIN,
    commentSelector: HN_COMMENT_SELECTOR,
    appendTo: '.comment-tree > tbody',
  },
  {
    name: 'thread-10k',
    path: 'thread-10k.html',
    commentSelector: THREAD_COMMENT_SELECTOR,
    appendTo: '#posts',
  },
  { name: 'feed-10k', path: 'feed-10k.html', commentSelector: FEED_COMMENT_SELECTOR, appendTo: '#feed' },
];
const APPEND_PAGES: PageSpec[] = [
  {
    name: 'hn',
    path: 'item?id=2',
    origin: HN_ORIGIN,
    commentSelector: HN_COMMENT_SELECTOR,
    appendTo: '.comment-tree > tbody',
  },
  { name: 'thread', path: 'thread-300.html', commentSelector: THREAD_COMMENT_SELECTOR, appendTo: '#posts' },
  { name: 'feed', path: 'feed-300.html', commentSelector: FEED_COMMENT_SELECTOR, appendTo: '#feed' },
];

async function main(): Promise<void> {
  if (!args['no-build']) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const results: BenchResult[] = [];
  const report = (found: BenchResult[]) => {
    for (const result of found) console.log(`  ${result.name}: ${result.median} ${result.unit}`);
    results.push(...found);
  };

  if (wanted('bundle')) report([await measureBundle(path.join(EXTENSION_DIR, 'content-scripts/content.js'))]);
  if (wanted('export') || wanted('import')) report(measureExportImport(runs));
  if (wanted('suggest')) report([measureSuggest(runs)]);

  const server = await serve();
  const launch = async (withExtension: boolean) => {
    const context = await launchChromium({
      extensionDir: withExtension ? EXTENSION_DIR : undefined,
      headless: true,
    });
    // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls __name.
    await context.addInitScript('window.__name = (fn) => fn;');
    await routeSite(context);
    return context;
  };
  try {
    const pageSpecs = LOAD_PAGES.filter((spec) => wanted(spec.name));
    const appendSpecs = APPEND_PAGES.filter((spec) => wanted(`${spec.name}.append`));
    if (pageSpecs.length || appendSpecs.length) {
      const browsers: Browsers = {
        withExtension: await launch(true),
        withoutExtension: await launch(false),
        baseUrl: server.url,
        profileDir: args['profile-dir'] && path.resolve(args['profile-dir']),
      };
      try {
        for (const spec of pageSpecs) report(await measurePageLoad(browsers, spec, runs));
        for (const spec of appendSpecs) report(await measureAppend(browsers, spec, runs));
      } finally {
        await browsers.withExtension.close();
        await browsers.withoutExtension.close();
      }
    }
    if (wanted('log') || wanted('dashboard')) {
      // A fresh profile per run: every run writes into an empty log.
      const logRuns = Math.max(1, Math.min(runs, 3));
      report(
        await measureLog(async () => {
          const context = await launch(true);
          return { context, extensionId: await extensionIdOf(context) };
        }, logRuns),
      );
    }
  } finally {
    server.close();
  }

  console.log(`\n${formatTable(results)}\n`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = {
    date: new Date().toISOString(),
    cpu: `${os.cpus().length} × ${cpu}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: execSync(`"${findChromium()}" --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim(),
  };
  await writeFile(RESULTS_FILE, JSON.stringify({ machine, results }, null, 2) + '\n');
  console.log(
    `Written to ${path.relative(process.cwd(), RESULTS_FILE)} (${machine.cpu}, ${machine.chromium}).`,
  );
  const over = results.filter((result) => result.median >= result.target);
  if (over.length) console.log(`Over target: ${over.map((result) => result.name).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
