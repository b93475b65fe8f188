import { exportChunks } from '../lib/log/export';
import type { LogEntry } from '../lib/log/schema';
import { makeFullLogEntry, makeLogEntry } from '../test/unit/log/factory';

const ACTIONS = ['delete', 'ignore', 'like', 'value', 'personalize', 'escalate'] as const;
const PLATFORMS = ['reddit', 'youtube', 'discourse', 'hackernews', 'generic'] as const;

/** A log as a team builds it: mostly plain entries, one in ten with every field filled. */
export function realisticLog(count: number): LogEntry[] {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, index) => {
    const overrides = {
      time: new Date(start + index * 97_000).toISOString(),
      platform: PLATFORMS[index % PLATFORMS.length]!,
      commentId: `t1_${index.toString(36)}`,
      excerpt: `Comment ${index}: "quoted", with commas, a line\nbreak and an accent é, as members write.`,
    };
    return index % 10 === 0
      ? makeFullLogEntry(overrides)
      : makeLogEntry({ ...overrides, action: ACTIONS[index % ACTIONS.length]! });
  });
}

export function exportText(format: 'csv' | 'ndjson' | 'json', entries: LogEntry[]): string {
  const chunks: string[] = [];
  for (const chunk of exportChunks(format, entries, {
    exportedAt: '2026-11-23T10:00:00.000Z',
    exportedBy: 'Bench',
  }))
    chunks.push(chunk);
  return chunks.join('');
}
