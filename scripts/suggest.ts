/**
 * Suggests a rung for every comment of a file.
 *   npm run suggest -- FILE.(csv|tsv|jsonl) [--text-column NAME] [--author-column NAME] [--json]
 * CSV and TSV need a header row; JSONL is one object per line. UTF-8, UTF-16 with a byte-order mark
 * and Windows-1252 are read. Without --text-column the first of text, comment, comment_text, body,
 * content, message, tweet, post, review (in any case) is used.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  commentFileFormat,
  decodeCommentFile,
  formatSuggestionLine,
  parseCommentFile,
  readSuggestRows,
  suggestRows,
} from '../lib/ladder/suggest-file';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'text-column': { type: 'string' },
    'author-column': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const file = positionals[0];
const format = file ? commentFileFormat(file) : null;
if (!file || !format) {
  console.error(
    'usage: npm run suggest -- FILE.(csv|tsv|jsonl) [--text-column NAME] [--author-column NAME] [--json]',
  );
  process.exit(2);
}

try {
  const records = parseCommentFile(decodeCommentFile(readFileSync(file)), format);
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
