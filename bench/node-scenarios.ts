/** Scenarios that belong in Node: the bundle on disk, export and import of a large log, suggestions. */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { suggest } from '../lib/ladder/suggest';
import { RepetitionCounter } from '../lib/ladder/text';
import { parseLogFile } from '../lib/log/import';
import { exportText, realisticLog } from './entries';
import { commentTexts } from './generate';
import { summarise, type BenchResult } from './results';

const ENTRIES = 100_000;

function timed<T>(work: () => T): [number, T] {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
}

export function measureExportImport(runs: number): BenchResult[] {
  const entries = realisticLog(ENTRIES);
  const results: BenchResult[] = [];
  for (const format of ['csv', 'ndjson'] as const) {
    const exportTimes: number[] = [];
    const importTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const [exportMs, text] = timed(() => exportText(format, entries));
      exportTimes.push(exportMs);
      const [importMs, parsed] = timed(() => parseLogFile(text, `bench.${format}`));
      if (parsed.entries.length !== ENTRIES || parsed.errors.length > 0)
        throw new Error(
          `${format} import read ${parsed.entries.length} entries, ${parsed.errors.length} errors`,
        );
      importTimes.push(importMs);
    }
    results.push(
      summarise(
        `export.${format}-100k`,
        'ms',
        2_000,
        `100,000 entries exported to ${format.toUpperCase()}`,
        exportTimes,
      ),
      summarise(
        `import.${format}-100k`,
        'ms',
        5_000,
        `100,000 entries read back from ${format.toUpperCase()}, every entry validated`,
        importTimes,
      ),
    );
  }
  return results;
}

export async function measureBundle(contentScriptPath: string): Promise<BenchResult> {
  const bytes = await readFile(contentScriptPath);
  const kilobytes = gzipSync(bytes, { level: 9 }).length / 1024;
  return summarise('bundle.content-script-gzip', 'KB', 60, 'the content script, gzipped', [kilobytes]);
}

/** The suggestion engine over a page of 10,000 comments, repetition counted across the page. */
export function measureSuggest(runs: number): BenchResult {
  const texts = commentTexts(10_000);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const repetitions = new RepetitionCounter();
    const [ms, rungs] = timed(() => texts.map((text) => suggest({ text }, repetitions).rung));
    if (rungs.length !== texts.length) throw new Error('not every comment got a suggestion');
    times.push(ms);
  }
  return summarise(
    'suggest.10k-comments',
    'ms',
    1_000,
    '10,000 comments (English and French) given a rung, reasons and escalation, in Node',
    times,
  );
}
