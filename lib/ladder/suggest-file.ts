import Papa from 'papaparse';
import { makeTranslate, type Locale } from '../i18n/define';
import { suggestion as suggestionMessages } from '../i18n/messages/suggestion';
import type { EscalationTarget } from '../log/schema';
import type { Rung } from './rungs';
import { suggest, type Reason } from './suggest';
import { RepetitionCounter } from './text';

/** Columns tried, in order and in any case ("CONTENT", "Tweet"), when the user names none. */
const TEXT_COLUMNS = [
  'text',
  'comment',
  'comment_text',
  'body',
  'content',
  'message',
  'tweet',
  'post',
  'review',
];
const AUTHOR_COLUMNS = ['author', 'name', 'user', 'username', 'screen_name', 'handle'];

export type CommentFileFormat = 'csv' | 'tsv' | 'jsonl';

/** The format a file's name says it holds, or null. */
export function commentFileFormat(name: string): CommentFileFormat | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv') return extension;
  return extension === 'jsonl' || extension === 'ndjson' ? 'jsonl' : null;
}

/**
 * A file's bytes as text: UTF-8, UTF-16 with its byte-order mark, or else Windows-1252, the encoding
 * of Excel's and many older exports ("£" and "é" as single bytes), which UTF-8 would garble.
 */
export function decodeCommentFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The records of a CSV or TSV file (header row first, delimiter found by Papa Parse, so a
 * semicolon CSV from a French Excel works too) or of a JSONL file. A quote left open would swallow
 * every comment after it: that is an error naming the row, not a silent loss.
 */
export function parseCommentFile(text: string, format: CommentFileFormat): Record<string, unknown>[] {
  if (format === 'jsonl') {
    return text.split('\n').flatMap((line, index) => {
      if (!line.trim()) return [];
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`line ${index + 1}: not JSON`);
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new Error(`line ${index + 1}: not a JSON object`);
      return [record as Record<string, unknown>];
    });
  }
  const parsed = Papa.parse<Record<string, unknown>>(text, {
    header: true,
    skipEmptyLines: true,
    ...(format === 'tsv' ? { delimiter: '\t', quoteChar: '\u0000' } : {}),
  });
  const unclosed = parsed.errors.find((error) => error.type === 'Quotes');
  if (unclosed) {
    const line = text.slice(0, unclosed.index ?? 0).split('\n').length;
    throw new Error(`line ${line}: a quote is opened and never closed`);
  }
  return parsed.data;
}

export interface SuggestRow {
  text: string;
  author?: string;
}

/** One output line of `npm run suggest`. */
export interface SuggestionLine {
  line: number;
  author?: string;
  rung: Rung;
  confidence: number;
  reasons: string[];
  escalation: EscalationTarget | null;
}

function pickColumn(
  record: Record<string, unknown>,
  named: string | undefined,
  fallbacks: string[],
): string | undefined {
  if (named) return named;
  const columns = Object.keys(record);
  for (const fallback of fallbacks) {
    const column = columns.find((name) => name.trim().toLowerCase() === fallback);
    if (column !== undefined) return column;
  }
  return undefined;
}

/** The comments of a CSV or JSONL file; a missing column is an error that names the columns there are. */
export function readSuggestRows(
  records: readonly Record<string, unknown>[],
  options: { textColumn?: string; authorColumn?: string },
): SuggestRow[] {
  if (records.length === 0) return [];
  const textColumn = pickColumn(records[0]!, options.textColumn, TEXT_COLUMNS);
  const columns = Object.keys(records[0]!).join(', ');
  if (!textColumn || !(textColumn in records[0]!))
    throw new Error(
      `no ${options.textColumn ? `“${options.textColumn}”` : 'text'} column (columns: ${columns}); name one with --text-column`,
    );
  const authorColumn = pickColumn(records[0]!, options.authorColumn, AUTHOR_COLUMNS);
  if (options.authorColumn && !(options.authorColumn in records[0]!))
    throw new Error(`no “${options.authorColumn}” column (columns: ${columns})`);
  return records.map((record) => {
    const text = record[textColumn];
    const author = authorColumn ? record[authorColumn] : undefined;
    return {
      text: typeof text === 'string' ? text : text == null ? '' : String(text),
      ...(typeof author === 'string' && author ? { author } : {}),
    };
  });
}

const translators = {
  en: makeTranslate([suggestionMessages], 'en'),
  fr: makeTranslate([suggestionMessages], 'fr'),
};

/** A reason in words, in the moderator's language. */
export function describeReason(reason: Reason, locale: Locale): string {
  return translators[locale](`reason.${reason.code}`, { evidence: reason.evidence ?? '' });
}

/** Suggestions for a whole file, read as one page (repeated texts count as such). */
export function suggestRows(rows: readonly SuggestRow[]): SuggestionLine[] {
  const context = new RepetitionCounter();
  return rows.map((row, index) => {
    const found = suggest({ text: row.text }, context);
    return {
      line: index + 1,
      ...(row.author ? { author: row.author } : {}),
      rung: found.rung,
      confidence: found.confidence,
      reasons: found.reasons.map((reason) => describeReason(reason, 'en')),
      escalation: found.escalation,
    };
  });
}

export function formatSuggestionLine(line: SuggestionLine): string {
  const who = line.author ? ` ${line.author}:` : '';
  const escalation = line.escalation ? `  escalate → ${line.escalation}` : '';
  return `${String(line.line).padStart(4)}${who} ${line.rung} (${Math.round(line.confidence * 100)} %) ← ${line.reasons.join(' + ')}${escalation}`;
}
