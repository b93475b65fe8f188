import type { Locale } from '../../lib/i18n';

/** Locale-aware formatting for the dashboard, built once per language. */
export interface Formatters {
  /** A log time, short enough for a row: "23 Nov 2026, 14:05". */
  time(iso: string): string;
  /** The same time with seconds and the time zone, for a tooltip. */
  fullTime(iso: string): string;
  count(value: number): string;
  /** Whether `value` takes the singular in this language (French counts 0 as singular). */
  isSingular(value: number): boolean;
}

export function makeFormatters(locale: Locale): Formatters {
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' });
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  // Imported files are validated, but a time the engine cannot read still shows, as written.
  const withDate = (format: Intl.DateTimeFormat) => (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return {
    time: withDate(short),
    fullTime: withDate(full),
    count: (value) => numbers.format(value),
    isSingular: (value) => plurals.select(value) === 'one',
  };
}
