import type { Action } from '../ladder/rungs';
import type { IDBPTransaction } from 'idb';
import { byTimeThenId, CHUNK_SIZE, type LogChunk, type RungDb, type RungDbSchema } from './db';
import type { LogEntry } from './schema';
import { authorKey } from '../members/standing';

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

/** How often a long write reports its progress, in entries. */
const PROGRESS_STEP = 1_000;

const commentKey = (platform: string, commentId: string) => `${platform}\u0000${commentId}`;
const memberKey = (platform: string, author: string) => `${platform}\u0000${author}`;

/** The first index in `entries` (oldest first) whose time is not before `time`. */
function firstAtOrAfter(entries: readonly LogEntry[], time: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.time < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What any write checks first: a log entry IndexedDB would store but Rung could not order or find. */
function checkStorable(entry: LogEntry): void {
  if (typeof entry?.id !== 'string' || entry.id === '' || typeof entry.time !== 'string')
    throw new TypeError('A log entry needs an id and a time');
}

interface Placed {
  entry: LogEntry;
  /** The chunk it is stored in. */
  seq: number;
}

/**
 * The whole log as one revision of the database holds it, oldest first, with what the queries
 * look up: where each entry is stored, each comment's latest entry, each member's entries, the platforms.
 */
class LogCopy {
  private latestByComment: Map<string, LogEntry> | undefined;
  private byMember: Map<string, LogEntry[]> | undefined;
  private platformList: string[] | undefined;

  private constructor(
    public revision: number,
    /** Oldest first, by time then id. */
    public entries: LogEntry[],
    readonly placed: Map<string, Placed>,
  ) {}

  static of(revision: number, chunks: readonly LogChunk[]): LogCopy {
    const placed = new Map<string, Placed>();
    const entries: LogEntry[] = [];
    for (const chunk of chunks)
      for (const entry of chunk.entries) {
        entries.push(entry);
        placed.set(entry.id, { entry, seq: chunk.seq });
      }
    // Nearly always in order already (chunks are appended as time goes), which the sort is quick on.
    entries.sort(byTimeThenId);
    return new LogCopy(revision, entries, placed);
  }

  /** Brings the copy to `revision`, which stored `added` and took `removed` away. */
  apply(revision: number, added: readonly Placed[], removed?: string): void {
    this.revision = revision;
    if (removed !== undefined) {
      this.entries = this.entries.filter((entry) => entry.id !== removed);
      this.placed.delete(removed);
      this.latestByComment = undefined;
      this.byMember = undefined;
      this.platformList = undefined;
    }
    let previous = this.entries.at(-1);
    let inOrder = true;
    for (const place of added) {
      const { entry } = place;
      if (previous && byTimeThenId(previous, entry) > 0) inOrder = false;
      previous = entry;
      this.entries.push(entry);
      this.placed.set(entry.id, place);
      const key = commentKey(entry.platform, entry.commentId);
      const latest = this.latestByComment?.get(key);
      if (this.latestByComment && (!latest || byTimeThenId(latest, entry) <= 0))
        this.latestByComment.set(key, entry);
      if (this.byMember) this.addToMember(this.byMember, entry);
      if (this.platformList && !this.platformList.includes(entry.platform)) this.platformList = undefined;
    }
    if (!inOrder) this.entries.sort(byTimeThenId);
  }

  /** The entries within the filter's time range, oldest first. */
  inTimeRange({ from, to }: LogFilter): LogEntry[] {
    const start = from === undefined ? 0 : firstAtOrAfter(this.entries, from);
    const end = to === undefined ? this.entries.length : firstAtOrAfter(this.entries, to);
    return start < end ? this.entries.slice(start, end) : [];
  }

  latest(platform: string, commentId: string): LogEntry | undefined {
    if (!this.latestByComment) {
      this.latestByComment = new Map();
      // Oldest first: each comment ends up with its newest entry.
      for (const entry of this.entries)
        this.latestByComment.set(commentKey(entry.platform, entry.commentId), entry);
    }
    return this.latestByComment.get(commentKey(platform, commentId));
  }

  /** Every entry about comments by this member (see `authorKey`) on this platform. */
  memberHistory(platform: string, author: string): readonly LogEntry[] {
    if (!this.byMember) {
      this.byMember = new Map();
      for (const entry of this.entries) this.addToMember(this.byMember, entry);
    }
    return this.byMember.get(memberKey(platform, author)) ?? [];
  }

  private addToMember(index: Map<string, LogEntry[]>, entry: LogEntry): void {
    const author = authorKey(entry.author);
    if (author === undefined) return;
    const key = memberKey(entry.platform, author);
    const history = index.get(key);
    if (history) history.push(entry);
    else index.set(key, [entry]);
  }

  platforms(): string[] {
    this.platformList ??= [...new Set(this.entries.map((entry) => entry.platform))].sort();
    return this.platformList;
  }
}

type WriteTx = IDBPTransaction<RungDbSchema, ('chunks' | 'meta')[], 'readwrite'>;

/**
 * The log's only door to IndexedDB, used by the background and the extension pages. Entries are
 * stored in chunks (see `db.ts`); each page keeps the log in memory and answers queries from it,
 * reading the chunks again only when another page has written since (the `revision` tells).
 */
export class LogRepository {
  private copy: LogCopy | undefined;
  private loading: { revision: number; copy: Promise<LogCopy> } | undefined;

  constructor(private readonly db: Promise<RungDb>) {}

  async add(entry: LogEntry): Promise<void> {
    await this.addBatch([entry]);
  }

  /** Writes new entries in one transaction, all or nothing; an id already in the log fails it. */
  async addBatch(entries: readonly LogEntry[]): Promise<void> {
    entries.forEach(checkStorable);
    await this.write(async (tx, current) => {
      const ids = new Set<string>();
      for (const entry of entries) {
        if (current.placed.has(entry.id) || ids.has(entry.id))
          throw new Error(`The log already holds an entry with id ${entry.id}`);
        ids.add(entry.id);
      }
      return { added: await appendToLastChunk(tx, entries) };
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
    entries.forEach(checkStorable);
    const added = await this.write(async (tx, current) => {
      const seen = new Set(current.placed.keys());
      const fresh: LogEntry[] = [];
      for (const entry of entries) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        fresh.push(entry);
      }
      const chunks = tx.objectStore('chunks');
      const last = await chunks.openCursor(null, 'prev');
      let seq = last ? last.value.seq + 1 : 0;
      const added: Placed[] = [];
      const writes: Promise<unknown>[] = [];
      for (let start = 0; start < fresh.length; start += CHUNK_SIZE, seq++) {
        const slice = fresh.slice(start, start + CHUNK_SIZE);
        for (const entry of slice) added.push({ entry, seq });
        const write = chunks.put({ seq, entries: slice });
        const written = start + slice.length;
        // Writes complete in the order they were asked for: this one done means `written` are.
        if (onProgress && Math.floor(written / PROGRESS_STEP) > Math.floor(start / PROGRESS_STEP))
          void write.then(
            () => onProgress(Math.floor(written / PROGRESS_STEP) * PROGRESS_STEP, fresh.length),
            () => undefined,
          );
        writes.push(write);
      }
      await Promise.all(writes);
      return { added };
    });
    onProgress?.(added.length, added.length);
    return { added: added.length, skipped: entries.length - added.length };
  }

  async get(id: string): Promise<LogEntry | undefined> {
    return (await this.read()).placed.get(id)?.entry;
  }

  async remove(id: string): Promise<void> {
    await this.write(async (tx, current) => {
      const place = current.placed.get(id);
      if (!place) return { added: [] };
      const chunks = tx.objectStore('chunks');
      const chunk = await chunks.get(place.seq);
      const kept = chunk?.entries.filter((entry) => entry.id !== id) ?? [];
      await (kept.length > 0 ? chunks.put({ seq: place.seq, entries: kept }) : chunks.delete(place.seq));
      return { added: [], removed: id };
    });
  }

  async count(): Promise<number> {
    return (await this.read()).entries.length;
  }

  /** Entries matching the filter, newest first. */
  async query(filter: LogFilter = {}): Promise<LogEntry[]> {
    const inRange = (await this.read()).inTimeRange(filter);
    const found =
      filter.actions?.length || filter.platforms?.length
        ? inRange.filter((entry) => matches(entry, filter))
        : inRange;
    return found.reverse();
  }

  /** The newest `limit` entries matching the filter: what a list shows first. */
  async newest(filter: LogFilter, limit: number): Promise<LogEntry[]> {
    const inRange = (await this.read()).inTimeRange(filter);
    const found: LogEntry[] = [];
    for (let index = inRange.length - 1; index >= 0 && found.length < limit; index--)
      if (matches(inRange[index]!, filter)) found.push(inRange[index]!);
    return found;
  }

  /** How many entries match the filter. */
  async countMatching(filter: LogFilter): Promise<number> {
    const inRange = (await this.read()).inTimeRange(filter);
    if (!filter.actions?.length && !filter.platforms?.length) return inRange.length;
    let count = 0;
    for (const entry of inRange) if (matches(entry, filter)) count++;
    return count;
  }

  /** How many of each action were recorded since `since` (ISO). */
  async countByAction(since: string): Promise<Partial<Record<Action, number>>> {
    const counts: Partial<Record<Action, number>> = {};
    for (const entry of (await this.read()).inTimeRange({ from: since }))
      counts[entry.action] = (counts[entry.action] ?? 0) + 1;
    return counts;
  }

  async platforms(): Promise<string[]> {
    return [...(await this.read()).platforms()];
  }

  /** The most recent action on each of these comments, for restoring bars after a reload. */
  async latestActions(platform: string, commentIds: readonly string[]): Promise<Record<string, LogEntry>> {
    const log = await this.read();
    const latest: Record<string, LogEntry> = {};
    for (const commentId of commentIds) {
      const entry = log.latest(platform, commentId);
      if (entry) latest[commentId] = entry;
    }
    return latest;
  }

  /** Each member's entries on this platform, keyed by `authorKey`. */
  async memberHistories(
    platform: string,
    authors: readonly string[],
  ): Promise<Map<string, readonly LogEntry[]>> {
    const log = await this.read();
    return new Map(authors.map((author) => [author, log.memberHistory(platform, author)]));
  }

  /** The log as the database holds it now: the copy in memory, unless another page wrote since. */
  private async read(): Promise<LogCopy> {
    const db = await this.db;
    const tx = db.transaction(['chunks', 'meta']);
    const revision = (await tx.objectStore('meta').get('revision')) ?? 0;
    if (this.copy?.revision === revision) return this.copy;
    // The dashboard asks for counts, a first page and the platforms at once: one load serves them.
    if (this.loading?.revision !== revision) {
      const copy = tx
        .objectStore('chunks')
        .getAll()
        .then((chunks) => LogCopy.of(revision, chunks));
      this.loading = { revision, copy };
    }
    const loading = this.loading;
    const copy = await loading.copy.catch((error: unknown) => {
      // A failed read is not kept: the next one tries again.
      if (this.loading === loading) this.loading = undefined;
      throw error;
    });
    if (!this.copy || this.copy.revision < copy.revision) this.copy = copy;
    return copy;
  }

  /**
   * One write transaction: `change` sees the log as it is in that transaction and says what it
   * stored; the revision moves on with it (unless nothing changed), and the copy in memory follows.
   * Resolves with the entries added.
   */
  private async write(
    change: (tx: WriteTx, current: LogCopy) => Promise<{ added: Placed[]; removed?: string }>,
  ): Promise<Placed[]> {
    const db = await this.db;
    const tx = db.transaction(['chunks', 'meta'], 'readwrite');
    const done = tx.done;
    try {
      const revision = (await tx.objectStore('meta').get('revision')) ?? 0;
      const current =
        this.copy?.revision === revision
          ? this.copy
          : LogCopy.of(revision, await tx.objectStore('chunks').getAll());
      const { added, removed } = await change(tx, current);
      const changed = added.length > 0 || removed !== undefined;
      if (changed) void tx.objectStore('meta').put(revision + 1, 'revision');
      await done;
      if (changed) current.apply(revision + 1, added, removed);
      this.copy = current;
      return added;
    } catch (error) {
      // Nothing of a failed write may land: the transaction goes whole or not at all.
      try {
        tx.abort();
      } catch {
        // Already aborted by IndexedDB itself.
      }
      await done.catch(() => undefined);
      throw error;
    }
  }
}

/** Appends entries to the newest chunk, starting new chunks when it is full; says where each went. */
async function appendToLastChunk(tx: WriteTx, entries: readonly LogEntry[]): Promise<Placed[]> {
  const chunks = tx.objectStore('chunks');
  const last = (await chunks.openCursor(null, 'prev'))?.value;
  const placed: Placed[] = [];
  let chunk: LogChunk =
    last && last.entries.length < CHUNK_SIZE
      ? { ...last, entries: [...last.entries] }
      : { seq: last ? last.seq + 1 : 0, entries: [] };
  const writes: Promise<unknown>[] = [];
  for (const entry of entries) {
    if (chunk.entries.length >= CHUNK_SIZE) {
      writes.push(chunks.put(chunk));
      chunk = { seq: chunk.seq + 1, entries: [] };
    }
    chunk.entries.push(entry);
    placed.push({ entry, seq: chunk.seq });
  }
  writes.push(chunks.put(chunk));
  await Promise.all(writes);
  return placed;
}
