import Papa from 'papaparse';
import type { LogEntry } from './schema';

/** The log file formats (DESIGN section 4); import reads all three. */
export type LogFileFormat = 'json' | 'ndjson' | 'csv';

export const LOG_FORMAT = 'rung-log';
export const LOG_FORMAT_VERSION = 1;

export const LOG_FILE_EXTENSIONS: Record<LogFileFormat, string> = {
  json: 'json',
  ndjson: 'ndjson',
  csv: 'csv',
};

export const LOG_MIME_TYPES: Record<LogFileFormat, string> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  csv: 'text/csv;charset=utf-8',
};

/**
 * The CSV columns, in their documented, fixed order. Nested fields are flattened (`author.name` is
 * `authorName`); `suggestionReasons` holds the reasons as a JSON array so they come back exactly.
 * An absent optional field is an empty cell, and an empty cell is read back as absent: an optional
 * text that is an empty string therefore comes back absent from CSV (JSON and NDJSON keep it).
 */
export const CSV_COLUMNS = [
  'id',
  'time',
  'moderator',
  'platform',
  'action',
  'pageUrl',
  'commentId',
  'permalink',
  'authorName',
  'authorHandle',
  'excerpt',
  'suggestedRung',
  'suggestionConfidence',
  'suggestionReasons',
  'template',
  'reply',
  'escalationTarget',
  'escalationSeverity',
  'escalationDueAt',
  'escalationStatus',
  'strike',
  'nativeStatus',
  'nativeDetail',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * CSV cells a spreadsheet could run as a formula get a leading `'`. A cell that already starts with
 * `'`s before such a character gets one more too, so that import, which removes one `'` from cells
 * matching `NEUTRALISED_FORMULA`, gives back the original text in every case.
 */
export const FORMULA_RISK = /^'*[=+\-@\t\r]/;
export const NEUTRALISED_FORMULA = /^'+[=+\-@\t\r]/;

/** Entries per chunk: big enough to keep the overhead low, small enough to never build one huge string. */
const ENTRIES_PER_CHUNK = 1000;

export interface ExportMeta {
  exportedBy: string;
  exportedAt: string;
}

/**
 * The entry with its keys in column order and nothing else, so exports are stable and diff well.
 * Absent optional fields are undefined here; JSON.stringify leaves them out.
 */
function canonicalEntry(entry: LogEntry): LogEntry {
  const { author, suggestion, escalation, native } = entry;
  return {
    id: entry.id,
    time: entry.time,
    moderator: entry.moderator,
    platform: entry.platform,
    action: entry.action,
    pageUrl: entry.pageUrl,
    commentId: entry.commentId,
    permalink: entry.permalink,
    author: { name: author.name, handle: author.handle },
    excerpt: entry.excerpt,
    suggestion: suggestion && {
      rung: suggestion.rung,
      confidence: suggestion.confidence,
      reasons: suggestion.reasons,
    },
    template: entry.template,
    reply: entry.reply,
    escalation: escalation && {
      target: escalation.target,
      severity: escalation.severity,
      dueAt: escalation.dueAt,
      status: escalation.status,
    },
    strike: entry.strike,
    native: { status: native.status, detail: native.detail },
  };
}

/** One CSV row, cells in `CSV_COLUMNS` order. */
function toCsvRow(entry: LogEntry): string[] {
  const { author, suggestion, escalation, native } = entry;
  return [
    entry.id,
    entry.time,
    entry.moderator,
    entry.platform,
    entry.action,
    entry.pageUrl,
    entry.commentId,
    entry.permalink ?? '',
    author.name,
    author.handle ?? '',
    entry.excerpt,
    suggestion?.rung ?? '',
    suggestion ? String(suggestion.confidence) : '',
    suggestion ? JSON.stringify(suggestion.reasons) : '',
    entry.template ?? '',
    entry.reply ?? '',
    escalation?.target ?? '',
    escalation?.severity ?? '',
    escalation?.dueAt ?? '',
    escalation?.status ?? '',
    entry.strike ?? '',
    native.status,
    native.detail ?? '',
  ];
}

const CSV_NEWLINE = '\r\n';

function csvLines(rows: string[][]): string {
  return Papa.unparse(rows, { newline: CSV_NEWLINE, escapeFormulae: FORMULA_RISK }) + CSV_NEWLINE;
}

function* inChunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * The export as a sequence of string chunks (`new Blob([...chunks])` makes the file), so a large log
 * is never one giant string. JSON is the `rung-log` envelope with one entry per line, so an import
 * error can name its line; NDJSON is one entry per line; CSV is a header and one row per entry, CRLF
 * line ends, with a UTF-8 byte order mark so spreadsheets do not read it as another encoding.
 */
export function* exportChunks(
  format: LogFileFormat,
  entries: Iterable<LogEntry>,
  meta: ExportMeta,
): Generator<string> {
  if (format === 'csv') {
    yield '\uFEFF' + csvLines([[...CSV_COLUMNS]]);
    for (const chunk of inChunks(entries, ENTRIES_PER_CHUNK)) yield csvLines(chunk.map(toCsvRow));
    return;
  }
  if (format === 'ndjson') {
    for (const chunk of inChunks(entries, ENTRIES_PER_CHUNK))
      yield chunk.map((entry) => JSON.stringify(canonicalEntry(entry)) + '\n').join('');
    return;
  }
  const header = {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
  };
  yield JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "entries": [');
  let isEmpty = true;
  for (const chunk of inChunks(entries, ENTRIES_PER_CHUNK)) {
    const lines = chunk.map((entry) => `    ${JSON.stringify(canonicalEntry(entry))}`).join(',\n');
    yield (isEmpty ? '\n' : ',\n') + lines;
    isEmpty = false;
  }
  yield isEmpty ? ']\n}\n' : '\n  ]\n}\n';
}

/** The whole export as one string, for small logs and tests. */
export function toExportText(format: LogFileFormat, entries: Iterable<LogEntry>, meta: ExportMeta): string {
  return [...exportChunks(format, entries, meta)].join('');
}

/** `rung-log-2026-11-23.csv`, dated with the user's local day. */
export function exportFileName(format: LogFileFormat, date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${LOG_FORMAT}-${day}.${LOG_FILE_EXTENSIONS[format]}`;
}
