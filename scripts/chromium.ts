/**
 * Finding Chromium and launching it with an unpacked extension loaded: shared by `npm run demo`, the
 * end-to-end tests and the benchmarks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** `$CHROMIUM_PATH`, then the distribution's Chromium, then Playwright's own download if present. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) return fromEnvironment;
  const systemChromium = SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  if (systemChromium) return systemChromium;
  try {
    const playwrightChromium = chromium.executablePath();
    return existsSync(playwrightChromium) ? playwrightChromium : undefined;
  } catch {
    // Playwright throws when it has no browser registered for this platform.
    return undefined;
  }
}

export interface LaunchOptions {
  /** The unpacked extension, e.g. `.output/chrome-mv3`; none for a plain browser (benchmark baselines). */
  extensionDir?: string;
  headless: boolean;
  /** A persistent profile folder; a fresh temporary one when omitted. */
  userDataDir?: string;
  /** Extra Chromium switches (e.g. `--js-flags=--expose-gc` for the benchmarks). */
  extraArgs?: string[];
}

export interface LaunchWithExtensionOptions extends LaunchOptions {
  extensionDir: string;
}

export function launchWithExtension(options: LaunchWithExtensionOptions): Promise<BrowserContext> {
  return launchChromium(options);
}

/** Chromium with a fresh (or the given) profile, with or without the unpacked extension. */
export async function launchChromium({
  extensionDir,
  headless,
  userDataDir,
  extraArgs = [],
}: LaunchOptions): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium executable.',
    );
  }
  if (!existsSync(executablePath)) {
    throw new Error(`CHROMIUM_PATH points to ${executablePath}, which does not exist.`);
  }
  const absoluteExtensionDir = extensionDir && path.resolve(extensionDir);
  if (absoluteExtensionDir && !existsSync(path.join(absoluteExtensionDir, 'manifest.json'))) {
    throw new Error(
      `No manifest.json in ${absoluteExtensionDir}: build the extension first (npx wxt build).`,
    );
  }
  // Chromium refuses to start its sandbox as root (containers, CI).
  const runningAsRoot = process.getuid?.() === 0;
  return chromium.launchPersistentContext(userDataDir ?? '', {
    executablePath,
    headless,
    args: [
      ...(absoluteExtensionDir
        ? [`--disable-extensions-except=${absoluteExtensionDir}`, `--load-extension=${absoluteExtensionDir}`]
        : []),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      ...extraArgs,
    ],
  });
}

/** The loaded extension's id, read from its service worker's URL (`chrome-extension://<id>/…`). */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
