/**
 * `npm run demo`: builds Rung, serves the Lumen demo community on 127.0.0.1 and opens Chromium with the
 * extension loaded. Headed when a display exists; otherwise headless: it saves a screenshot of the forum
 * thread, prints where, and exits (unless --keep).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './chromium';
import { startDemoServer } from './demo-server';
import type { DemoServer } from './demo-server';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
const SCREENSHOT_PATH = path.join(REPO_ROOT, 'demo-output', 'forum-thread.png');
const DEFAULT_PORT = 4173;
const BAR_TIMEOUT_MS = 10_000;

/** Opened in tabs, in this order; the forum thread is the one the headless run photographs. */
const TABS = [
  { file: 'index.html', label: 'Community home' },
  { file: 'forum-thread.html', label: 'Forum thread (schema.org microdata)' },
  { file: 'blog-post.html', label: 'Blog post, French (WordPress comments)' },
  { file: 'feed.html', label: 'Social feed (microformats2)' },
] as const;
const LISTED_ONLY = [{ file: 'forum-thread-2.html', label: 'Forum thread with "load more"' }] as const;

const USAGE = `Usage: npm run demo -- [options]

Builds the extension, serves the Lumen demo community on 127.0.0.1 and opens Chromium with Rung loaded.
With a display (DISPLAY or WAYLAND_DISPLAY set) the browser is headed and stays open until you close it
or press Ctrl-C. Without one it runs headless, saves a screenshot of the forum thread to
demo-output/forum-thread.png and exits.

Options:
  --port <n>    port for the demo community (default ${DEFAULT_PORT}; a free port if it is taken)
  --no-build    skip \`npx wxt build\` and use the existing .output/chrome-mv3
  --headless    run headless even when a display exists
  --keep        headless only: keep the browser and the server running until Ctrl-C
  --help        show this help`;

/** An expected failure: printed without a stack trace. */
class DemoError extends Error {}

interface DemoOptions {
  port: number;
  build: boolean;
  headless: boolean;
  keep: boolean;
}

function readOptions(argv: string[]): DemoOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      'no-build': { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new DemoError(`Invalid --port: ${values.port}`);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return { port, build: !values['no-build'], headless: values.headless || !hasDisplay, keep: values.keep };
}

async function buildExtension(): Promise<void> {
  console.log('Building the extension: npx wxt build');
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (exitCode !== 0) throw new DemoError(`The build failed (npx wxt build exited with ${exitCode}).`);
}

async function startServer(port: number): Promise<DemoServer> {
  try {
    return await startDemoServer({ port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is taken: serving the demo community on a free port instead.`);
    return startDemoServer({ port: 0 });
  }
}

async function openTabs(context: BrowserContext, baseUrl: string): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  for (const [index, tab] of TABS.entries()) {
    // Reuse the blank tab Chromium starts with.
    const page = (index === 0 ? context.pages()[0] : undefined) ?? (await context.newPage());
    await page.goto(new URL(tab.file, baseUrl).href);
    pages.set(tab.file, page);
  }
  return pages;
}

function printUrls(baseUrl: string, extensionId: string): void {
  const rows: Array<[label: string, url: string]> = [...TABS, ...LISTED_ONLY].map((tab) => [
    tab.label,
    new URL(tab.file, baseUrl).href,
  ]);
  rows.push(['Rung dashboard', `chrome-extension://${extensionId}/dashboard.html`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('\nRung demo');
  for (const [label, url] of rows) console.log(`  ${label.padEnd(width)}  ${url}`);
  console.log('');
}

/** Rung mounts its bars lazily near the viewport: scroll through the page so every bar gets mounted. */
async function scrollThrough(page: Page): Promise<void> {
  const viewportHeight = await page.evaluate(() => window.innerHeight);
  const pageHeight = (): Promise<number> => page.evaluate(() => document.documentElement.scrollHeight);
  // The page grows as bars are inserted, so its height is read again at every step.
  for (let top = 0; top < (await pageHeight()); top += viewportHeight) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
}

async function screenshotForumThread(page: Page): Promise<void> {
  // Background tabs are throttled (no intersection callbacks): the photographed tab must be the active one.
  await page.bringToFront();
  const bars = page.getByTestId('rung-bar');
  try {
    await bars.first().waitFor({ state: 'attached', timeout: BAR_TIMEOUT_MS });
    await scrollThrough(page);
    console.log(`Rung decorated the forum thread: ${await bars.count()} bars.`);
  } catch {
    console.warn(
      `Warning: no Rung bar ([data-testid="rung-bar"]) appeared on the forum thread within ` +
        `${BAR_TIMEOUT_MS / 1000} s. Saving the screenshot anyway.`,
    );
  }
  await mkdir(path.dirname(SCREENSHOT_PATH), { recursive: true });
  await page.screenshot({ path: SCREENSHOT_PATH, fullPage: true });
  console.log(`Screenshot of the forum thread: ${SCREENSHOT_PATH}`);
}

/** Resolves when the browser is closed or the user presses Ctrl-C. */
function untilClosed(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    context.once('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  if (options.build) await buildExtension();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new DemoError(`No built extension in ${EXTENSION_DIR}: run without --no-build, or npx wxt build.`);
  }

  const server = await startServer(options.port);
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: options.headless });
    const extensionId = await extensionIdOf(context);
    const pages = await openTabs(context, server.url);
    printUrls(server.url, extensionId);

    const forumThread = pages.get('forum-thread.html');
    if (options.headless && forumThread) await screenshotForumThread(forumThread);
    if (!options.headless || options.keep) {
      console.log(
        options.headless ? 'Running headless; Ctrl-C to stop.' : 'Close the browser or press Ctrl-C to stop.',
      );
      await forumThread?.bringToFront();
      await untilClosed(context);
    }
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DemoError ? error.message : error);
  process.exit(1);
});
