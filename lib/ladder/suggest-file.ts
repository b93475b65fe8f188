import { makeTranslate, type Locale } from '../i18n/define';
import { suggestion as suggestionMessages } from '../i18n/messages/suggestion';
import type { EscalationTarget } from '../log/schema';
import type { Rung } from './rungs';
import { suggest, type Reason } from './suggest';
import { RepetitionCounter } from './text';

/** Columns tried, in order, when the user names none. */
const TEXT_COLUMNS = ['text', 'comment', 'body', 'content', 'message'];
const AUTHOR_COLUMNS = ['author', 'name', 'user', 'username'];

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
  return fallbacks.find((column) => column in record);
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
