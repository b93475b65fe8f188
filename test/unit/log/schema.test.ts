import { describe, expect, it } from 'vitest';
import { LogDraftSchema, LogEntrySchema } from '../../../lib/log/schema';
import { makeFullLogEntry, makeLogEntry } from './factory';

describe('log entry schema', () => {
  it('stores times in UTC, whatever offset a file used', () => {
    const entry = LogEntrySchema.parse(makeLogEntry({ time: '2026-11-23T10:30:00+02:00' }));
    expect(entry.time).toBe('2026-11-23T08:30:00.000Z');
  });

  it('accepts an entry with every optional field', () => {
    const full = makeFullLogEntry();
    expect(LogEntrySchema.parse(full)).toEqual(full);
  });

  it('only records http(s) page and permalink URLs', () => {
    expect(LogEntrySchema.safeParse(makeLogEntry({ pageUrl: 'javascript:alert(1)' })).success).toBe(false);
    expect(LogEntrySchema.safeParse(makeLogEntry({ permalink: 'data:text/html,hi' })).success).toBe(false);
  });

  it('bounds what a content script can send', () => {
    const { id: _id, time: _time, moderator: _moderator, ...draft } = makeLogEntry();
    expect(LogDraftSchema.safeParse(draft).success).toBe(true);
    expect(LogDraftSchema.safeParse({ ...draft, excerpt: 'x'.repeat(501) }).success).toBe(false);
    expect(LogDraftSchema.safeParse({ ...draft, commentId: '' }).success).toBe(false);
    expect(LogDraftSchema.safeParse({ ...draft, action: 'ban' }).success).toBe(false);
  });
});
