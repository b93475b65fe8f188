import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LogEntry } from './schema';

export const DB_NAME = 'rung';

export interface RungDbSchema extends DBSchema {
  log: {
    key: string;
    value: LogEntry;
    indexes: {
      'by-time': string;
      'by-comment': [string, string];
      'by-action-time': [string, string];
      'by-platform-time': [string, string];
    };
  };
}

export type RungDb = IDBPDatabase<RungDbSchema>;
type UpgradeTx = IDBPTransaction<RungDbSchema, 'log'[], 'versionchange'>;

/**
 * Schema migrations, in order: migration N brings a database from version N to N + 1.
 * Never edit a shipped migration; append a new one.
 */
export const MIGRATIONS: ReadonlyArray<(db: RungDb, tx: UpgradeTx) => void> = [
  // v1: the log, newest-first browsing and the dashboard's filters.
  (db) => {
    const log = db.createObjectStore('log', { keyPath: 'id' });
    log.createIndex('by-time', 'time');
    // Both dropped later (v3, v4); the schema type lists today's indexes only.
    log.createIndex('by-platform' as never, 'platform');
    log.createIndex('by-action' as never, 'action');
  },
  // v2: a comment's own history, so a bar shows what was already done after a reload.
  (_db, tx) => {
    tx.objectStore('log').createIndex('by-comment', ['platform', 'commentId']);
  },
  // v3: filtered dashboard queries read only the matching entries, already in time order.
  (_db, tx) => {
    const log = tx.objectStore('log');
    log.createIndex('by-action-time', ['action', 'time']);
    log.createIndex('by-platform-time', ['platform', 'time']);
    log.deleteIndex('by-action' as never);
  },
  // v4: the platforms are listed from the platform-and-time index; one index less to write per entry.
  (_db, tx) => {
    tx.objectStore('log').deleteIndex('by-platform' as never);
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function openRungDb(name = DB_NAME, version = DB_VERSION): Promise<RungDb> {
  return openDB<RungDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
  });
}
