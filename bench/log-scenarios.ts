/**
 * The log in real Chromium: 100,000 entries recorded through the background (the path every click
 * on a bar takes), then the dashboard's first load and a filtered query over them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { summarise, type BenchResult } from './results';

export const LOG_ENTRIES = Number(process.env.BENCH_LOG_ENTRIES ?? 100_000);
/** Messages in flight at once: many content scripts and tabs recording at the same time. */
const CONCURRENCY = 200;

/** Records `count` entries through `log.record` messages and returns the time it took, in ms. */
async function recordThroughBackground(page: Page, count: number): Promise<number> {
  return page.evaluate(
    async ({ count, concurrency }) => {
      const actions = ['delete', 'ignore', 'like', 'value', 'personalize'];
      const platforms = ['reddit', 'youtube', 'discourse', 'generic'];
      const draft = (index: number) => ({
        platform: platforms[index % platforms.length],
        pageUrl: `https://community.example/t/${index % 500}`,
        commentId: `c${index}`,
        author: { name: `Member ${index % 997}` },
        excerpt: `Comment number ${index}, with enough text to look like a real excerpt of a comment.`,
        action: actions[index % actions.length],
        native: { status: 'not-attempted' },
      });
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome.runtime;
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          const reply = (await runtime.sendMessage({ type: 'log.record', data: draft(index) })) as {
            ok: boolean;
            error?: string;
          };
          if (!reply?.ok) throw new Error(`entry ${index}: ${reply?.error ?? 'no answer'}`);
        }
      };
      const start = performance.now();
      await Promise.all(Array.from({ length: concurrency }, worker));
      return performance.now() - start;
    },
    { count, concurrency: CONCURRENCY },
  );
}

/** Loads the dashboard and returns how long it took to show the count of entries. */
async function openDashboard(page: Page, url: string, expected: number): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (total) => document.querySelector('[data-testid="entry-count"]')?.textContent?.replace(/\D/g, '') === String(total),
    expected,
    { timeout: 120_000, polling: 20 },
  );
  return Date.now() - start;
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
          const settled = count.textContent !== before && !document.querySelector('.updating');
          if (settled) return resolve(performance.now() - start);
          if (performance.now() - start > 60_000) return reject(new Error('the filter never answered'));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    `filter-action-${action}`,
  );
}

export interface FreshBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** Each run gets a fresh browser profile, hence an empty log. */
export async function measureLog(launch: () => Promise<FreshBrowser>, runs: number): Promise<BenchResult[]> {
  const writes: number[] = [];
  const firstLoads: number[] = [];
  const queries: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, extensionId } = await launch();
    try {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      writes.push(await recordThroughBackground(page, LOG_ENTRIES));
      firstLoads.push(await openDashboard(page, `chrome-extension://${extensionId}/dashboard.html`, LOG_ENTRIES));
      for (const action of ['delete', 'value']) {
        queries.push(await filteredQuery(page, action));
        // Press it again: back to every entry before the next filter.
        await filteredQuery(page, action);
      }
    } finally {
      await context.close();
    }
  }
  return [
    summarise('log.write-100k', 'ms', 10_000, '100,000 log.record messages answered by the background', writes),
    summarise('dashboard.first-load-100k', 'ms', 2_000, 'dashboard opened on 100,000 entries until the count shows', firstLoads),
    summarise('dashboard.filter-100k', 'ms', 200, 'one action filter pressed until the list and count show it', queries),
  ];
}
