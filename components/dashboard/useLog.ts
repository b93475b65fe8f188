import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toLogFilter, type DashboardFilters, type FilterResult } from '../../lib/log/filters';
import type { LogFilter, LogRepository } from '../../lib/log/repository';
import type { LogEntry } from '../../lib/log/schema';
import { hasLogChanged, type LogSnapshot } from './logSnapshot';

/** One query: the filters it ran with and the refresh it belongs to. */
interface Request {
  filter: FilterResult;
  generation: number;
}

interface Loaded {
  request: Request;
  entries: LogEntry[];
  total: number;
  /** Entries matching the filters, counted before they are all read. */
  matching: number;
  platforms: string[];
  /** False while only the newest page of a large result is in. */
  complete: boolean;
}

/** Entries shown before the whole result is read: a screenful and then some. */
export const FIRST_PAGE = 200;

export interface LogView {
  /** Entries matching the filters, newest first; those of the previous query while a new one runs. */
  entries: LogEntry[];
  /** Every entry in the log, whatever the filters. */
  total: number;
  /** How many entries match the filters, known before they are all read when the indexes can count them. */
  matching: number | undefined;
  platforms: string[];
  /** The repository query the filters make, or why they cannot match anything. */
  filter: FilterResult;
  /** True until the first query answers. */
  initialising: boolean;
  /** A query is running (the first one, a filter change or a refresh). */
  loading: boolean;
  error: unknown;
  refresh: () => void;
  readMatching: () => Promise<readonly LogEntry[]>;
}

function snapshotOf(loaded: Loaded, filter: LogFilter): LogSnapshot {
  return { total: loaded.total, filter, entries: loaded.entries };
}

/** Both events fire when the user comes back to the tab: one query is enough. */
const REFRESH_COALESCE_MS = 150;

/** The log as the filters show it, re-read on demand and when the page comes back into view after a change. */
export function useLog(repository: LogRepository, filters: DashboardFilters): LogView {
  const [generation, setGeneration] = useState(0);
  const filter = useMemo(() => toLogFilter(filters), [filters]);
  const request = useMemo<Request>(() => ({ filter, generation }), [filter, generation]);
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<{ request: Request; error: unknown }>();

  useEffect(() => {
    let current = true;
    const fail = (error: unknown) => {
      if (current) setFailure({ request, error });
    };
    const filter = request.filter.kind === 'ok' ? request.filter.filter : undefined;
    // First what the eye needs (the counts and the newest page), then the whole result.
    Promise.all([
      filter ? repository.newest(filter, FIRST_PAGE) : [],
      repository.count(),
      filter ? repository.countMatching(filter) : 0,
      repository.platforms(),
    ]).then(([newest, total, matching, platforms]) => {
      if (!current) return;
      const complete = !filter || newest.length >= matching;
      setLoaded({ request, entries: newest, total, matching, platforms, complete });
      if (complete || !filter) return;
      repository.query(filter).then((entries) => {
        if (current)
          setLoaded({ request, entries, total, matching: entries.length, platforms, complete: true });
      }, fail);
    }, fail);
    return () => {
      current = false;
    };
  }, [repository, request]);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  // The focus handler needs the latest state without re-subscribing on every load.
  const latest = useRef<{ loaded: Loaded | undefined; request: Request }>(undefined);
  useEffect(() => {
    latest.current = { loaded, request };
  }, [loaded, request]);

  /** The entries matching the filters now: those shown when the log has not changed since, else read afresh. */
  const readMatching = useCallback(async (): Promise<readonly LogEntry[]> => {
    if (filter.kind !== 'ok') return [];
    const shown = latest.current?.loaded;
    const isCurrent = shown !== undefined && shown.complete && shown.request === latest.current?.request;
    if (isCurrent && !(await hasLogChanged(repository, snapshotOf(shown, filter.filter))))
      return shown.entries;
    refresh();
    return repository.query(filter.filter);
  }, [repository, filter, refresh]);

  const pendingCheck = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    let active = true;
    const refreshIfChanged = async () => {
      const shown = latest.current?.loaded;
      // While a query runs, it is already reading the log afresh.
      if (!shown || !shown.complete || shown.request !== latest.current?.request) return;
      if (shown.request.filter.kind !== 'ok') return refresh();
      const snapshot = snapshotOf(shown, shown.request.filter.filter);
      if ((await hasLogChanged(repository, snapshot)) && active) refresh();
    };
    const checkSoon = () => {
      if (document.visibilityState !== 'visible' || pendingCheck.current !== undefined) return;
      pendingCheck.current = setTimeout(() => {
        pendingCheck.current = undefined;
        // A failed check is not worth a message: the next focus or the refresh button tries again.
        refreshIfChanged().catch(() => undefined);
      }, REFRESH_COALESCE_MS);
    };
    window.addEventListener('focus', checkSoon);
    document.addEventListener('visibilitychange', checkSoon);
    return () => {
      active = false;
      window.removeEventListener('focus', checkSoon);
      document.removeEventListener('visibilitychange', checkSoon);
      clearTimeout(pendingCheck.current);
      pendingCheck.current = undefined;
    };
  }, [repository, refresh]);

  const failed = failure?.request === request;
  return {
    entries: loaded?.entries ?? [],
    total: loaded?.total ?? 0,
    matching: loaded?.matching,
    platforms: loaded?.platforms ?? [],
    initialising: loaded === undefined && !failed,
    loading: (loaded?.request !== request || !loaded.complete) && !failed,
    filter,
    error: failed ? failure.error : undefined,
    refresh,
    readMatching,
  };
}
