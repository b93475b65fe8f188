import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSuggestRows, suggestRows } from '../../../lib/ladder/suggest-file';

describe('npm run suggest', () => {
  it('finds the text and author columns by their usual names, or by the names given', () => {
    expect(readSuggestRows([{ body: 'ok', user: 'Ana' }], {})).toEqual([{ text: 'ok', author: 'Ana' }]);
    expect(
      readSuggestRows([{ says: 'ok', who: 'Ana' }], { textColumn: 'says', authorColumn: 'who' }),
    ).toEqual([{ text: 'ok', author: 'Ana' }]);
    expect(() => readSuggestRows([{ says: 'ok' }], {})).toThrow(/no text column \(columns: says\)/);
    expect(() => readSuggestRows([{ text: 'ok' }], { authorColumn: 'who' })).toThrow(/no “who” column/);
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
