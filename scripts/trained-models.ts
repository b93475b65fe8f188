import { fileURLToPath } from 'node:url';
import type { LabelledComment } from '../lib/ladder/evaluation';
import { ESCALATION_TARGETS } from '../lib/log/schema';
import { modelInput, train, type Model, type ModelFormat, type TrainingItem } from '../lib/ladder/model';
import { signalsOf } from '../lib/ladder/signals';

/** A model `npm run train` makes from the dev split: what it learns, from which comments, where it is kept. */
export interface TrainedModel {
  format: ModelFormat;
  file: string;
  /** What it learns, in a few words, for the training report. */
  learns: string;
  trainingItems: (dev: readonly LabelledComment[]) => TrainingItem[];
  /** Smallest weight kept (the default otherwise): cross-validation found no loss below it. */
  keep?: number;
}

/** The model as `npm run train` makes it from these comments. */
export const trainModel = (trained: TrainedModel, items: readonly LabelledComment[]): Model =>
  train(trained.trainingItems(items), { format: trained.format, keep: trained.keep });

const read = (item: LabelledComment) => modelInput(signalsOf(item.text));

export const TRAINED_MODELS: readonly TrainedModel[] = [
  {
    format: 'rung-delete-model',
    file: fileURLToPath(new URL('../lib/ladder/delete-model.json', import.meta.url)),
    learns: 'delete or not, on every comment',
    trainingItems: (dev) => dev.map((item) => ({ input: read(item), positive: item.rung === 'delete' })),
  },
  {
    format: 'rung-threat-model',
    file: fileURLToPath(new URL('../lib/ladder/threat-model.json', import.meta.url)),
    // Only what is deleted: the model is asked only once the comment is found deletable.
    learns: 'a threat for legal or not, on the deleted comments',
    trainingItems: (dev) =>
      dev
        .filter((item) => item.rung === 'delete')
        .map((item) => ({ input: read(item), positive: item.escalation === 'legal' })),
  },
  // Only what is kept: a deleted comment's team is chosen by the threat model.
  ...ESCALATION_TARGETS.map((target): TrainedModel => ({
    format: `rung-${target}-model`,
    file: fileURLToPath(new URL(`../lib/ladder/team-models/${target}.json`, import.meta.url)),
    learns: `for ${target} or not, on the kept comments`,
    // Weights under 0.1 changed no team on the dev split (5-fold): dropping them halves the files.
    keep: 0.1,
    trainingItems: (dev) =>
      dev
        .filter((item) => item.rung !== 'delete')
        .map((item) => ({ input: read(item), positive: item.escalation === target })),
  })),
];
