/**
 * The log in real Chromium: actions recorded through the background one message at a time (as
 * clicks on bars do), a 100,000-entry team log merged through the dashboard, then the dashboard's
 * first load and a filtered query over it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { exportText, realisticLog } from './entries';
import { summarise, type BenchResult } from './results';

export const LOG_ENTRIES = 100_000;
const RECORDED_MESSAGES = 1_000;

export interface FreshBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** Round trip of each `log.record` message, one after the other, as a moderator's clicks arrive. */
async function recordRoundTrips(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const times: number[] = [];
    for (let index = 0; index < count; index++) {
      const start = performance.now();
      const reply = (await runtime.sendMessage({
        type: 'log.record',
        data: {
          platform: 'generic',
          pageUrl: 'https://community.example/t/1',
          commentId: `c${index}`,
          author: { name: `Member ${index % 97}` },
          excerpt: `Comment number ${index}, with enough text to look like a real excerpt.`,
          action: 'like',
          native: { status: 'not-attempted' },
        },
      })) as { ok: boolean; error?: string };
      if (!reply?.ok) throw new Error(`message ${index}: ${reply?.error ?? 'no answer'}`);
      times.push(performance.now() - start);
    }
    return times;
  }, count);
}

/**
 * Imports a log file through the dashboard's file input and returns the time until its report says
 * it is done. The file is built in the page first, untimed: handing 35 MB to the page through
 * Playwright's `setInputFiles` costs seconds of base64 that no user's file picker pays.
 */
async function importThroughDashboard(page: Page, ndjson: Buffer): Promise<number> {
  await page.evaluate((text) => {
    (globalThis as unknown as { benchFile: File }).benchFile = new File([text], 'team-log.ndjson', {
      type: 'application/x-ndjson',
    });
  }, ndjson.toString('utf8'));
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
        if (!input) return reject(new Error('the dashboard has no import input'));
        const files = new DataTransfer();
        files.items.add((globalThis as unknown as { benchFile: File }).benchFile);
        input.files = files.files;
        const start = performance.now();
        const reported = () => document.querySelector('[data-testid="import-report"]');
        new MutationObserver((_, observer) => {
          if (!reported()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        }).observe(document.body, { childList: true, subtree: true });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
  );
  const report = page.getByTestId('import-report');
  if ((await report.getAttribute('role')) !== 'status')
    throw new Error(`import failed: ${await report.textContent()}`);
  return elapsed;
}

/** Loads the dashboard and returns how long it took to show the count of entries. */
async function openDashboard(page: Page, url: string, expected: number): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (total) =>
      document.querySelector('[data-testid="entry-count"]')?.textContent?.replace(/\D/g, '') ===
      String(total),
    expected,
    { timeout: 120_000, polling: 20 },
  );
  return Date.now() - start;
}

/** Waits until the dashboard has read the whole result (no "updating" left), so runs do not overlap. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.updating'), undefined, { timeout: 120_000 });
}

/** Presses one action filter and returns the time until the list and the count show its result. */
async function filteredQuery(page: Page, action: string): Promise<number> {
  return page.evaluate(
    (testId) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
        const count = document.querySelector('[data-testid="entry-count"]');
        if (!button || !count) return reject(new Error('the dashboard has no filter or count'));
        const before = count.textContent;
        const start = performance.now();
        button.click();
        const check = () => {
          // The count and the newest rows change in the same render; the rest of the list follows.
          if (count.textContent !== before) return resolve(performance.now() - start);
          if (performance.now() - start > 60_000) return reject(new Error('the filter never answered'));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    `filter-action-${action}`,
  );
}

/** Each run gets a fresh browser profile, hence an empty log. */
export async function measureLog(launch: () => Promise<FreshBrowser>, runs: number): Promise<BenchResult[]> {
  const roundTrips: number[] = [];
  const imports: number[] = [];
  const firstLoads: number[] = [];
  const queries: number[] = [];
  const ndjson = Buffer.from(exportText('ndjson', realisticLog(LOG_ENTRIES)));
  for (let run = 0; run < runs; run++) {
    const { context, extensionId } = await launch();
    try {
      const page = await context.newPage();
      const dashboard = `chrome-extension://${extensionId}/dashboard.html`;
      await page.goto(dashboard);
      roundTrips.push(...(await recordRoundTrips(page, RECORDED_MESSAGES)));
      imports.push(await importThroughDashboard(page, ndjson));
      // The import refreshes the list behind it: let that finish before timing a fresh opening.
      await settled(page);
      firstLoads.push(await openDashboard(page, dashboard, LOG_ENTRIES + RECORDED_MESSAGES));
      await settled(page);
      for (const action of ['delete', 'value']) {
        queries.push(await filteredQuery(page, action));
        await settled(page);
        // Press it again: back to every entry before the next filter.
        await filteredQuery(page, action);
        await settled(page);
      }
    } finally {
      await context.close();
    }
  }
  return [
    summarise(
      'log.record-round-trip',
      'ms',
      50,
      'one bar click recorded: log.record message to the background, stored, answered',
      roundTrips,
    ),
    summarise(
      'log.write-100k',
      'ms',
      10_000,
      'a 100,000-entry team log (NDJSON) imported in the dashboard: read, validated, written in one transaction',
      imports,
    ),
    summarise(
      'dashboard.first-load-100k',
      'ms',
      2_000,
      'dashboard opened on 100,000 entries until the count and the newest rows show',
      firstLoads,
    ),
    summarise(
      'dashboard.filter-100k',
      'ms',
      200,
      'one action filter pressed until the list and count show it',
      queries,
    ),
  ];
}
