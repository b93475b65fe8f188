import { expect, type Locator, type Page } from '@playwright/test';
import type { RungBrowser } from './fixtures';
import type { Rung } from '../../lib/ladder/rungs';

/** A community page with Rung's bars on it. */
export class CommunityPage {
  constructor(readonly page: Page) {}

  bars(): Locator {
    return this.page.getByTestId('rung-bar');
  }

  bar(index: number): Locator {
    return this.bars().nth(index);
  }

  /** Scrolls through the page so lazily decorated comments all get their bars. */
  async scrollThrough(): Promise<void> {
    await this.page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
      }
      window.scrollTo(0, 0);
    });
  }

  /** The bar of the comment whose text contains `text`. */
  barOf(text: string): Locator {
    return this.page.locator('[itemscope]', { hasText: text }).last().getByTestId('rung-bar').first();
  }

  async choose(index: number, rung: Rung): Promise<void> {
    const bar = this.bar(index);
    await bar.getByTestId(`rung-${rung}`).click();
    await expect(bar).toHaveAttribute('data-rung-state', rung);
  }
}

/** The dashboard extension page. */
export class Dashboard {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('log-row');
  }

  async exportFile(format: 'json' | 'ndjson' | 'csv'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async importFile(name: string, text: string, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page
      .getByTestId('import-file')
      .setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  }
}

/** The extension's own API, as seen from its service worker. */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

/**
 * The popup about `page`, opened as a tab: a test cannot click the toolbar icon. `page` must be
 * the active tab when this is called (the extension cannot see the URLs of tabs).
 */
export async function openPopupFor(rung: RungBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = rung.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  expect(tabId).toBeDefined();
  return rung.extensionPage(`popup.html?tab=${tabId}`);
}
