/**
 * Suggests a rung for every comment of a file.
 *   npm run suggest -- FILE.(csv|jsonl) [--text-column NAME] [--author-column NAME] [--json]
 * CSV needs a header row; JSONL is one object per line. Without --text-column the first of
 * text, comment, body, content, message is used.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readSuggestRows, suggestRows, formatSuggestionLine } from '../lib/ladder/suggest-file';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'text-column': { type: 'string' },
    'author-column': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const file = positionals[0];
if (!file || !/\.(csv|jsonl|ndjson)$/i.test(file)) {
  console.error(
    'usage: npm run suggest -- FILE.(csv|jsonl) [--text-column NAME] [--author-column NAME] [--json]',
  );
  process.exit(2);
}

try {
  const text = readFileSync(file, 'utf8');
  const records: Record<string, unknown>[] = /\.csv$/i.test(file)
    ? Papa.parse<Record<string, unknown>>(text, { header: true, skipEmptyLines: true }).data
    : text
        .split('\n')
        .filter((line) => line.trim())
        .map((line, index) => {
          try {
            return JSON.parse(line) as Record<string, unknown>;
          } catch {
            throw new Error(`line ${index + 1}: not JSON`);
          }
        });
  const rows = readSuggestRows(records, {
    textColumn: args['text-column'],
    authorColumn: args['author-column'],
  });
  for (const line of suggestRows(rows))
    console.log(args.json ? JSON.stringify(line) : formatSuggestionLine(line));
} catch (error) {
  console.error(`suggest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
