import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRungDb } from '../../../lib/log/db';
import {
  NO_FILTERS,
  isFiltering,
  localDayStart,
  toLogFilter,
  toggleSelection,
  type DashboardFilters,
} from '../../../lib/log/filters';
import { LogRepository } from '../../../lib/log/repository';
import { makeLogEntry } from './factory';

// Paris: an offset from UTC, and a 23-hour day when DST starts (2024-03-31).
const previousTimeZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = previousTimeZone;
});

const filters = (patch: Partial<DashboardFilters>): DashboardFilters => ({ ...NO_FILTERS, ...patch });

describe('localDayStart', () => {
  it('is local midnight of that day', () => {
    expect(localDayStart('2024-03-10')?.toISOString()).toBe('2024-03-09T23:00:00.000Z');
  });

  it('keeps years below 100 as written', () => {
    expect(localDayStart('0050-06-01')?.getFullYear()).toBe(50);
  });

  it.each(['', '2024-02-30', '2024-13-01', '2024-3-1', '10/03/2024', 'today'])('rejects %j', (day) => {
    expect(localDayStart(day)).toBeUndefined();
  });
});

describe('toLogFilter', () => {
  it('filters nothing when no control is set', () => {
    expect(toLogFilter(NO_FILTERS)).toEqual({ kind: 'ok', filter: {} });
  });

  it('passes the selected actions and platforms through', () => {
    expect(toLogFilter(filters({ actions: ['delete', 'strike'], platforms: ['reddit'] }))).toEqual({
      kind: 'ok',
      filter: { actions: ['delete', 'strike'], platforms: ['reddit'] },
    });
  });

  it('starts at local midnight of "from" and ends at local midnight after "to"', () => {
    expect(toLogFilter(filters({ fromDay: '2024-03-10', toDay: '2024-03-12' }))).toEqual({
      kind: 'ok',
      filter: { from: '2024-03-09T23:00:00.000Z', to: '2024-03-12T23:00:00.000Z' },
    });
  });

  it('keeps a DST day whole', () => {
    expect(toLogFilter(filters({ fromDay: '2024-03-31', toDay: '2024-03-31' }))).toEqual({
      kind: 'ok',
      filter: { from: '2024-03-30T23:00:00.000Z', to: '2024-03-31T22:00:00.000Z' },
    });
  });

  it('accepts a single day and one-sided ranges', () => {
    expect(toLogFilter(filters({ fromDay: '2024-01-05' }))).toEqual({
      kind: 'ok',
      filter: { from: '2024-01-04T23:00:00.000Z' },
    });
    expect(toLogFilter(filters({ toDay: '2024-01-05' }))).toEqual({
      kind: 'ok',
      filter: { to: '2024-01-05T23:00:00.000Z' },
    });
  });

  it('reports a "from" day after the "to" day instead of querying', () => {
    expect(toLogFilter(filters({ fromDay: '2024-03-12', toDay: '2024-03-11' }))).toEqual({
      kind: 'inverted-dates',
    });
  });

  it('treats an unreadable day as no bound', () => {
    expect(toLogFilter(filters({ fromDay: '2024-02-30', toDay: 'soon' }))).toEqual({
      kind: 'ok',
      filter: {},
    });
  });

  it('drops an end bound that falls past year 9999 in UTC, which would not compare as a string', () => {
    expect(toLogFilter(filters({ toDay: '9999-12-31' }))).toEqual({
      kind: 'ok',
      filter: { to: '9999-12-31T23:00:00.000Z' },
    });
    process.env.TZ = 'America/New_York';
    try {
      expect(toLogFilter(filters({ toDay: '9999-12-31' }))).toEqual({ kind: 'ok', filter: {} });
    } finally {
      process.env.TZ = 'Europe/Paris';
    }
  });
});

describe('date filters against the log', () => {
  const entry = (commentId: string, time: string) => makeLogEntry({ commentId, time });

  it('keeps exactly the entries of the chosen local days', async () => {
    const repository = new LogRepository(openRungDb());
    await repository.addMany([
      entry('c1', '2024-03-09T22:59:59.999Z'), // 23:59:59.999 on the 9th in Paris
      entry('c2', '2024-03-09T23:00:00.000Z'), // midnight starting the 10th
      entry('c3', '2024-03-10T22:59:59.999Z'), // last instant of the 10th
      entry('c4', '2024-03-10T23:00:00.000Z'), // midnight starting the 11th
    ]);
    const result = toLogFilter(filters({ fromDay: '2024-03-10', toDay: '2024-03-10' }));
    if (result.kind !== 'ok') throw new Error('expected a filter');
    const kept = await repository.query(result.filter);
    expect(kept.map((e) => e.commentId)).toEqual(['c3', 'c2']);
  });
});

describe('isFiltering', () => {
  it('is false only when every control is empty', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(filters({ actions: ['note'] }))).toBe(true);
    expect(isFiltering(filters({ platforms: ['hn'] }))).toBe(true);
    expect(isFiltering(filters({ fromDay: '2024-01-01' }))).toBe(true);
    expect(isFiltering(filters({ toDay: '2024-01-01' }))).toBe(true);
  });
});

describe('toggleSelection', () => {
  it('adds a missing item and removes a present one', () => {
    expect(toggleSelection(['like'], 'value')).toEqual(['like', 'value']);
    expect(toggleSelection(['like', 'value'], 'like')).toEqual(['value']);
  });
});
