import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LogEntry } from './schema';

export const DB_NAME = 'rung';

/** Entries are stored a few hundred to a record: IndexedDB's cost is per record, not per byte. */
export interface LogChunk {
  seq: number;
  entries: LogEntry[];
}

export interface RungDbSchema extends DBSchema {
  chunks: { key: number; value: LogChunk };
  /** `revision` grows with every write, so each page's copy of the log knows when it is stale. */
  meta: { key: 'revision'; value: number };
}

export type RungDb = IDBPDatabase<RungDbSchema>;
type UpgradeTx = IDBPTransaction<RungDbSchema, ('chunks' | 'meta')[], 'versionchange'>;

/** The most entries one chunk holds. */
export const CHUNK_SIZE = 500;

/** The store of versions 1 to 4, dropped in version 5: one record per entry, with its indexes. */
interface OldLogSchema extends DBSchema {
  log: { key: string; value: LogEntry; indexes: Record<string, IDBValidKey> };
}
type OldLogDb = IDBPDatabase<OldLogSchema>;
type OldLogTx = IDBPTransaction<OldLogSchema, 'log'[], 'versionchange'>;
const old = (db: RungDb, tx: UpgradeTx) => ({ db: db as unknown as OldLogDb, tx: tx as unknown as OldLogTx });

/**
 * Schema migrations, in order: migration N brings a database from version N to N + 1.
 * Never edit a shipped migration; append a new one.
 */
export const MIGRATIONS: ReadonlyArray<(db: RungDb, tx: UpgradeTx) => void | Promise<void>> = [
  // v1: the log, newest-first browsing and the dashboard's filters.
  (db, tx) => {
    const log = old(db, tx).db.createObjectStore('log', { keyPath: 'id' });
    log.createIndex('by-time', 'time');
    log.createIndex('by-platform', 'platform');
    log.createIndex('by-action', 'action');
  },
  // v2: a comment's own history, so a bar shows what was already done after a reload.
  (db, tx) => {
    old(db, tx).tx.objectStore('log').createIndex('by-comment', ['platform', 'commentId']);
  },
  // v3: filtered dashboard queries read only the matching entries, already in time order.
  (db, tx) => {
    const log = old(db, tx).tx.objectStore('log');
    log.createIndex('by-action-time', ['action', 'time']);
    log.createIndex('by-platform-time', ['platform', 'time']);
    log.deleteIndex('by-action');
  },
  // v4: the platforms are listed from the platform-and-time index; one index less to write per entry.
  (db, tx) => {
    old(db, tx).tx.objectStore('log').deleteIndex('by-platform');
  },
  // v5: entries in chunks, oldest first. One record per entry and four indexes took 25 s to write
  // 100,000 entries in Chromium; chunks of 500 take well under one (npm run bench, log.write-100k).
  async (db, tx) => {
    const before = old(db, tx);
    const entries = await before.tx.objectStore('log').getAll();
    before.db.deleteObjectStore('log');
    const chunks = db.createObjectStore('chunks', { keyPath: 'seq' });
    db.createObjectStore('meta');
    entries.sort(byTimeThenId);
    for (let start = 0; start < entries.length; start += CHUNK_SIZE)
      void chunks.put({ seq: start / CHUNK_SIZE, entries: entries.slice(start, start + CHUNK_SIZE) });
    void tx.objectStore('meta').put(0, 'revision');
  },
];

/** The log's order: time, then id for entries of the same millisecond. */
export function byTimeThenId(a: LogEntry, b: LogEntry): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const DB_VERSION = MIGRATIONS.length;

export function openRungDb(name = DB_NAME, version = DB_VERSION): Promise<RungDb> {
  return openDB<RungDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // In order, each after the last one's requests; a failing migration aborts the upgrade whole.
      const migrate = async () => {
        for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]?.(db, tx);
      };
      migrate().catch(() => {
        try {
          tx.abort();
        } catch {
          // IndexedDB has already ended the upgrade on the request that failed.
        }
      });
    },
  });
}
