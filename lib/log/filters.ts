import type { Action } from '../ladder/rungs';
import type { LogFilter } from './repository';

/** The dashboard's filter controls, as the UI holds them. */
export interface DashboardFilters {
  actions: readonly Action[];
  platforms: readonly string[];
  /** A day as `<input type="date">` gives it (`YYYY-MM-DD`), or '' for no lower bound. */
  fromDay: string;
  /** Inclusive: the whole of that local day is kept. '' for no upper bound. */
  toDay: string;
}

export const NO_FILTERS: DashboardFilters = { actions: [], platforms: [], fromDay: '', toDay: '' };

export type FilterResult = { kind: 'ok'; filter: LogFilter } | { kind: 'inverted-dates' };

/** Local midnight at the start of `day`, or undefined when it is not a real `YYYY-MM-DD` date. */
export function localDayStart(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const start = new Date(2000, 0, 1);
  // setFullYear, because the Date constructor maps years 0-99 to 1900-1999.
  start.setFullYear(year, month - 1, date);
  const isRealDate =
    start.getFullYear() === year && start.getMonth() === month - 1 && start.getDate() === date;
  return isRealDate ? start : undefined;
}

/** Local midnight at the start of the day after `day`: the exclusive end of an inclusive day. */
function localNextDayStart(day: string): Date | undefined {
  const start = localDayStart(day);
  if (!start) return undefined;
  // Calendar arithmetic rather than +24 h, so days that DST makes 23 or 25 hours long stay whole.
  const next = new Date(start);
  next.setDate(start.getDate() + 1);
  return next;
}

/**
 * The log compares ISO times as strings, which only orders four-digit years correctly. Outside
 * them a bound would exclude everything, while dropping it is what the user meant (no bound).
 */
function comparableIso(date: Date | undefined): string | undefined {
  if (!date) return undefined;
  const iso = date.toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/** The repository query for the UI's filters; an unreadable day is no bound. */
export function toLogFilter(filters: DashboardFilters): FilterResult {
  const start = localDayStart(filters.fromDay);
  const end = localNextDayStart(filters.toDay);
  if (start && end && start >= end) return { kind: 'inverted-dates' };
  const filter: LogFilter = {};
  if (filters.actions.length) filter.actions = [...filters.actions];
  if (filters.platforms.length) filter.platforms = [...filters.platforms];
  const from = comparableIso(start);
  const to = comparableIso(end);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return { kind: 'ok', filter };
}

export function isFiltering(filters: DashboardFilters): boolean {
  return (
    filters.actions.length > 0 ||
    filters.platforms.length > 0 ||
    filters.fromDay !== '' ||
    filters.toDay !== ''
  );
}

/** Adds `item` to a multi-select, or removes it when already selected. */
export function toggleSelection<T>(selected: readonly T[], item: T): T[] {
  return selected.includes(item) ? selected.filter((other) => other !== item) : [...selected, item];
}
