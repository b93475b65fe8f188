import type { LogFilter, LogRepository } from '../../lib/log/repository';
import type { LogEntry } from '../../lib/log/schema';

/** What the list last showed: enough to tell cheaply whether reading the log again would change it. */
export interface LogSnapshot {
  /** Every entry in the log when the list was read. */
  total: number;
  filter: LogFilter;
  /** The entries shown, newest first. */
  entries: readonly LogEntry[];
}

/**
 * Whether the log changed since the snapshot, without reading it all again (a large log takes
 * seconds): the log only grows by new actions and imports, and shrinks by undoing a recent action,
 * so a changed count or a change among the newest matching entries gives it away.
 */
export async function hasLogChanged(
  repository: Pick<LogRepository, 'count' | 'query'>,
  snapshot: LogSnapshot,
): Promise<boolean> {
  if ((await repository.count()) !== snapshot.total) return true;
  const newest = snapshot.entries[0];
  if (!newest) return false;
  const shownSince = snapshot.entries.filter((entry) => entry.time >= newest.time).map((entry) => entry.id);
  const storedSince = (await repository.query({ ...snapshot.filter, from: newest.time })).map(
    (entry) => entry.id,
  );
  return storedSince.length !== shownSince.length || storedSince.some((id) => !shownSince.includes(id));
}
