/**
 * Page scenarios in real Chromium: the same generated page with and without the extension, so each
 * cost is read against the page's own on the same machine in the same run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { attributeProfile, type CpuProfile } from './profile';
import { summarise, type BenchResult } from './results';

export interface PageSpec {
  /** Stable prefix of the scenario names, e.g. `thread-10k`. */
  name: string;
  path: string;
  /** The page's comment elements (the page's own markup, not Rung's). */
  commentSelector: string;
  /** Where the page's infinite scroll appends new comments. */
  appendTo: string;
  /** The site the page is served as (through request interception), when not the bench server. */
  origin?: string;
}

/** Rung builds bars this far below the viewport (the decorator's lazy margin), so none is seen bare. */
const LAZY_MARGIN_PX = 800;

export interface Browsers {
  withExtension: BrowserContext;
  withoutExtension: BrowserContext;
  baseUrl: string;
  /** Where to keep each run's CPU profile (open it in DevTools' Performance panel), if anywhere. */
  profileDir?: string;
}

/** How long the page must stay free of new bars before a run counts as settled. */
const QUIET_MS = 600;
/** Every run lasts at least this long after load, so both variants cover the same stretch. */
const MIN_SETTLE_MS = 1_500;
const SETTLE_TIMEOUT_MS = 20_000;

/** Records, in the page's own world, when each bar arrives (the extension's world is out of reach). */
const BAR_RECORDER = `(() => {
  const bars = [];
  window.__benchBars = bars;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records)
      for (const node of record.addedNodes) if (node.localName === 'rung-bar') bars.push([node, now]);
  }).observe(document, { childList: true, subtree: true });
})();`;

interface RunSample {
  taskMs: number;
  scriptMs: number;
  heapMb: number;
  oursMs?: number;
  longestOursMs?: number;
  viewportBarsMs?: number;
  /** Without Rung: from the load event until the page itself first painted its content. */
  firstPaintAfterLoadMs?: number;
}

async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((entry) => entry.name === name);
  if (!found) throw new Error(`Chromium reported no ${name} metric`);
  return found.value;
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as CpuProfile;
}

/** Waits until no bar has arrived for a while (and at least MIN_SETTLE_MS after load). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    ({ quiet, minimum }) => {
      const state = window as unknown as { __benchBars?: [Node, number][]; __benchLast?: [number, number] };
      const count = state.__benchBars?.length ?? 0;
      const now = performance.now();
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      if (!state.__benchLast || state.__benchLast[0] !== count) state.__benchLast = [count, now];
      return now - navigation.loadEventEnd >= minimum && now - state.__benchLast[1] >= quiet;
    },
    { quiet: QUIET_MS, minimum: MIN_SETTLE_MS },
    { polling: 100, timeout: SETTLE_TIMEOUT_MS },
  );
}

/**
 * When the last of the comments in the viewport at load got its bar, in ms after the load event.
 * Which comments were in view is read once the run has settled, with the bars hidden so the page is
 * laid out as it was at load: reading it at load would force the page's first layout inside the
 * load event and charge that layout to Rung.
 */
async function viewportBarsAfterLoad(page: Page, selector: string): Promise<number> {
  return page.evaluate((commentSelector) => {
    const state = window as unknown as { __benchBars: [Element, number][] };
    const hideBars = document.createElement('style');
    hideBars.textContent = 'rung-bar { display: none !important; }';
    document.head.append(hideBars);
    window.scrollTo(0, 0);
    const inView: Element[] = [];
    for (const comment of document.querySelectorAll(commentSelector)) {
      const box = comment.getBoundingClientRect();
      if (box.top >= innerHeight) break;
      if (box.bottom > 0) inView.push(comment);
    }
    hideBars.remove();
    const arrival = new Map<Element, number>();
    for (const [bar, time] of state.__benchBars) {
      const owner = bar.parentElement?.closest(commentSelector);
      if (owner && !arrival.has(owner)) arrival.set(owner, time);
    }
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    let last = navigation.loadEventEnd;
    for (const comment of inView) {
      const time = arrival.get(comment);
      if (time === undefined) throw new Error(`a comment in the viewport never got its bar: #${comment.id}`);
      last = Math.max(last, time);
    }
    if (inView.length === 0) throw new Error('no comment in the viewport at load');
    return last - navigation.loadEventEnd;
  }, selector);
}

async function keepProfile(browsers: Browsers, name: string, profile: CpuProfile): Promise<void> {
  if (!browsers.profileDir) return;
  await mkdir(browsers.profileDir, { recursive: true });
  await writeFile(path.join(browsers.profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
}

async function loadRun(
  browsers: Browsers,
  spec: PageSpec,
  withExtension: boolean,
  run: number,
): Promise<RunSample> {
  const baseUrl = spec.origin ?? browsers.baseUrl;
  const context = withExtension ? browsers.withExtension : browsers.withoutExtension;
  const page = await context.newPage();
  try {
    // Same origin first, so the profiler is attached to the renderer the page will use.
    await page.goto(`${baseUrl}blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(BAR_RECORDER);
    await startProfiler(cdp);
    await page.goto(`${baseUrl}${spec.path}`, { waitUntil: 'load' });
    await settle(page);
    const profile = await stopProfiler(cdp);
    await keepProfile(browsers, `${spec.name}-${withExtension ? 'rung' : 'baseline'}-${run + 1}`, profile);
    const sample: RunSample = {
      taskMs: (await metric(cdp, 'TaskDuration')) * 1000,
      scriptMs: (await metric(cdp, 'ScriptDuration')) * 1000,
      heapMb: await heapUsedMb(cdp),
    };
    if (withExtension) {
      const shares = attributeProfile(profile, (url) => url.startsWith('chrome-extension://'));
      if (shares.oursMs === 0) throw new Error('the CPU profile shows no extension work: was Rung loaded?');
      sample.oursMs = shares.oursMs;
      sample.longestOursMs = shares.longestOursMs;
      sample.viewportBarsMs = Math.max(0, await viewportBarsAfterLoad(page, spec.commentSelector));
    } else {
      sample.firstPaintAfterLoadMs = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return Math.max(0, (paint?.startTime ?? navigation.loadEventEnd) - navigation.loadEventEnd);
      });
    }
    await cdp.detach();
    return sample;
  } finally {
    await page.close();
  }
}

/** The whole page load's main-thread time with Rung, held to the page's own plus our 10% share. */
function pageMainThread(spec: PageSpec, withRung: number[], without: number[]): BenchResult {
  const result = summarise(
    `${spec.name}.page-main-thread`,
    'ms',
    0,
    'main-thread time of the whole page load (Chromium TaskDuration), with Rung; baseline without',
    withRung,
    without,
  );
  result.target = Math.round((result.baselineMedian ?? 0) * 1.1);
  return result;
}

const values = (samples: RunSample[], key: keyof RunSample): number[] =>
  samples.map((sample) => sample[key]).filter((value): value is number => value !== undefined);

/** Load scenarios of one page: time to bars, longest task, scripting share, extra heap. */
export async function measurePageLoad(
  browsers: Browsers,
  spec: PageSpec,
  runs: number,
): Promise<BenchResult[]> {
  const ours: RunSample[] = [];
  const baseline: RunSample[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the order so a slow start or a warm cache favours neither variant.
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const withExtension of order) {
      const sample = await loadRun(browsers, spec, withExtension, run);
      (withExtension ? ours : baseline).push(sample);
    }
  }
  const basePageMs = values(baseline, 'taskMs');
  const shareSamples = ours.map((sample, index) => (100 * sample.oursMs!) / basePageMs[index]!);
  const heapExtra = ours.map((sample, index) => sample.heapMb - baseline[index]!.heapMb);
  return [
    summarise(
      `${spec.name}.viewport-bars-after-load`,
      'ms',
      100,
      'from the load event until every comment in the viewport has its bar; baseline: until the page itself first painted',
      values(ours, 'viewportBarsMs'),
      values(baseline, 'firstPaintAfterLoadMs'),
    ),
    summarise(
      `${spec.name}.longest-task-ours`,
      'ms',
      50,
      'longest uninterrupted stretch of Rung work on the main thread (CPU profile)',
      values(ours, 'longestOursMs'),
    ),
    summarise(
      `${spec.name}.scripting-share`,
      '%',
      10,
      "Rung's scripting time as a share of the page's own main-thread time (page without Rung)",
      shareSamples,
    ),
    pageMainThread(spec, values(ours, 'taskMs'), basePageMs),
    summarise(
      `${spec.name}.extra-heap`,
      'MB',
      15,
      'JS heap after garbage collection, with Rung minus without',
      heapExtra,
    ),
  ];
}

/**
 * Infinite scroll: 500 comments appended at once under the reader, time until those in the
 * viewport have their bars, and the longest stretch of Rung work it caused.
 */
export async function measureAppend(
  browsers: Browsers,
  spec: PageSpec,
  runs: number,
): Promise<BenchResult[]> {
  const latency: number[] = [];
  const rendered: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browsers.withExtension.newPage();
    try {
      const baseUrl = spec.origin ?? browsers.baseUrl;
      await page.goto(`${baseUrl}blank.html`);
      const cdp = await browsers.withExtension.newCDPSession(page);
      await page.addInitScript(BAR_RECORDER);
      await page.goto(`${baseUrl}${spec.path}`, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await settle(page);
      await startProfiler(cdp);
      const timing = await page.evaluate(
        ({ selector, appendTo, count, margin }) =>
          new Promise<{ bars: number; rendered: number }>((resolve, reject) => {
            const state = window as unknown as {
              __benchBars: [Element, number][];
              benchMakePost(index: number): Element;
            };
            const container = document.querySelector(appendTo);
            if (!container) return reject(new Error(`no ${appendTo} to append to`));
            const fragment = document.createDocumentFragment();
            const added: Element[] = [];
            for (let index = 0; index < count; index++) added.push(state.benchMakePost(index));
            fragment.append(...added);
            const barsBefore = state.__benchBars.length;
            const start = performance.now();
            container.append(fragment);
            // The page's own work: the frame that lays out and paints the new comments ends.
            let renderedAt = 0;
            requestAnimationFrame(() => setTimeout(() => (renderedAt = performance.now())));
            const inView = added.filter((comment) => {
              const box = comment.getBoundingClientRect();
              return box.top < innerHeight + margin && box.bottom > 0;
            });
            if (inView.length === 0) return reject(new Error('no appended comment near the viewport'));
            const deadline = start + 10_000;
            const check = () => {
              const arrival = new Map<Element, number>();
              for (const [bar, time] of state.__benchBars.slice(barsBefore)) {
                const owner = bar.parentElement?.closest(selector);
                if (owner && !arrival.has(owner)) arrival.set(owner, time);
              }
              if (renderedAt && inView.every((comment) => arrival.has(comment)))
                return resolve({
                  bars: Math.max(...inView.map((comment) => arrival.get(comment)!)) - start,
                  rendered: renderedAt - start,
                });
              if (performance.now() > deadline) return reject(new Error('appended comments got no bars'));
              requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        { selector: spec.commentSelector, appendTo: spec.appendTo, count: 500, margin: LAZY_MARGIN_PX },
      );
      latency.push(timing.bars);
      rendered.push(timing.rendered);
      await page.waitForTimeout(500);
      const profile = await stopProfiler(cdp);
      await keepProfile(browsers, `${spec.name}-append-${run + 1}`, profile);
      const shares = attributeProfile(profile, (url) => url.startsWith('chrome-extension://'));
      longest.push(shares.longestOursMs);
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return [
    summarise(
      `${spec.name}.append-500-decorated`,
      'ms',
      50,
      'from appending 500 comments at once until those within the lazy margin (800 px) below the viewport have bars; baseline: until the page itself has rendered them',
      latency,
      rendered,
    ),
    summarise(
      `${spec.name}.append-500-longest-task-ours`,
      'ms',
      50,
      'longest uninterrupted stretch of Rung work after the append',
      longest,
    ),
  ];
}
