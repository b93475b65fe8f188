/**
 * Measures the suggestion engine on the labelled development set.
 *   npm run eval                  the test split (a third of the set, never used for tuning)
 *   npm run eval -- --split dev   the part that tuning may look at
 *   npm run eval -- --json        figures as JSON
 *   npm run eval -- --errors      also list the comments the engine got wrong (dev split only)
 *   npm run eval -- --lists-only  the word lists without the learned models
 *   npm run eval -- --set DIR --split all   another folder of labelled .jsonl files, same format
 */
import { parseArgs } from 'node:util';
import { evaluate, isTestItem, suggestAll, type Evaluation } from '../lib/ladder/evaluation';
import { RUNGS } from '../lib/ladder/rungs';
import { LISTS_ONLY } from '../lib/ladder/suggest';
import { readDevSet } from './dev-set';

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    'lists-only': { type: 'boolean', default: false },
    set: { type: 'string' },
  },
});
if (args.split !== 'test' && args.split !== 'dev' && args.split !== 'all') {
  console.error('--split is test, dev or all');
  process.exit(2);
}

const items = readDevSet(args.set);
// Suggestions over the whole set, so repetition is seen as it would be on a page; scored on one split.
const started = performance.now();
const suggestions = suggestAll(items, args['lists-only'] ? LISTS_ONLY : undefined);
const elapsed = performance.now() - started;
const chosen = items.flatMap((item, index) =>
  args.split === 'all' || isTestItem(item.id) === (args.split === 'test') ? [index] : [],
);
const result = evaluate(
  chosen.map((index) => items[index]!),
  chosen.map((index) => suggestions[index]!),
);

const percent = (value: number) => (100 * value).toFixed(1).padStart(5);

function print(evaluation: Evaluation): void {
  console.log(
    `${items.length} comments suggested in ${elapsed.toFixed(0)} ms (${(elapsed / items.length).toFixed(2)} ms each, word lists compiled included)`,
  );
  console.log(
    `${args.split} split: ${evaluation.count} comments, accuracy ${percent(evaluation.accuracy)} %`,
  );
  console.log(`\nrung          precision  recall     F1  support`);
  for (const rung of RUNGS) {
    const scores = evaluation.perRung[rung];
    console.log(
      `${rung.padEnd(12)}  ${percent(scores.precision)} %  ${percent(scores.recall)} %  ${scores.f1.toFixed(2).padStart(5)}  ${String(scores.support).padStart(7)}`,
    );
  }
  console.log(`macro-F1      ${evaluation.macroF1.toFixed(3)}`);
  console.log(`\nconfusion (rows: labelled, columns: suggested)`);
  console.log(`${''.padEnd(12)}${RUNGS.map((rung) => rung.slice(0, 11).padStart(12)).join('')}`);
  for (const expected of RUNGS) {
    console.log(
      `${expected.padEnd(12)}${RUNGS.map((rung) => String(evaluation.confusion[expected][rung]).padStart(12)).join('')}`,
    );
  }
  const { expected, caught, rightTeam, falseAlarms } = evaluation.escalation;
  console.log(
    `\nescalation: ${caught}/${expected} flagged, ${rightTeam}/${expected} to the right team, ${falseAlarms} flagged without need`,
  );
}

if (args.json) console.log(JSON.stringify(result, null, 2));
else print(result);

if (args.errors) {
  if (args.split !== 'dev') {
    console.error('\n--errors lists dev-split mistakes only: the test split is not for tuning.');
    process.exit(2);
  }
  console.log('\nmistakes:');
  for (const index of chosen) {
    const item = items[index]!;
    const suggestion = suggestions[index]!;
    if (item.rung === suggestion.rung && item.escalation === suggestion.escalation) continue;
    console.log(
      `${item.id} ${item.rung}/${item.escalation ?? '-'} → ${suggestion.rung}/${suggestion.escalation ?? '-'} [${suggestion.reasons.map((reason) => reason.code + (reason.evidence ? `:${reason.evidence}` : '')).join(', ')}] ${item.text.slice(0, 150).replace(/\n/g, ' ')}`,
    );
  }
}
