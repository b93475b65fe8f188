import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commentFileFormat,
  decodeCommentFile,
  parseCommentFile,
  readSuggestRows,
  suggestRows,
} from '../../../lib/ladder/suggest-file';

describe('npm run suggest', () => {
  it('finds the text and author columns by their usual names, or by the names given', () => {
    expect(readSuggestRows([{ body: 'ok', user: 'Ana' }], {})).toEqual([{ text: 'ok', author: 'Ana' }]);
    expect(
      readSuggestRows([{ says: 'ok', who: 'Ana' }], { textColumn: 'says', authorColumn: 'who' }),
    ).toEqual([{ text: 'ok', author: 'Ana' }]);
    expect(() => readSuggestRows([{ says: 'ok' }], {})).toThrow(/no text column \(columns: says\)/);
    expect(() => readSuggestRows([{ text: 'ok' }], { authorColumn: 'who' })).toThrow(/no “who” column/);
  });

  it('finds the usual columns in any case, as exports name them ("CONTENT", "Tweet")', () => {
    expect(readSuggestRows([{ COMMENT_ID: '1', AUTHOR: 'Ana', CONTENT: 'ok' }], {})).toEqual([
      { text: 'ok', author: 'Ana' },
    ]);
    expect(readSuggestRows([{ id: '1', Tweet: 'hi all' }], {})).toEqual([{ text: 'hi all' }]);
  });

  it('reads UTF-8, UTF-16 with its mark, and Windows-1252 bytes without garbling them', () => {
    const utf8 = new TextEncoder().encode('\uFEFFtext\nCafé à 2 £\n');
    expect(decodeCommentFile(utf8)).toBe('text\nCafé à 2 £\n');
    // "Café £5" as Windows-1252 bytes: é is 0xE9, £ is 0xA3, neither valid UTF-8 on its own.
    expect(decodeCommentFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]))).toBe('Café £5');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6f, 0x00, 0x6b, 0x00]);
    expect(decodeCommentFile(utf16)).toBe('ok');
  });

  it('parses CSV (comma or semicolon), TSV and JSONL, with a clear error for what it cannot read', () => {
    expect(commentFileFormat('export.TSV')).toBe('tsv');
    expect(commentFileFormat('a.ndjson')).toBe('jsonl');
    expect(commentFileFormat('notes.txt')).toBeNull();
    expect(parseCommentFile('auteur;texte\nAna;"Bonjour; merci"\n', 'csv')).toEqual([
      { auteur: 'Ana', texte: 'Bonjour; merci' },
    ]);
    // Tweets hold stray quotes: a TSV field ends at the tab, whatever quotes it has.
    expect(parseCommentFile('id\ttweet\n1\the said "go away\n2\tok\n', 'tsv')).toEqual([
      { id: '1', tweet: 'he said "go away' },
      { id: '2', tweet: 'ok' },
    ]);
    expect(() => parseCommentFile('text\nok\n"never closed, and everything after it\nlost\n', 'csv')).toThrow(
      /line 3: a quote is opened and never closed/,
    );
    expect(() => parseCommentFile('{"text":"ok"}\n[1,2]\n', 'jsonl')).toThrow(/line 2: not a JSON object/);
  });

  it('reads the whole file as one page, so a repeated text is seen as such', () => {
    const spam = 'Visit my page for the best deals on sneakers, link in bio';
    const lines = suggestRows([{ text: spam }, { text: spam }, { text: 'Love it!' }]);
    expect(lines.map((line) => line.rung)).toEqual(['delete', 'delete', 'like']);
    expect(lines[1]!.reasons).toContain('same text seen 2 times');
  });

  // Runs the command four times as a user would: each start compiles the scripts, hence the time limit.
  it(
    'prints one JSON line per comment from CSV and JSONL, and a clear error on a bad file',
    { timeout: 60_000 },
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'rung-suggest-'));
      const csv = path.join(dir, 'comments.csv');
      writeFileSync(
        csv,
        'author,comment\nAna,"Love it, thanks!"\nBob,"Your app crashed after the update, please fix it."\n',
      );
      const jsonl = path.join(dir, 'comments.jsonl');
      writeFileSync(jsonl, '{"text":"ok"}\n{"text":"ok"}\n');
      const run = (...args: string[]) =>
        execFileSync('npx', ['tsx', 'scripts/suggest.ts', ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      const fromCsv = run(csv, '--json')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(fromCsv).toHaveLength(2);
      expect(fromCsv[0]).toMatchObject({ line: 1, author: 'Ana', rung: 'like', escalation: null });
      expect(fromCsv[1]).toMatchObject({ rung: 'value', escalation: 'product' });
      expect(Object.keys(fromCsv[0]!)).toEqual([
        'line',
        'author',
        'rung',
        'confidence',
        'reasons',
        'escalation',
      ]);
      expect(run(jsonl)).toMatch(/^\s+1 ignore \(\d+ %\) ← /);

      const broken = path.join(dir, 'broken.jsonl');
      writeFileSync(broken, '{"text":"ok"}\n{oops\n');
      expect(() => run(broken)).toThrow(/line 2: not JSON/);
      expect(() => run(csv, '--text-column', 'nope')).toThrow(/no “nope” column/);
    },
  );
});
