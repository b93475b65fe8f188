import type { LogEntry } from '../../../lib/log/schema';

const FIRST_TIME = Date.parse('2026-11-23T09:00:00.000Z');

/** A valid log entry with only the required fields; `overrides` replace whole fields. */
export function makeLogEntry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    id: crypto.randomUUID(),
    time: new Date(FIRST_TIME).toISOString(),
    moderator: 'Sam',
    platform: 'reddit',
    action: 'like',
    pageUrl: 'https://www.reddit.com/r/example/comments/abc123/launch_day/',
    commentId: 't1_abc123',
    author: { name: 'Ann Example' },
    excerpt: 'Love the new release!',
    native: { status: 'done' },
    ...overrides,
  };
}

/** A valid log entry with every optional field set. */
export function makeFullLogEntry(overrides: Partial<LogEntry> = {}): LogEntry {
  return makeLogEntry({
    permalink: 'https://www.reddit.com/r/example/comments/abc123/launch_day/t1_abc123/',
    author: { name: 'Ann Example', handle: 'ann_example' },
    action: 'escalate',
    suggestion: { rung: 'value', confidence: 0.82, reasons: ['several sentences', 'asks a question'] },
    template: 'value-thanks-1',
    reply: 'Thanks Ann, we are on it.',
    escalation: {
      target: 'support',
      severity: 'high',
      dueAt: '2026-11-23T11:00:00.000Z',
      status: 'open',
    },
    strike: 'educate',
    native: { status: 'failed', detail: 'The reply box did not open.' },
    ...overrides,
  });
}

/** `count` valid entries, one minute apart from `2026-11-23T09:00Z`, oldest first. */
export function makeLogEntries(count: number, overrides: Partial<LogEntry> = {}): LogEntry[] {
  return Array.from({ length: count }, (_, index) =>
    makeLogEntry({ time: new Date(FIRST_TIME + index * 60_000).toISOString(), ...overrides }),
  );
}
