import * as z from 'zod';
import { ESCALATION_TARGETS } from '../log/schema';
import { RUNGS, type Rung } from './rungs';
import { SHIPPED_MODELS, suggest, type RungSuggestion, type SuggestModels } from './suggest';
import { RepetitionCounter } from './text';

/** One labelled comment of the development set (eval/dev-set/README.md says how it was labelled). */
export const LabelledCommentSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['en', 'fr']),
  community: z.string().min(1),
  author: z.string(),
  member: z.enum(['new', 'regular', 'ambassador']).nullable(),
  text: z.string().min(1),
  rung: z.enum(RUNGS),
  escalation: z.enum(ESCALATION_TARGETS).nullable(),
  note: z.string(),
});
export type LabelledComment = z.infer<typeof LabelledCommentSchema>;

/** Reads a JSONL set; every line is validated, and a bad one is reported with its line number. */
export function parseLabelled(text: string, source: string): LabelledComment[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${source}:${number}: not JSON`);
      }
      const parsed = LabelledCommentSchema.safeParse(value);
      if (!parsed.success) throw new Error(`${source}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/**
 * The test split: a third of the set, chosen by a hash of the id so that it never changes when
 * comments are added, and never by looking at the comments.
 */
export function isTestItem(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 3 === 0;
}

export interface RungScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  count: number;
  accuracy: number;
  macroF1: number;
  perRung: Record<Rung, RungScores>;
  /** confusion[expected][suggested] */
  confusion: Record<Rung, Record<Rung, number>>;
  escalation: { expected: number; caught: number; rightTeam: number; falseAlarms: number };
}

/** Suggestions for a set, each community read as one page (a repeated text is seen as such). */
export function suggestAll(
  items: readonly LabelledComment[],
  models: SuggestModels = SHIPPED_MODELS,
): RungSuggestion[] {
  const contexts = new Map<string, RepetitionCounter>();
  return items.map((item) => {
    let context = contexts.get(item.community);
    if (!context) contexts.set(item.community, (context = new RepetitionCounter()));
    return suggest({ text: item.text, member: item.member }, context, models);
  });
}

export function evaluate(
  items: readonly LabelledComment[],
  suggestions: readonly RungSuggestion[],
): Evaluation {
  const confusion = Object.fromEntries(
    RUNGS.map((expected) => [expected, Object.fromEntries(RUNGS.map((rung) => [rung, 0]))]),
  ) as Record<Rung, Record<Rung, number>>;
  const escalation = { expected: 0, caught: 0, rightTeam: 0, falseAlarms: 0 };
  let correct = 0;
  items.forEach((item, index) => {
    const suggestion = suggestions[index]!;
    confusion[item.rung][suggestion.rung]++;
    if (item.rung === suggestion.rung) correct++;
    if (item.escalation) {
      escalation.expected++;
      if (suggestion.escalation) escalation.caught++;
      if (suggestion.escalation === item.escalation) escalation.rightTeam++;
    } else if (suggestion.escalation) escalation.falseAlarms++;
  });
  const perRung = Object.fromEntries(
    RUNGS.map((rung) => {
      const truePositives = confusion[rung][rung];
      const predicted = RUNGS.reduce((sum, expected) => sum + confusion[expected][rung], 0);
      const support = RUNGS.reduce((sum, suggested) => sum + confusion[rung][suggested], 0);
      const precision = predicted ? truePositives / predicted : 0;
      const recall = support ? truePositives / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [rung, { precision, recall, f1, support }];
    }),
  ) as Record<Rung, RungScores>;
  return {
    count: items.length,
    accuracy: items.length ? correct / items.length : 0,
    macroF1: RUNGS.reduce((sum, rung) => sum + perRung[rung].f1, 0) / RUNGS.length,
    perRung,
    confusion,
    escalation,
  };
}
