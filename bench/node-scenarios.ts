/** Scenarios that belong in Node: the bundle on disk, export and import of a large log. */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { exportChunks, type LogFileFormat } from '../lib/log/export';
import { parseLogFile } from '../lib/log/import';
import type { LogEntry } from '../lib/log/schema';
import { makeFullLogEntry, makeLogEntry } from '../test/unit/log/factory';
import { summarise, type BenchResult } from './results';

const ENTRIES = 100_000;
const ACTIONS = ['delete', 'ignore', 'like', 'value', 'personalize', 'escalate'] as const;

/** A log as a team builds it: mostly plain entries, one in ten with every field filled. */
function realisticLog(count: number): LogEntry[] {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, index) => {
    const overrides = {
      time: new Date(start + index * 97_000).toISOString(),
      commentId: `t1_${index.toString(36)}`,
      excerpt: `Comment ${index}: "quoted", with commas, a line\nbreak and an accent é, as members write.`,
    };
    return index % 10 === 0
      ? makeFullLogEntry(overrides)
      : makeLogEntry({ ...overrides, action: ACTIONS[index % ACTIONS.length]! });
  });
}

function timed<T>(work: () => T): [number, T] {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
}

function exportText(format: LogFileFormat, entries: LogEntry[]): string {
  const chunks: string[] = [];
  for (const chunk of exportChunks(format, entries, { exportedAt: '2026-11-23T10:00:00.000Z', exportedBy: 'Bench' }))
    chunks.push(chunk);
  return chunks.join('');
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
        throw new Error(`${format} import read ${parsed.entries.length} entries, ${parsed.errors.length} errors`);
      importTimes.push(importMs);
    }
    results.push(
      summarise(`export.${format}-100k`, 'ms', 2_000, `100,000 entries exported to ${format.toUpperCase()}`, exportTimes),
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
