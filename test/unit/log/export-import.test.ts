import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openRungDb } from '../../../lib/log/db';
import {
  CSV_COLUMNS,
  LOG_MIME_TYPES,
  exportChunks,
  exportFileName,
  toExportText,
  type LogFileFormat,
} from '../../../lib/log/export';
import { formatImportError, parseLogFile } from '../../../lib/log/import';
import { LogRepository } from '../../../lib/log/repository';
import type { LogEntry } from '../../../lib/log/schema';
import { makeFullLogEntry, makeLogEntries, makeLogEntry } from './factory';

const META = { exportedBy: 'Sam', exportedAt: '2026-11-23T10:00:00.000Z' };
const FORMATS: readonly LogFileFormat[] = ['json', 'ndjson', 'csv'];
const ACTION_OPTIONS = '"delete"|"ignore"|"like"|"value"|"personalize"|"escalate"|"strike"|"note"';
/** In a JSON export, the first entry is on this line (after the envelope's fields). */
const FIRST_JSON_ENTRY_LINE = 7;

/** Text a spreadsheet would run, or that looks like an already neutralised cell. */
const RISKY_TEXTS = [
  '=1+1',
  '+33 6 12 34 56 78',
  '-2',
  '@SUM(A1)',
  '\tTabbed',
  '\rCarriage',
  "'=quoted",
  "''+twice",
];

function everywhere(text: string): Partial<LogEntry> {
  return {
    moderator: text,
    platform: text,
    commentId: text,
    author: { name: text, handle: text },
    excerpt: text,
    suggestion: { rung: 'value', confidence: 0.5, reasons: [text, 'a, "b"'] },
    template: text,
    reply: text,
    native: { status: 'done', detail: text },
  };
}

const TRICKY_ENTRIES: LogEntry[] = [
  makeLogEntry(),
  makeFullLogEntry(),
  makeFullLogEntry({
    author: { name: 'Zoë Ñandú 李雷', handle: 'zoë🎉' },
    excerpt: 'Émoji 🎉, "quoted", a comma, and a\nnewline',
    reply: 'Line one\r\nLine two, "quoted"\n\n  Line four with spaces  ',
    template: ' leading space',
  }),
  makeLogEntry({ suggestion: { rung: 'delete', confidence: 0.1 + 0.2, reasons: [] } }),
  ...RISKY_TEXTS.map((text) => makeFullLogEntry(everywhere(text))),
  makeFullLogEntry(everywhere("'plain text with a quote")),
];

/** Parses a CSV independently of the import code, lets the test change it, and writes it back. */
function editCsv(text: string, edit: (rows: string[][]) => void): string {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  edit(rows);
  return Papa.unparse(rows, { newline: '\r\n' });
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('export then import', () => {
  it.each(FORMATS)('%s gives back the same entries', (format) => {
    const parsed = parseLogFile(toExportText(format, TRICKY_ENTRIES, META));
    expect(parsed).toStrictEqual({
      format,
      entries: TRICKY_ENTRIES,
      errors: [],
      total: TRICKY_ENTRIES.length,
    });
  });

  it.each(FORMATS)('%s survives a Blob made from the chunks', async (format) => {
    const entries = makeLogEntries(2500);
    const chunks = [...exportChunks(format, entries, META)];
    const text = await new Blob(chunks).text();

    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(text.length / 2);
    expect(parseLogFile(text, exportFileName(format, new Date())).entries).toStrictEqual(entries);
  });

  it.each(['json', 'csv'] as const)('%s of no entries imports as nothing, without errors', (format) => {
    expect(parseLogFile(toExportText(format, [], META))).toStrictEqual({
      format,
      entries: [],
      errors: [],
      total: 0,
    });
  });

  it('writes NDJSON of no entries as an empty file', () => {
    expect(toExportText('ndjson', [], META)).toBe('');
  });
});

describe('JSON export', () => {
  it('is the rung-log envelope with one entry per line', () => {
    const entries = makeLogEntries(3);
    const text = toExportText('json', entries, META);
    const lines = text.split('\n');

    expect(JSON.parse(text)).toStrictEqual({
      format: 'rung-log',
      version: 1,
      exportedAt: META.exportedAt,
      exportedBy: META.exportedBy,
      entries,
    });
    entries.forEach((entry, index) => {
      const line = lines[FIRST_JSON_ENTRY_LINE - 1 + index] ?? '';
      expect(JSON.parse(line.replace(/,$/, ''))).toStrictEqual(entry);
    });
  });
});

describe('NDJSON export', () => {
  it('is one entry per line', () => {
    const entries = makeLogEntries(3);
    const lines = toExportText('ndjson', entries, META).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toStrictEqual(entries);
  });
});

describe('CSV export', () => {
  it('has the documented columns in their fixed order, after a byte order mark', () => {
    const text = toExportText('csv', [], META);
    expect(text).toBe(
      '\uFEFFid,time,moderator,platform,action,pageUrl,commentId,permalink,authorName,authorHandle,excerpt,' +
        'suggestedRung,suggestionConfidence,suggestionReasons,template,reply,escalationTarget,' +
        'escalationSeverity,escalationDueAt,escalationStatus,strike,nativeStatus,nativeDetail\r\n',
    );
  });

  it('fills every column from an entry with every field set', () => {
    const [, row] = Papa.parse<string[]>(toExportText('csv', [makeFullLogEntry()], META)).data;
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(row?.filter((cell) => cell === '')).toStrictEqual([]);
    expect(row?.[column('suggestionReasons')]).toBe('["several sentences","asks a question"]');
  });

  it('ends every row with CRLF, even when a cell holds line breaks', () => {
    const text = toExportText('csv', [makeLogEntry({ reply: 'a\nb' }), makeLogEntry()], META);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.match(/\r\n/g)).toHaveLength(3);
  });

  it('neutralises every cell a spreadsheet could run as a formula', () => {
    const entries = RISKY_TEXTS.map((text) => makeFullLogEntry(everywhere(text)));
    const rows = Papa.parse<string[]>(toExportText('csv', entries, META), { skipEmptyLines: true }).data;

    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toStrictEqual([]);
    const replies = rows.slice(1).map((row) => row[column('reply')]);
    expect(replies).toStrictEqual([
      "'=1+1",
      "'+33 6 12 34 56 78",
      "'-2",
      "'@SUM(A1)",
      "'\tTabbed",
      "'\rCarriage",
      "''=quoted",
      "'''+twice",
    ]);
  });

  it('leaves other text alone', () => {
    const text = toExportText('csv', [makeFullLogEntry(everywhere("'plain text with a quote"))], META);
    const [, row] = Papa.parse<string[]>(text).data;
    expect(row?.[column('reply')]).toBe("'plain text with a quote");
  });
});

describe('file names and types', () => {
  it('names the file after the local day', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(exportFileName('csv', lateEvening)).toBe('rung-log-2026-11-23.csv');
    expect(exportFileName('json', lateEvening)).toBe('rung-log-2026-11-23.json');
    expect(exportFileName('ndjson', new Date(2027, 0, 5))).toBe('rung-log-2027-01-05.ndjson');
  });

  it('gives each format its MIME type', () => {
    expect(LOG_MIME_TYPES).toStrictEqual({
      json: 'application/json',
      ndjson: 'application/x-ndjson',
      csv: 'text/csv;charset=utf-8',
    });
  });
});

describe('format detection', () => {
  const entries = makeLogEntries(2);

  it.each(FORMATS)('reads %s by content alone, with or without a byte order mark', (format) => {
    const text = toExportText(format, entries, META);
    expect(parseLogFile(text).format).toBe(format);
    expect(parseLogFile(text.replace(/^\uFEFF?/, '\uFEFF'))).toMatchObject({ format, entries, errors: [] });
  });

  it('reads a one-line NDJSON file as one entry', () => {
    const [entry] = entries;
    expect(parseLogFile(JSON.stringify(entry))).toStrictEqual({
      format: 'ndjson',
      entries: [entry],
      errors: [],
      total: 1,
    });
  });

  it('reads a file named .csv as CSV whatever it starts with', () => {
    const parsed = parseLogFile('{"format":"rung-log"}', 'export.CSV');
    expect(parsed.format).toBe('csv');
    expect(parsed.errors[0]?.message).toMatch(
      /^The CSV header is not a Rung log header: missing columns id, time/,
    );
  });

  it('reads an envelope that another tool re-indented, and still names lines', () => {
    const envelope = JSON.parse(toExportText('json', entries, META)) as { entries: unknown[] };
    envelope.entries[1] = { ...entries[1], action: 'lick' };
    const text = JSON.stringify(envelope, null, 2);
    const secondEntryLine = text.split('\n').findLastIndex((line) => line === '    {') + 1;

    expect(parseLogFile(text).errors).toStrictEqual([
      { line: secondEntryLine, message: `action: Invalid option: expected one of ${ACTION_OPTIONS}` },
    ]);
  });
});

describe('import errors', () => {
  it('names the line and the field of a bad entry in a JSON export', () => {
    const entries = makeLogEntries(4);
    const lines = toExportText('json', entries, META).split('\n');
    const badLine = FIRST_JSON_ENTRY_LINE + 2;
    lines[badLine - 1] = lines[badLine - 1]?.replace('"action":"like"', '"action":"lick"') ?? '';

    const parsed = parseLogFile(lines.join('\n'));

    const error = { line: badLine, message: `action: Invalid option: expected one of ${ACTION_OPTIONS}` };
    expect(parsed.errors).toStrictEqual([error]);
    expect(formatImportError(error)).toBe(
      `line ${badLine}: action: Invalid option: expected one of ${ACTION_OPTIONS}`,
    );
    expect(parsed.entries).toStrictEqual([entries[0], entries[1], entries[3]]);
    expect(parsed.total).toBe(4);
  });

  it('names a missing nested field', () => {
    const text = toExportText('json', [{ ...makeLogEntry(), author: {} } as LogEntry], META);
    expect(parseLogFile(text).errors).toStrictEqual([
      {
        line: FIRST_JSON_ENTRY_LINE,
        message: 'author.name: Invalid input: expected string, received undefined',
      },
    ]);
  });

  it('lists every problem of an entry on its line', () => {
    const entry = { ...makeLogEntry(), id: 'not-a-uuid', pageUrl: 'javascript:alert(1)' };
    expect(parseLogFile(JSON.stringify(entry)).errors).toStrictEqual([
      { line: 1, message: 'id: Invalid UUID; pageUrl: Expected an http(s) URL' },
    ]);
  });

  it('refuses a JSON export whose syntax is broken, naming the line', () => {
    const lines = toExportText('json', makeLogEntries(3), META).split('\n');
    lines[7] = lines[7]?.replace('"time":', '"time"') ?? '';

    const parsed = parseLogFile(lines.join('\n'));

    expect(parsed).toMatchObject({ format: 'json', entries: [], total: 0 });
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(8);
    expect(parsed.errors[0]?.message).toMatch(/^invalid JSON at column \d+: expected ":", found "\\""$/);
  });

  it('reports NDJSON problems line by line and keeps the good lines', () => {
    const [first, badAction, missingField, last] = makeLogEntries(4);
    const withoutNative: Partial<LogEntry> = { ...missingField };
    delete withoutNative.native;
    const text = [
      JSON.stringify(first),
      JSON.stringify({ ...badAction, action: 'lick' }),
      JSON.stringify(withoutNative),
      '{"id": "unterminated',
      '',
      JSON.stringify(last),
      '',
    ].join('\n');

    const parsed = parseLogFile(text);

    expect(parsed.errors).toStrictEqual([
      { line: 2, message: `action: Invalid option: expected one of ${ACTION_OPTIONS}` },
      { line: 3, message: 'native: Invalid input: expected object, received undefined' },
      {
        line: 4,
        message:
          'invalid JSON at column 8: expected a closed string without raw line breaks or control characters, found "\\""',
      },
    ]);
    expect(parsed.entries).toStrictEqual([first, last]);
    expect(parsed.total).toBe(5);
  });

  it('names the line of a bad CSV row, counting line breaks inside cells', () => {
    const entries = [makeFullLogEntry({ reply: 'one\ntwo\r\nthree' }), makeLogEntry(), makeLogEntry()];
    const text = editCsv(toExportText('csv', entries, META), (rows) => {
      (rows[2] as string[])[column('action')] = 'lick';
      (rows[3] as string[])[column('nativeStatus')] = '';
      (rows[3] as string[])[column('suggestionConfidence')] = 'high';
    });

    const parsed = parseLogFile(text);

    expect(parsed.errors).toStrictEqual([
      { line: 5, message: `action: Invalid option: expected one of ${ACTION_OPTIONS}` },
      {
        line: 6,
        message:
          'suggestedRung: Invalid option: expected one of "delete"|"ignore"|"like"|"value"|"personalize"; ' +
          'suggestionConfidence: Invalid input: expected number, received string; ' +
          'nativeStatus: Invalid option: expected one of "done"|"not-available"|"failed"|"not-attempted"',
      },
    ]);
    expect(parsed.entries).toStrictEqual([entries[0]]);
    expect(parsed.total).toBe(3);
  });

  it('names the column of bad suggestion reasons in a CSV', () => {
    const text = editCsv(toExportText('csv', [makeFullLogEntry()], META), (rows) => {
      (rows[1] as string[])[column('suggestionReasons')] = '["fine", 42]';
    });
    expect(parseLogFile(text).errors).toStrictEqual([
      { line: 2, message: 'suggestionReasons[1]: Invalid input: expected string, received number' },
    ]);
  });

  it('refuses a CSV whose header is not ours, naming missing and unknown columns', () => {
    const text = editCsv(toExportText('csv', makeLogEntries(2), META), (rows) => {
      (rows[0] as string[])[column('nativeStatus')] = 'status';
    });

    expect(parseLogFile(text)).toStrictEqual({
      format: 'csv',
      entries: [],
      total: 0,
      errors: [
        {
          line: 1,
          message: `The CSV header is not a Rung log header: missing columns nativeStatus; unknown columns "status". Expected: ${CSV_COLUMNS.join(',')}`,
        },
      ],
    });
  });

  it('accepts CSV columns in another order', () => {
    const entries = [makeFullLogEntry(), makeLogEntry()];
    const text = editCsv(toExportText('csv', entries, META), (rows) => {
      for (const row of rows) row.reverse();
    });
    expect(parseLogFile(text, 'edited.csv').entries).toStrictEqual(entries);
  });

  it('reports CSV rows with the wrong number of cells', () => {
    const text = toExportText('csv', makeLogEntries(2), META).replace(/\r\n$/, ',extra\r\n');
    expect(parseLogFile(text).errors).toStrictEqual([
      {
        line: 3,
        message: `expected ${CSV_COLUMNS.length} cells, found ${CSV_COLUMNS.length + 1} (a comma or line break in a cell that is not quoted?)`,
      },
    ]);
  });

  it.each([
    [
      'another format',
      { format: 'other-tool', version: 1, entries: [] },
      /^This is not a Rung log: format is "other-tool"/,
    ],
    [
      'a newer version',
      { format: 'rung-log', version: 2, entries: [] },
      /newer Rung \(log format version 2\)/,
    ],
    [
      'no version',
      { format: 'rung-log', entries: [] },
      /^version: expected a whole number from 1, found missing/,
    ],
    [
      'entries that are not a list',
      { format: 'rung-log', version: 1, entries: {} },
      /^entries: expected an array/,
    ],
    ['a list instead of an envelope', [makeLogEntry()], /^This is not a Rung log: .* found a JSON array/],
  ])('refuses a JSON file with %s as a whole', (_name, document, message) => {
    const parsed = parseLogFile(JSON.stringify(document, null, 2));
    expect(parsed).toMatchObject({ format: 'json', entries: [], total: 0 });
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(1);
    expect(parsed.errors[0]?.message).toMatch(message);
  });

  it.each([
    ['json', FIRST_JSON_ENTRY_LINE + 2],
    ['ndjson', 3],
    ['csv', 4],
  ] as const)('keeps the first of two %s entries with the same id and reports the other', (format, line) => {
    const [first, second] = makeLogEntries(2);
    const sameId = makeFullLogEntry({ id: first?.id });
    const parsed = parseLogFile(toExportText(format, [first, second, sameId] as LogEntry[], META));

    expect(parsed.entries).toStrictEqual([first, second]);
    expect(parsed.errors).toStrictEqual([
      { line, message: `id: ${first?.id} is already used on line ${line - 2} (only the first is kept)` },
    ]);
    expect(parsed.total).toBe(3);
  });

  it.each(['', '   \n\r\n', '\uFEFF'])('refuses an empty file (%j)', (text) => {
    expect(parseLogFile(text, 'log.ndjson')).toStrictEqual({
      format: 'ndjson',
      entries: [],
      errors: [{ line: 1, message: 'The file is empty.' }],
      total: 0,
    });
  });

  it('refuses binary data', () => {
    const garbage = 'PK\u0003\u0004\u0014\u0000\u0008\u0000\ufffd\ufffd\u0001' + '\ufffd'.repeat(50);
    expect(parseLogFile(garbage, 'log.json').errors).toStrictEqual([
      { line: 1, message: 'This is not a text file: it looks like binary data.' },
    ]);
  });

  it('refuses text that is none of the formats', () => {
    expect(parseLogFile('Dear team\nhere is my log.').errors[0]?.message).toMatch(/^This is not a Rung log/);
  });
});

describe('importing into the log', () => {
  const repositoryNamed = (name: string) => new LogRepository(openRungDb(name));

  it.each(FORMATS)('moves a log to another database through %s', async (format) => {
    const source = repositoryNamed('source');
    const entries = [...makeLogEntries(3), makeFullLogEntry({ time: '2026-11-24T08:00:00.000Z' })];
    await source.addMany(entries);
    const target = repositoryNamed('target');

    const parsed = parseLogFile(toExportText(format, await source.query(), META));
    expect(await target.addMany(parsed.entries)).toStrictEqual({ added: 4, skipped: 0 });

    expect(await target.query()).toStrictEqual(await source.query());
  });

  it('adds nothing when the same file is imported twice', async () => {
    const repository = repositoryNamed('log');
    const text = toExportText('ndjson', makeLogEntries(5), META);

    expect(await repository.addMany(parseLogFile(text).entries)).toStrictEqual({ added: 5, skipped: 0 });
    expect(await repository.addMany(parseLogFile(text).entries)).toStrictEqual({ added: 0, skipped: 5 });
    expect(await repository.count()).toBe(5);
  });

  it('leaves writing to the caller: parsing writes nothing, and the entries are only the valid ones', async () => {
    const repository = repositoryNamed('log');
    const existing = makeLogEntry({ time: '2026-11-20T08:00:00.000Z' });
    await repository.add(existing);
    const [good, bad, alsoGood] = makeLogEntries(3);
    const text = [good, { ...bad, action: 'lick' }, alsoGood]
      .map((entry) => JSON.stringify(entry))
      .join('\n');

    const parsed = parseLogFile(text);
    expect(parsed.errors).toHaveLength(1);
    expect(await repository.query()).toStrictEqual([existing]);

    // The user chose to skip bad lines: only the valid entries are written.
    expect(await repository.addMany(parsed.entries)).toStrictEqual({ added: 2, skipped: 0 });
    expect(await repository.query()).toStrictEqual([alsoGood, good, existing]);
  });
});
