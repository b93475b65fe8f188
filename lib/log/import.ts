import Papa from 'papaparse';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  CSV_COLUMNS,
  LOG_FORMAT,
  LOG_FORMAT_VERSION,
  NEUTRALISED_FORMULA,
  type CsvColumn,
  type LogFileFormat,
} from './export';
import { LogEntrySchema, type LogEntry } from './schema';

// zod/mini has no messages of its own ("Invalid input"): import errors are read by people.
z.config(en());

export interface ImportError {
  /** 1-based line in the file. */
  line: number;
  /** The field and what is wrong with it, e.g. `action: Invalid option: expected one of …`. */
  message: string;
}

/**
 * Everything the caller needs to decide: with errors the file is refused and nothing is written,
 * unless the user chose to skip bad lines, in which case only `entries` are written.
 */
export interface ParsedLog {
  format: LogFileFormat;
  /** The valid entries, in file order, without duplicate ids. */
  entries: LogEntry[];
  errors: ImportError[];
  /** Entries found in the file, valid or not (0 when the file is refused as a whole). */
  total: number;
}

/** `line 7: action: Invalid option: …`, as shown to the user. */
export function formatImportError(error: ImportError): string {
  return `line ${error.line}: ${error.message}`;
}

type FieldPath = readonly PropertyKey[];

/** `author.name`, `suggestion.reasons[2]`. */
function jsonFieldName(path: FieldPath): string {
  if (path.length === 0) return 'entry';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

const CSV_COLUMN_OF_FIELD: Record<string, CsvColumn> = {
  'author.name': 'authorName',
  'author.handle': 'authorHandle',
  'suggestion.rung': 'suggestedRung',
  'suggestion.confidence': 'suggestionConfidence',
  'suggestion.reasons': 'suggestionReasons',
  'escalation.target': 'escalationTarget',
  'escalation.severity': 'escalationSeverity',
  'escalation.dueAt': 'escalationDueAt',
  'escalation.status': 'escalationStatus',
  'native.status': 'nativeStatus',
  'native.detail': 'nativeDetail',
};

/** Errors in a CSV name the column the user sees: `suggestionReasons[2]`, not `suggestion.reasons[2]`. */
function csvFieldName(path: FieldPath): string {
  const column = CSV_COLUMN_OF_FIELD[`${String(path[0])}.${String(path[1])}`];
  if (!column) return jsonFieldName(path);
  // Deeper than a column there are only the reasons' indexes.
  return (
    column +
    path
      .slice(2)
      .map((key) => `[${String(key)}]`)
      .join('')
  );
}

/** Top-level fields in the order files show them, so an entry's problems are listed in that order. */
const FIELD_ORDER = [
  'id',
  'time',
  'moderator',
  'platform',
  'action',
  'pageUrl',
  'commentId',
  'permalink',
  'author',
  'excerpt',
  'suggestion',
  'template',
  'reply',
  'escalation',
  'strike',
  'native',
];

function fieldRank(path: FieldPath): number {
  return FIELD_ORDER.indexOf(String(path[0]));
}

/** Validates entries one by one, keeps the first of each id, and reports the rest by line. */
class EntryCollector {
  readonly entries: LogEntry[] = [];
  readonly errors: ImportError[] = [];
  private total = 0;
  private readonly firstPositionById = new Map<string, number>();

  /**
   * `position` is whatever locates an entry cheaply (a line, or an index in an array) and `lineOf`
   * turns it into a line only when an error needs one.
   */
  constructor(
    private readonly fieldName: (path: FieldPath) => string,
    private readonly lineOf: (position: number) => number = (line) => line,
  ) {}

  reject(position: number, message: string): void {
    this.total++;
    this.errors.push({ line: this.lineOf(position), message });
  }

  add(position: number, value: unknown): void {
    this.total++;
    const result = LogEntrySchema.safeParse(value);
    if (!result.success) {
      const issues = result.error.issues.toSorted((a, b) => fieldRank(a.path) - fieldRank(b.path));
      const reasons = issues.map((issue) => `${this.fieldName(issue.path)}: ${issue.message}`);
      this.errors.push({ line: this.lineOf(position), message: reasons.join('; ') });
      return;
    }
    const entry = result.data;
    const first = this.firstPositionById.get(entry.id);
    if (first !== undefined) {
      const message = `id: ${entry.id} is already used on line ${this.lineOf(first)} (only the first is kept)`;
      this.errors.push({ line: this.lineOf(position), message });
      return;
    }
    this.firstPositionById.set(entry.id, position);
    this.entries.push(entry);
  }

  result(format: LogFileFormat): ParsedLog {
    return { format, entries: this.entries, errors: this.errors, total: this.total };
  }
}

function refused(format: LogFileFormat, message: string, line = 1): ParsedLog {
  return { format, entries: [], errors: [{ line, message }], total: 0 };
}

// ---- JSON positions ----

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

// eslint-disable-next-line no-control-regex -- JSON strings must not hold raw control characters.
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * A JSON reader that only finds positions, which JSON.parse does not give (or not in every engine):
 * it throws a `JsonSyntaxError` at the first syntax error, and returns the offset where each element
 * of the top-level object's `entries` array starts.
 */
function scanJson(text: string): number[] {
  const entryOffsets: number[] = [];
  let at = 0;

  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const fail = (expected: string): never => {
    const found = at < text.length ? JSON.stringify(text.charAt(at)) : 'the end of the text';
    throw new JsonSyntaxError(at, `expected ${expected}, found ${found}`);
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  /** After an element: a comma and another one (true), or the container's end (false). */
  const hasNext = (close: string): boolean => {
    skipSpace();
    if (text[at] === ',') {
      at++;
      skipSpace();
      return true;
    }
    if (text[at] !== close) fail(`"," or "${close}"`);
    at++;
    return false;
  };

  const value = (role: 'top' | 'entries' | 'other'): void => {
    skipSpace();
    if (text[at] === '{') return object(role === 'top');
    if (text[at] === '[') return array(role === 'entries');
    if (text[at] === '"') {
      if (!match(JSON_STRING)) fail('a closed string without raw line breaks or control characters');
    } else if (!match(JSON_LITERAL)) fail('a value');
  };
  const object = (isTop: boolean): void => {
    at++;
    skipSpace();
    if (text[at] === '}') {
      at++;
      return;
    }
    do {
      const keyStart = at;
      if (text[at] !== '"' || !match(JSON_STRING)) fail('a property name in double quotes');
      const isEntries = isTop && JSON.parse(text.slice(keyStart, at)) === 'entries';
      skipSpace();
      if (text[at] !== ':') fail('":"');
      at++;
      value(isEntries ? 'entries' : 'other');
    } while (hasNext('}'));
  };
  const array = (isEntries: boolean): void => {
    at++;
    skipSpace();
    if (text[at] === ']') {
      at++;
      return;
    }
    do {
      if (isEntries) entryOffsets.push(at);
      value('other');
    } while (hasNext(']'));
  };

  value('top');
  skipSpace();
  if (at < text.length) fail('nothing after the end of the JSON value');
  return entryOffsets;
}

/** 1-based line of each offset; offsets must be in increasing order. */
function linesAt(text: string, offsets: readonly number[]): number[] {
  let line = 1;
  let next = text.indexOf('\n');
  return offsets.map((offset) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  });
}

/** Where and why `text` (which JSON.parse refused) is not JSON. */
function describeSyntaxError(text: string, parseError: unknown): { line: number; message: string } {
  try {
    scanJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const [line = 1] = linesAt(text, [error.offset]);
      const column = error.offset - text.lastIndexOf('\n', error.offset - 1);
      return { line, message: `invalid JSON at column ${column}: ${error.message}` };
    }
    // Nesting too deep for the scanner: fall back to the engine's own words.
  }
  return { line: 1, message: `invalid JSON: ${parseError instanceof Error ? parseError.message : ''}` };
}

// ---- formats ----

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEnvelope(text: string, envelope: Record<string, unknown>): ParsedLog {
  const { format, version, entries } = envelope;
  const shown = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));
  if (format !== LOG_FORMAT)
    return refused('json', `This is not a Rung log: format is ${shown(format)}, expected "${LOG_FORMAT}".`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refused('json', `version: expected a whole number from 1, found ${shown(version)}.`);
  if (version > LOG_FORMAT_VERSION)
    return refused(
      'json',
      `This log was written by a newer Rung (log format version ${version}); this one reads up to ` +
        `version ${LOG_FORMAT_VERSION}. Update Rung to import it.`,
    );
  if (!Array.isArray(entries)) return refused('json', 'entries: expected an array of log entries.');

  let lines: number[] | undefined;
  const lineOfEntry = (index: number): number => {
    if (!lines) {
      let offsets: number[] = [];
      try {
        offsets = scanJson(text);
      } catch {
        // Nesting too deep for the scanner: errors then point at the top of the file.
      }
      lines = linesAt(text, offsets);
    }
    return lines[index] ?? 1;
  };
  const collector = new EntryCollector(jsonFieldName, lineOfEntry);
  entries.forEach((entry, index) => collector.add(index, entry));
  return collector.result('json');
}

interface TextLine {
  line: number;
  content: string;
}

function* nonBlankLines(text: string): Generator<TextLine> {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    if (/\S/.test(content)) yield { line, content };
    start = end + 1;
  }
}

function parsesAsObject(line: string): boolean {
  try {
    return isObject(JSON.parse(line));
  } catch {
    return false;
  }
}

function readNdjson(text: string): ParsedLog {
  const collector = new EntryCollector(jsonFieldName);
  for (const { line, content } of nonBlankLines(text)) {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      collector.reject(line, describeSyntaxError(content, error).message);
      continue;
    }
    collector.add(line, value);
  }
  return collector.result('ndjson');
}

/** A JSON document (the envelope), or NDJSON: one entry per line. */
function readJson(text: string): ParsedLog {
  const [first, second] = nonBlankLines(text) as Iterable<TextLine | undefined>;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // A file of several JSON lines does not parse as one document: NDJSON, if one of its first lines says so.
    if ([first, second].some((line) => line && parsesAsObject(line.content))) return readNdjson(text);
    const { line, message } = describeSyntaxError(text, error);
    return refused('json', message, line);
  }
  if (isObject(document) && ('format' in document || 'entries' in document))
    return readEnvelope(text, document);
  if (!isObject(document))
    return refused('json', `This is not a Rung log: expected a "${LOG_FORMAT}" object, found a JSON array.`);
  // A single JSON object that is not an envelope: an NDJSON file of one entry.
  const collector = new EntryCollector(jsonFieldName);
  collector.add(first?.line ?? 1, document);
  return collector.result('ndjson');
}

function checkCsvHeader(header: readonly string[]): string | undefined {
  const known = new Set<string>(CSV_COLUMNS);
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !known.has(column));
  const repeated = header.filter((column, index) => known.has(column) && header.indexOf(column) !== index);
  if (missing.length + unknown.length + repeated.length === 0) return undefined;
  const quoted = (columns: readonly string[]) => columns.map((column) => JSON.stringify(column)).join(', ');
  const problems = [
    missing.length > 0 && `missing columns ${missing.join(', ')}`,
    unknown.length > 0 && `unknown columns ${quoted(unknown)}`,
    repeated.length > 0 && `repeated columns ${quoted(repeated)}`,
  ].filter(Boolean);
  return `The CSV header is not a Rung log header: ${problems.join('; ')}. Expected: ${CSV_COLUMNS.join(',')}`;
}

/** A number cell as a number; anything else is left as text for the schema to report. */
function numberCell(cell: string): number | string {
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(cell) ? Number(cell) : cell;
}

/** The reasons' JSON array (none when empty); anything else is left as text for the schema to report. */
function reasonsCell(cell: string): unknown {
  if (cell === '') return [];
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

type CsvRecord = Readonly<Record<CsvColumn, string>>;

/** A row's cells by column name, with the export's formula neutralisation undone. */
function csvRecord(cells: readonly string[], columnAt: Readonly<Record<CsvColumn, number>>): CsvRecord {
  const record = {} as Record<CsvColumn, string>;
  for (const column of CSV_COLUMNS) {
    const cell = cells[columnAt[column]] ?? '';
    record[column] = NEUTRALISED_FORMULA.test(cell) ? cell.slice(1) : cell;
  }
  return record;
}

type Fields = Record<string, unknown>;

/**
 * The (unvalidated) entry a CSV row describes: the reverse of the export's flattening. Empty cells
 * of optional fields leave the field out (no `undefined` values, so entries compare deep-equal).
 */
function entryFromRow(row: CsvRecord): Fields {
  const author: Fields = { name: row.authorName };
  if (row.authorHandle) author.handle = row.authorHandle;
  const native: Fields = { status: row.nativeStatus };
  if (row.nativeDetail) native.detail = row.nativeDetail;
  const entry: Fields = {
    id: row.id,
    time: row.time,
    moderator: row.moderator,
    platform: row.platform,
    action: row.action,
    pageUrl: row.pageUrl,
    commentId: row.commentId,
    author,
    excerpt: row.excerpt,
    native,
  };
  if (row.permalink) entry.permalink = row.permalink;
  if (row.template) entry.template = row.template;
  if (row.reply) entry.reply = row.reply;
  if (row.strike) entry.strike = row.strike;
  if (row.suggestedRung || row.suggestionConfidence || row.suggestionReasons) {
    const suggestion: Fields = { reasons: reasonsCell(row.suggestionReasons) };
    if (row.suggestedRung) suggestion.rung = row.suggestedRung;
    if (row.suggestionConfidence) suggestion.confidence = numberCell(row.suggestionConfidence);
    entry.suggestion = suggestion;
  }
  if (row.escalationTarget || row.escalationSeverity || row.escalationDueAt || row.escalationStatus) {
    const escalation: Fields = {};
    if (row.escalationTarget) escalation.target = row.escalationTarget;
    if (row.escalationSeverity) escalation.severity = row.escalationSeverity;
    if (row.escalationDueAt) escalation.dueAt = row.escalationDueAt;
    if (row.escalationStatus) escalation.status = row.escalationStatus;
    entry.escalation = escalation;
  }
  return entry;
}

function readCsv(text: string): ParsedLog {
  const collector = new EntryCollector(csvFieldName);
  let headerProblem: string | undefined;
  let columnAt: Record<CsvColumn, number> | undefined;
  let width = 0;
  let rowStart = 0;
  let rowLine = 1;

  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result, parser) {
      const line = rowLine;
      // Rows can span lines (line breaks inside quoted cells): count them to know where the next starts.
      const lineBreak = result.meta.linebreak === '\r' ? '\r' : '\n';
      for (let at = text.indexOf(lineBreak, rowStart); at !== -1 && at < result.meta.cursor;) {
        rowLine++;
        at = text.indexOf(lineBreak, at + 1);
      }
      rowStart = result.meta.cursor;

      const cells = result.data;
      if (!columnAt) {
        const header = cells.map((cell) => cell.trim());
        headerProblem = checkCsvHeader(header);
        if (headerProblem) return parser.abort();
        columnAt = Object.fromEntries(
          CSV_COLUMNS.map((column) => [column, header.indexOf(column)]),
        ) as Record<CsvColumn, number>;
        width = header.length;
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      const [parseError] = result.errors;
      if (parseError) return collector.reject(line, `CSV: ${parseError.message}`);
      if (cells.length !== width)
        return collector.reject(
          line,
          `expected ${width} cells, found ${cells.length} (a comma or line break in a cell that is not quoted?)`,
        );
      collector.add(line, entryFromRow(csvRecord(cells, columnAt)));
    },
  });
  return headerProblem ? refused('csv', headerProblem) : collector.result('csv');
}

// ---- detection ----

function formatFromFileName(fileName: string | undefined): LogFileFormat | undefined {
  const extension = fileName?.toLowerCase().match(/\.(json|ndjson|jsonl|csv)$/)?.[1];
  if (extension === 'jsonl') return 'ndjson';
  return extension as LogFileFormat | undefined;
}

/** Text decoded from a binary file has NULs, or many control or replacement characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let suspicious = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    const isControl = code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13;
    if (isControl || code === 0xfffd) suspicious++;
  }
  return suspicious > sample.length / 10;
}

/**
 * Reads a log file written by export and validates every entry; nothing is written here (see
 * `ParsedLog`). The format comes from the content, a byte order mark aside: a `rung-log` JSON object
 * is the envelope, other JSON is NDJSON, and a first line with commas (or a `.csv` name) means CSV.
 */
export function parseLogFile(text: string, fileName?: string): ParsedLog {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const named = formatFromFileName(fileName);
  if (looksBinary(body))
    return refused(named ?? 'json', 'This is not a text file: it looks like binary data.');
  const start = body.trimStart();
  if (start === '') return refused(named ?? 'json', 'The file is empty.');
  if (named === 'csv') return readCsv(body);
  if (start.startsWith('{') || start.startsWith('[')) return readJson(body);
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  if (firstLine.includes(',')) return readCsv(body);
  return refused(
    named ?? 'json',
    'This is not a Rung log: expected a JSON export, NDJSON lines, or a CSV file whose first line is ' +
      `${CSV_COLUMNS.join(',')}.`,
  );
}
