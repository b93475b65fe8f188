import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from '../../scripts/chromium';
import { DEMO_PORT } from '../../playwright.config';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;

export interface RungBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionPage(path: string): Promise<Page>;
}

/** A fresh Chromium profile with the built extension loaded. */
export async function openRungBrowser(): Promise<RungBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rung-e2e-'));
  const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, userDataDir });
  const extensionId = await extensionIdOf(context);
  return {
    context,
    extensionId,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
  };
}

export const test = base.extend<{ rung: RungBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  rung: async ({}, use) => {
    const rung = await openRungBrowser();
    await use(rung);
    await rung.context.close();
  },
});

export { expect } from '@playwright/test';
