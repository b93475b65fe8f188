import type { Action } from '../ladder/rungs';
import type { RungDb } from './db';
import type { LogEntry } from './schema';

export interface LogFilter {
  actions?: readonly Action[];
  platforms?: readonly string[];
  /** Inclusive ISO lower bound on `time`. */
  from?: string;
  /** Exclusive ISO upper bound on `time`. */
  to?: string;
}

export interface AddManyResult {
  added: number;
  /** Entries whose id was already in the log (merges are idempotent). */
  skipped: number;
}

function matches(entry: LogEntry, filter: LogFilter): boolean {
  if (filter.actions?.length && !filter.actions.includes(entry.action)) return false;
  if (filter.platforms?.length && !filter.platforms.includes(entry.platform)) return false;
  return true;
}

function timeRange(filter: LogFilter): IDBKeyRange | undefined {
  const { from, to } = filter;
  if (from && to) return IDBKeyRange.bound(from, to, false, true);
  if (from) return IDBKeyRange.lowerBound(from);
  if (to) return IDBKeyRange.upperBound(to, true);
  return undefined;
}

/** `[key, time]` within the filter's time range. In IndexedDB key order `[key]` comes before every `[key, time]` and `[key, []]` after them. */
function keyRange(key: string, { from, to }: LogFilter): IDBKeyRange {
  return IDBKeyRange.bound(from ? [key, from] : [key], to ? [key, to] : [key, []], false, to !== undefined);
}

/** A time range IndexedDB refuses to build: nothing can match it. */
function isEmptyRange({ from, to }: LogFilter): boolean {
  return from !== undefined && to !== undefined && from >= to;
}

/** The compound index that reads only what the filter's actions (else platforms) can match. */
function keyedIndex(
  filter: LogFilter,
): { index: 'by-action-time' | 'by-platform-time'; keys: readonly string[] } | undefined {
  if (filter.actions?.length) return { index: 'by-action-time', keys: filter.actions };
  if (filter.platforms?.length) return { index: 'by-platform-time', keys: filter.platforms };
  return undefined;
}

/** The order of the time index: time, then id for entries of the same millisecond. */
function byTimeThenId(a: LogEntry, b: LogEntry): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How often a long write reports its progress, in entries. */
const PROGRESS_STEP = 1_000;

/** The log's only door to IndexedDB, used by the background and the extension pages. */
export class LogRepository {
  constructor(private readonly db: Promise<RungDb>) {}

  async add(entry: LogEntry): Promise<void> {
    await (await this.db).add('log', entry);
  }

  /** Writes new entries (fresh ids) in one transaction, all or nothing; no duplicate check. */
  async addBatch(entries: readonly LogEntry[]): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('log', 'readwrite');
    const writes = entries.map((entry) => tx.store.add(entry));
    await Promise.all([...writes, tx.done]).catch(async (error: unknown) => {
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    });
  }

  /**
   * Writes all entries in one transaction: either every new entry lands or none does.
   * `onProgress(written, toWrite)` is told every PROGRESS_STEP entries written, and at the end.
   */
  async addMany(
    entries: readonly LogEntry[],
    onProgress?: (written: number, toWrite: number) => void,
  ): Promise<AddManyResult> {
    const db = await this.db;
    const tx = db.transaction('log', 'readwrite');
    let added = 0;
    let skipped = 0;
    // One read of the keys instead of a lookup per entry: imports are tens of thousands of lines.
    const seen = new Set<string>(await tx.store.getAllKeys());
    const writes: Promise<unknown>[] = [];
    try {
      for (const entry of entries) {
        if (seen.has(entry.id)) {
          skipped++;
          continue;
        }
        seen.add(entry.id);
        writes.push(tx.store.add(entry));
        added++;
      }
    } catch (error) {
      // An entry IndexedDB refuses at once must not leave the ones before it written.
      tx.abort();
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
    if (onProgress) {
      // Writes complete in the order they were asked for: the Nth done means N entries are written.
      for (let index = PROGRESS_STEP - 1; index < writes.length; index += PROGRESS_STEP) {
        const written = index + 1;
        void writes[index]!.then(
          () => onProgress(written, writes.length),
          () => undefined,
        );
      }
    }
    await Promise.all([...writes, tx.done]);
    onProgress?.(writes.length, writes.length);
    return { added, skipped };
  }

  async get(id: string): Promise<LogEntry | undefined> {
    return (await this.db).get('log', id);
  }

  async remove(id: string): Promise<void> {
    await (await this.db).delete('log', id);
  }

  async count(): Promise<number> {
    return (await this.db).count('log');
  }

  /** Entries matching the filter, newest first. */
  async query(filter: LogFilter = {}): Promise<LogEntry[]> {
    const db = await this.db;
    // An empty time range (IndexedDB refuses to build one).
    if (isEmptyRange(filter)) return [];
    // Read only what a filter can match, through the narrowest index, already in time order.
    if (filter.actions?.length) {
      const entries = await this.inTimeOrder('by-action-time', filter.actions, filter);
      return filter.platforms?.length ? entries.filter((entry) => matches(entry, filter)) : entries;
    }
    if (filter.platforms?.length) return this.inTimeOrder('by-platform-time', filter.platforms, filter);
    // One getAll over the time index is far faster than a cursor step per entry.
    return (await db.getAllFromIndex('log', 'by-time', timeRange(filter))).reverse();
  }

  /**
   * The newest `limit` entries matching the filter, read with a cursor from the newest end: what a
   * list shows first, long before a query over a large log has read everything.
   */
  async newest(filter: LogFilter, limit: number): Promise<LogEntry[]> {
    const db = await this.db;
    if (isEmptyRange(filter)) return [];
    const take = async (
      index: 'by-time' | 'by-action-time' | 'by-platform-time',
      range: IDBKeyRange | undefined,
    ) => {
      const found: LogEntry[] = [];
      let cursor = await db.transaction('log').store.index(index).openCursor(range, 'prev');
      while (cursor && found.length < limit) {
        if (matches(cursor.value, filter)) found.push(cursor.value);
        cursor = await cursor.continue();
      }
      return found;
    };
    const keyed = keyedIndex(filter);
    if (!keyed) return take('by-time', timeRange(filter));
    const parts = await Promise.all(keyed.keys.map((key) => take(keyed.index, keyRange(key, filter))));
    return parts.flat().sort(byTimeThenId).reverse().slice(0, limit);
  }

  /**
   * How many entries match, counted by the indexes without reading them; undefined when the filter
   * needs the entries themselves (both actions and platforms).
   */
  async countMatching(filter: LogFilter): Promise<number | undefined> {
    const db = await this.db;
    if (isEmptyRange(filter)) return 0;
    if (filter.actions?.length && filter.platforms?.length) return undefined;
    const keyed = keyedIndex(filter);
    // Chromium counts a whole store several times faster than a whole index.
    if (!keyed)
      return filter.from || filter.to
        ? db.countFromIndex('log', 'by-time', timeRange(filter))
        : db.count('log');
    const counts = await Promise.all(
      keyed.keys.map((key) => db.countFromIndex('log', keyed.index, keyRange(key, filter))),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** Newest first: the entries whose `[key, time]` falls in the filter's time range, for each key. */
  private async inTimeOrder(
    index: 'by-action-time' | 'by-platform-time',
    keys: readonly string[],
    { from, to }: LogFilter,
  ): Promise<LogEntry[]> {
    const db = await this.db;
    const parts = await Promise.all(
      keys.map((key) => db.getAllFromIndex('log', index, keyRange(key, { from, to }))),
    );
    const entries = parts.length === 1 ? parts[0]! : parts.flat().sort(byTimeThenId);
    return entries.reverse();
  }

  /** How many of each action were recorded since `since` (ISO). */
  async countByAction(since: string): Promise<Partial<Record<Action, number>>> {
    const counts: Partial<Record<Action, number>> = {};
    for (const entry of await this.query({ from: since }))
      counts[entry.action] = (counts[entry.action] ?? 0) + 1;
    return counts;
  }

  async platforms(): Promise<string[]> {
    const db = await this.db;
    const keys: string[] = [];
    // One step per platform: jump past all of a platform's entries to the next one, rather than
    // walk them ('nextunique' still walks every entry in Chromium).
    let cursor = await db.transaction('log').store.index('by-platform-time').openKeyCursor();
    while (cursor) {
      const platform = cursor.key[0];
      keys.push(platform);
      cursor = await cursor.continue([platform, [] as unknown as string]);
    }
    return keys;
  }

  /** The most recent action on each of these comments, for restoring bars after a reload. */
  async latestActions(platform: string, commentIds: readonly string[]): Promise<Record<string, LogEntry>> {
    const db = await this.db;
    const tx = db.transaction('log');
    const index = tx.store.index('by-comment');
    const latest: Record<string, LogEntry> = {};
    await Promise.all(
      commentIds.map(async (commentId) => {
        const entries = await index.getAll([platform, commentId]);
        for (const entry of entries) {
          const current = latest[commentId];
          if (!current || entry.time > current.time) latest[commentId] = entry;
        }
      }),
    );
    return latest;
  }
}
