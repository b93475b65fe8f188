import { describe, expect, it } from 'vitest';
import { suggestionAgreement } from '../../../lib/log/figures';
import type { LogEntry } from '../../../lib/log/schema';

const entry = (action: LogEntry['action'], suggested?: LogEntry['action']): LogEntry =>
  ({
    id: crypto.randomUUID(),
    time: '2026-11-23T10:00:00.000Z',
    moderator: 'Camille',
    platform: 'generic',
    pageUrl: 'https://forum.example/t/1',
    commentId: 'c1',
    author: { name: 'Ana' },
    excerpt: '',
    action,
    native: { status: 'done' },
    ...(suggested ? { suggestion: { rung: suggested, confidence: 0.7, reasons: [] } } : {}),
  }) as LogEntry;

describe('suggestion agreement', () => {
  it('counts rung choices made with a suggestion shown, and those that followed it', () => {
    expect(
      suggestionAgreement([
        entry('like', 'like'),
        entry('delete', 'delete'),
        entry('value', 'like'),
        entry('ignore'),
        entry('escalate', 'value'),
      ]),
    ).toEqual({ followed: 2, suggested: 3 });
    expect(suggestionAgreement([])).toEqual({ followed: 0, suggested: 0 });
  });
});
