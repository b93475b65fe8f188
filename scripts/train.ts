/**
 * Trains the suggestion engine's delete model on the dev split of eval/dev-set (never the test
 * split), after measuring it by 5-fold cross-validation on that same dev split.
 *   npm run train            measure, then write lib/ladder/delete-model.json
 *   npm run train -- --check measure, and fail if the committed model is not what training gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, isTestItem, suggestAll, type LabelledComment } from '../lib/ladder/evaluation';
import { modelInput, score, SILENT_MODEL, train } from '../lib/ladder/model';
import { signalsOf } from '../lib/ladder/signals';
import { MODEL_ALONE_THRESHOLD, MODEL_THRESHOLD } from '../lib/ladder/suggest';
import { readDevSet } from './dev-set';

const MODEL_FILE = fileURLToPath(new URL('../lib/ladder/delete-model.json', import.meta.url));
const FOLDS = 5;

const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const dev = readDevSet().filter((item) => !isTestItem(item.id));
const asTraining = (items: readonly LabelledComment[]) =>
  items.map((item) => ({ input: modelInput(signalsOf(item.text)), deleted: item.rung === 'delete' }));

const withModel = { caught: 0, wrong: 0 };
const listsOnly = { caught: 0, wrong: 0 };
const probabilities: { deleted: boolean; probability: number; listsDelete: boolean }[] = [];
let macroWith = 0;
let macroWithout = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const held = dev.filter((_, index) => index % FOLDS === fold);
  const model = train(asTraining(dev.filter((_, index) => index % FOLDS !== fold)));
  const suggested = suggestAll(held, model);
  const alone = suggestAll(held, SILENT_MODEL);
  macroWith += evaluate(held, suggested).macroF1 / FOLDS;
  macroWithout += evaluate(held, alone).macroF1 / FOLDS;
  held.forEach((item, index) => {
    const deleted = item.rung === 'delete';
    const count = (tally: typeof withModel, rung: string) => {
      if (rung === 'delete') tally[deleted ? 'caught' : 'wrong']++;
    };
    count(withModel, suggested[index]!.rung);
    count(listsOnly, alone[index]!.rung);
    probabilities.push({
      deleted,
      probability: score(model, modelInput(signalsOf(item.text))).probability,
      listsDelete: alone[index]!.rung === 'delete',
    });
  });
}
const deletes = dev.filter((item) => item.rung === 'delete').length;
const others = dev.length - deletes;
const rate = (value: number, of: number) => `${((100 * value) / of).toFixed(1)} %`;
console.log(`dev split: ${dev.length} comments, ${deletes} to delete; ${FOLDS}-fold cross-validation`);
console.log(
  `word lists alone:      delete recall ${rate(listsOnly.caught, deletes)}, wrongly deleted ${rate(listsOnly.wrong, others)}, macro-F1 ${macroWithout.toFixed(3)}`,
);
console.log(
  `with the model (≥ ${MODEL_THRESHOLD} with a cue, ≥ ${MODEL_ALONE_THRESHOLD} alone): delete recall ${rate(withModel.caught, deletes)}, wrongly deleted ${rate(withModel.wrong, others)}, macro-F1 ${macroWith.toFixed(3)}`,
);
console.log('\nthe model alone, by threshold (no word-list cue required):');
for (const threshold of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const above = probabilities.filter((entry) => entry.probability >= threshold);
  console.log(
    `  ≥ ${threshold}: recall ${rate(above.filter((entry) => entry.deleted).length, deletes)}, wrongly ${rate(above.filter((entry) => !entry.deleted).length, others)}`,
  );
}
console.log(
  '(cross-validated figures are optimistic for the word lists, which were tuned on this same split)',
);

const model = train(asTraining(dev));
const written = `${JSON.stringify(model)}\n`;
if (args.check) {
  if (readFileSync(MODEL_FILE, 'utf8') !== written) {
    console.error(`\n${MODEL_FILE} is not what training on the dev split gives: run npm run train`);
    process.exit(1);
  }
  console.log(`\n${MODEL_FILE} matches the dev split`);
} else {
  writeFileSync(MODEL_FILE, written);
  console.log(
    `\nwrote ${MODEL_FILE}: ${Object.keys(model.weights).length} weights, ${(written.length / 1024).toFixed(0)} KB`,
  );
}
