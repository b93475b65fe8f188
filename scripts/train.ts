/**
 * Trains the suggestion engine's models (delete, threat, one per team) on the dev split of
 * eval/dev-set (never the test split), after measuring them by 5-fold cross-validation on that same
 * dev split.
 *   npm run train            measure, then write the models (scripts/trained-models.ts says where)
 *   npm run train -- --check measure, and fail if a committed model is not what training gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  evaluate,
  isTestItem,
  suggestAll,
  type Evaluation,
  type LabelledComment,
} from '../lib/ladder/evaluation';
import { modelInput, score, SILENT_MODEL, type Model } from '../lib/ladder/model';
import { signalsOf } from '../lib/ladder/signals';
import {
  LISTS_ONLY,
  MODEL_ALONE_THRESHOLD,
  MODEL_THRESHOLD,
  TEAM_THRESHOLD,
  THREAT_THRESHOLD,
  type SuggestModels,
} from '../lib/ladder/suggest';
import { ESCALATION_TARGETS } from '../lib/log/schema';
import { readDevSet } from './dev-set';
import { TRAINED_MODELS, trainModel } from './trained-models';

const FOLDS = 5;

const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const dev = readDevSet().filter((item) => !isTestItem(item.id));
/** Every model trained on these comments, as the suggestion consults them. */
function trainAll(items: readonly LabelledComment[]): SuggestModels {
  const byFormat = new Map(TRAINED_MODELS.map((trained) => [trained.format, trainModel(trained, items)]));
  const of = (format: Model['format']) => byFormat.get(format)!;
  return {
    delete: of('rung-delete-model'),
    threat: of('rung-threat-model'),
    teams: Object.fromEntries(
      ESCALATION_TARGETS.map((target) => [target, of(`rung-${target}-model`)]),
    ) as SuggestModels['teams'],
  };
}

const withModel = { caught: 0, wrong: 0 };
const listsOnly = { caught: 0, wrong: 0 };
const probabilities: { deleted: boolean; probability: number; listsDelete: boolean }[] = [];
/** Threats to delete and send to legal, among the deleted comments: with the threat model, and without. */
const threats = { labelled: 0, withModel: { caught: 0, wrong: 0 }, listsOnly: { caught: 0, wrong: 0 } };
/** Comments for a team: sent to the right one, with the team models and without. */
const teams = {
  labelled: 0,
  withModels: { right: 0, needless: 0 },
  listsOnly: { right: 0, needless: 0 },
};
const countTeams = (tally: { right: number; needless: number }, { escalation }: Evaluation) => {
  tally.right += escalation.rightTeam;
  tally.needless += escalation.falseAlarms;
};
let macroWith = 0;
let macroWithout = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const held = dev.filter((_, index) => index % FOLDS === fold);
  const models = trainAll(dev.filter((_, index) => index % FOLDS !== fold));
  const suggested = suggestAll(held, models);
  const noThreatModel = suggestAll(held, { ...models, threat: SILENT_MODEL });
  const noTeamModels = suggestAll(held, { ...models, teams: LISTS_ONLY.teams });
  const alone = suggestAll(held, LISTS_ONLY);
  const scored = evaluate(held, suggested);
  teams.labelled += scored.escalation.expected;
  countTeams(teams.withModels, scored);
  countTeams(teams.listsOnly, evaluate(held, noTeamModels));
  macroWith += scored.macroF1 / FOLDS;
  macroWithout += evaluate(held, alone).macroF1 / FOLDS;
  held.forEach((item, index) => {
    const deleted = item.rung === 'delete';
    const count = (tally: typeof withModel, rung: string) => {
      if (rung === 'delete') tally[deleted ? 'caught' : 'wrong']++;
    };
    count(withModel, suggested[index]!.rung);
    if (deleted) {
      const threat = item.escalation === 'legal';
      if (threat) threats.labelled++;
      for (const [tally, suggestion] of [
        [threats.withModel, suggested[index]!],
        [threats.listsOnly, noThreatModel[index]!],
      ] as const) {
        if (suggestion.rung === 'delete' && suggestion.escalation === 'legal')
          tally[threat ? 'caught' : 'wrong']++;
      }
    }
    count(listsOnly, alone[index]!.rung);
    probabilities.push({
      deleted,
      probability: score(models.delete, modelInput(signalsOf(item.text))).probability,
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
const legal = (tally: { caught: number; wrong: number }) =>
  `${rate(tally.caught, threats.labelled)} of the threats sent to legal, ${tally.wrong} other deletes sent there`;
console.log(`threats among the ${deletes} deletes: ${threats.labelled}`);
console.log(`  without the threat model: ${legal(threats.listsOnly)}`);
console.log(`  with it (≥ ${THREAT_THRESHOLD}):           ${legal(threats.withModel)}`);
const team = (tally: { right: number; needless: number }) =>
  `${rate(tally.right, teams.labelled)} to the right team, ${tally.needless} flagged without need`;
console.log(`comments for a team: ${teams.labelled}`);
console.log(`  without the team models: ${team(teams.listsOnly)}`);
console.log(`  with them (≥ ${TEAM_THRESHOLD}):      ${team(teams.withModels)}`);
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

let stale = false;
for (const trained of TRAINED_MODELS) {
  const model = trainModel(trained, dev);
  const written = `${JSON.stringify(model)}\n`;
  if (args.check) {
    if (readFileSync(trained.file, 'utf8') !== written) {
      console.error(`\n${trained.file} is not what training on the dev split gives: run npm run train`);
      stale = true;
    } else console.log(`\n${trained.file} matches the dev split`);
  } else {
    writeFileSync(trained.file, written);
    console.log(
      `\nwrote ${trained.file} (${trained.learns}): ${Object.keys(model.weights).length} weights, ${(written.length / 1024).toFixed(0)} KB`,
    );
  }
}
if (stale) process.exit(1);
