import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, DB_NAME, DB_VERSION, openRungDb } from '../../../lib/log/db';
import { LogRepository, type LogFilter } from '../../../lib/log/repository';
import type { LogEntry } from '../../../lib/log/schema';
import { makeLogEntries, makeLogEntry } from './factory';

describe('log database', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openRungDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'meta']);
    db.close();
  });

  it('migrates a version 1 database and keeps its entries', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        const log = db.createObjectStore('log', { keyPath: 'id' });
        log.createIndex('by-time', 'time');
        log.createIndex('by-platform', 'platform');
        log.createIndex('by-action', 'action');
      },
    });
    const kept = makeLogEntry({ commentId: 'c-1', action: 'like' });
    await old.put('log', kept);
    old.close();

    const repository = new LogRepository(openRungDb());
    expect(await repository.get(kept.id)).toEqual(kept);
    expect((await repository.latestActions(kept.platform, ['c-1']))['c-1']?.id).toBe(kept.id);
  });
});

describe('log database migrations', () => {
  it('moves a version 4 log, one record per entry, into chunks in time order, and answers from them', async () => {
    const old = await openDB(DB_NAME, 4, {
      upgrade(db) {
        const log = db.createObjectStore('log', { keyPath: 'id' });
        log.createIndex('by-time', 'time');
        log.createIndex('by-comment', ['platform', 'commentId']);
        log.createIndex('by-action-time', ['action', 'time']);
        log.createIndex('by-platform-time', ['platform', 'time']);
      },
    });
    // More than two chunks' worth, stored in id order (random), not time order.
    const kept = Array.from({ length: CHUNK_SIZE * 2 + 7 }, (_, index) =>
      makeLogEntry({
        action: index % 3 === 0 ? 'delete' : 'like',
        platform: index % 2 === 0 ? 'reddit' : 'youtube',
        commentId: `c-${index % 50}`,
        time: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
      }),
    );
    const tx = old.transaction('log', 'readwrite');
    for (const entry of kept) void tx.store.put(entry);
    await tx.done;
    old.close();

    const db = await openRungDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'meta']);
    const chunks = await db.getAll('chunks');
    expect(chunks.map((chunk) => chunk.entries.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 7]);
    db.close();
    const repository = new LogRepository(openRungDb());
    const newestFirst = [...kept].reverse();
    expect(await repository.query()).toEqual(newestFirst);
    expect(await repository.query({ actions: ['delete'], platforms: ['reddit'] })).toEqual(
      newestFirst.filter((entry) => entry.action === 'delete' && entry.platform === 'reddit'),
    );
    expect((await repository.latestActions('reddit', ['c-0']))['c-0']).toEqual(
      newestFirst.find((entry) => entry.platform === 'reddit' && entry.commentId === 'c-0'),
    );
  });
});

/** The filter's meaning, written the slow obvious way, to check the indexed queries against. */
function reference(entries: LogEntry[], filter: LogFilter): LogEntry[] {
  return entries
    .filter(
      (entry) =>
        (!filter.actions?.length || filter.actions.includes(entry.action)) &&
        (!filter.platforms?.length || filter.platforms.includes(entry.platform)) &&
        (!filter.from || entry.time >= filter.from) &&
        (!filter.to || entry.time < filter.to),
    )
    .sort((a, b) => (a.time === b.time ? (a.id < b.id ? 1 : -1) : a.time < b.time ? 1 : -1));
}

describe('LogRepository queries', () => {
  it('answers every combination of filters like a plain scan would, newest first', async () => {
    const repository = new LogRepository(openRungDb());
    const actions = ['delete', 'ignore', 'like', 'value', 'personalize'] as const;
    const platforms = ['reddit', 'youtube', 'generic'];
    // Several entries share a millisecond, so ties must be ordered the same way too.
    const entries = Array.from({ length: 300 }, (_, index) =>
      makeLogEntry({
        action: actions[(index * 7) % actions.length],
        platform: platforms[(index * 5) % platforms.length],
        time: new Date(Date.UTC(2026, 10, 1) + Math.floor(index / 3) * 3_600_000).toISOString(),
      }),
    );
    await repository.addBatch(entries);
    const filters: LogFilter[] = [
      {},
      { actions: ['like'] },
      { actions: ['delete', 'value'] },
      { platforms: ['youtube'] },
      { platforms: ['reddit', 'generic'], actions: ['ignore', 'personalize'] },
      { from: '2026-11-02T00:00:00.000Z' },
      { to: '2026-11-03T05:00:00.000Z', actions: ['like', 'delete'] },
      { from: '2026-11-02T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z', platforms: ['reddit'] },
      { from: '2026-11-02T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', actions: ['like'] },
      { from: '2026-11-03T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
    ];
    for (const filter of filters) {
      const expected = reference(entries, filter);
      const label = JSON.stringify(filter);
      expect(await repository.query(filter), label).toEqual(expected);
      expect(await repository.newest(filter, 7), label).toEqual(expected.slice(0, 7));
      expect(await repository.countMatching(filter), label).toBe(expected.length);
    }
  });
});

describe('LogRepository', () => {
  it('lists newest first and filters by action, platform and time range', async () => {
    const repository = new LogRepository(openRungDb());
    const entries = [
      makeLogEntry({ time: '2026-11-20T10:00:00.000Z', action: 'like', platform: 'generic' }),
      makeLogEntry({ time: '2026-11-21T10:00:00.000Z', action: 'delete', platform: 'reddit' }),
      makeLogEntry({ time: '2026-11-22T10:00:00.000Z', action: 'like', platform: 'reddit' }),
    ];
    for (const entry of entries) await repository.add(entry);

    expect((await repository.query()).map((entry) => entry.time)).toEqual([
      '2026-11-22T10:00:00.000Z',
      '2026-11-21T10:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
    ]);
    expect(await repository.query({ actions: ['like'] })).toHaveLength(2);
    expect(await repository.query({ platforms: ['reddit'], actions: ['like'] })).toEqual([entries[2]]);
    expect(
      await repository.query({ from: '2026-11-21T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' }),
    ).toEqual([entries[1]]);
    expect(await repository.platforms()).toEqual(['generic', 'reddit']);
    expect(await repository.countByAction('2026-11-21T00:00:00.000Z')).toEqual({ like: 1, delete: 1 });
  });

  it('sees what another page wrote to the same database, and what it took back', async () => {
    const background = new LogRepository(openRungDb());
    const dashboard = new LogRepository(openRungDb());
    const first = makeLogEntry({ time: '2026-11-20T10:00:00.000Z' });
    await background.add(first);
    expect(await dashboard.query()).toEqual([first]);
    const imported = makeLogEntries(3);
    await dashboard.addMany(imported);
    expect(await background.count()).toBe(4);
    expect(await background.get(imported[0]!.id)).toEqual(imported[0]);
    await background.remove(first.id);
    expect(await dashboard.get(first.id)).toBeUndefined();
    expect(await dashboard.count()).toBe(3);
  });

  it('fills a chunk and starts the next as entries arrive one by one, losing none', async () => {
    const repository = new LogRepository(openRungDb());
    const entries = Array.from({ length: CHUNK_SIZE + 3 }, (_, index) =>
      makeLogEntry({ time: new Date(Date.UTC(2026, 10, 1) + index * 1_000).toISOString() }),
    );
    for (const entry of entries) await repository.add(entry);
    const db = await openRungDb();
    expect((await db.getAll('chunks')).map((chunk) => chunk.entries.length)).toEqual([CHUNK_SIZE, 3]);
    db.close();
    expect(await new LogRepository(openRungDb()).query()).toEqual([...entries].reverse());
  });

  it('never overwrites an entry: adding an existing id fails', async () => {
    const repository = new LogRepository(openRungDb());
    const entry = makeLogEntry();
    await repository.add(entry);
    await expect(repository.add({ ...entry, action: 'delete' })).rejects.toThrow();
    expect((await repository.get(entry.id))?.action).toBe(entry.action);
  });

  it('merges idempotently: addMany skips ids already present and duplicates within the batch', async () => {
    const repository = new LogRepository(openRungDb());
    const first = makeLogEntry();
    await repository.add(first);
    const second = makeLogEntry();
    expect(await repository.addMany([first, second, second])).toEqual({ added: 1, skipped: 2 });
    expect(await repository.count()).toBe(2);
    expect(await repository.addMany([first, second])).toEqual({ added: 0, skipped: 2 });
  });

  it('tells a long write how far it is, every thousand new entries and at the end', async () => {
    const repository = new LogRepository(openRungDb());
    const present = makeLogEntry();
    await repository.add(present);
    const fresh = Array.from({ length: 2_500 }, () => makeLogEntry());
    const progress: [number, number][] = [];
    await repository.addMany([present, ...fresh], (written, toWrite) => progress.push([written, toWrite]));
    expect(progress).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
  });

  it('writes all or nothing: a failing entry leaves the log as it was', async () => {
    const repository = new LogRepository(openRungDb());
    const broken = { ...makeLogEntry(), id: undefined } as unknown as ReturnType<typeof makeLogEntry>;
    await expect(repository.addMany([makeLogEntry(), broken, makeLogEntry()])).rejects.toThrow();
    expect(await repository.count()).toBe(0);
    // One IndexedDB itself refuses (it cannot be stored) aborts the whole write too.
    const kept = makeLogEntry();
    await repository.add(kept);
    const unstorable = { ...makeLogEntry(), excerpt: () => 'no' } as unknown as ReturnType<
      typeof makeLogEntry
    >;
    await expect(repository.addMany([makeLogEntry(), unstorable])).rejects.toThrow();
    await expect(repository.add(unstorable)).rejects.toThrow();
    expect(await repository.query()).toEqual([kept]);
    expect(await new LogRepository(openRungDb()).query()).toEqual([kept]);
  });

  it('gives the latest action per comment', async () => {
    const repository = new LogRepository(openRungDb());
    const generic = { platform: 'generic' };
    await repository.add(
      makeLogEntry({ ...generic, commentId: 'a', action: 'like', time: '2026-11-20T10:00:00.000Z' }),
    );
    await repository.add(
      makeLogEntry({ ...generic, commentId: 'a', action: 'value', time: '2026-11-20T11:00:00.000Z' }),
    );
    await repository.add(
      makeLogEntry({ ...generic, commentId: 'b', action: 'ignore', time: '2026-11-20T09:00:00.000Z' }),
    );
    await repository.add(makeLogEntry({ commentId: 'b', action: 'ignore', platform: 'other' }));
    const latest = await repository.latestActions('generic', ['a', 'b', 'c']);
    expect(Object.fromEntries(Object.entries(latest).map(([id, entry]) => [id, entry.action]))).toEqual({
      a: 'value',
      b: 'ignore',
    });
  });
});
