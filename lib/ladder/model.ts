import * as z from 'zod/mini';
import { LEXICONS } from './lexicons';
import type { Signals } from './signals';
import { fold, wordsOf } from './text';

/**
 * The single words that name who a comment is about, in both languages: a group of people, or
 * "people" itself ("people from the shelter" is no more deletable than "students from the shelter").
 */
const GROUP_WORDS = new Set(
  [...LEXICONS.en.groups, ...LEXICONS.fr.groups, 'people', 'folks', 'gens']
    .map((entry) => wordsOf(fold(entry)))
    .flatMap((words) => (words.length === 1 ? words : [])),
);

/**
 * A small logistic regression trained on our labelled development set (its dev split only:
 * `npm run train`). The delete model says how much a comment looks like the spam and abuse there:
 * word lists catch what they name, this catches their neighbours ("subscribeee", "idiots", a new
 * scam's wording). The threat model says, of what is deleted, how much it looks like the threats
 * there, which go to legal. Both say which of the comment's words weighed most, so the suggestion
 * can still explain itself. The team models say, of what is kept, how much it looks like what the
 * set sends to support, legal, PR or product: they find a team when the word lists name none.
 */

export const MODEL_FORMATS = [
  'rung-delete-model',
  'rung-threat-model',
  // Of the comments kept, which ones a team should hear of: one model per team.
  'rung-support-model',
  'rung-legal-model',
  'rung-pr-model',
  'rung-product-model',
] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

export const ModelSchema = z.object({
  format: z.enum(MODEL_FORMATS),
  version: z.literal(1),
  bias: z.number(),
  /** Feature → weight; features are `w:word`, `b:word_word`, `c:<chars>` and `f:flag`. */
  weights: z.record(z.string(), z.number()),
});
export type Model = z.infer<typeof ModelSchema>;

/** A word's own features: the word, and the letters inside it (3 to 5 at a time), each once. */
function wordFeatures(word: string): string[] {
  const names = new Set<string>([`w:${word}`]);
  // By code point, so a letter outside the basic plane is never cut in half.
  const letters = [...`<${word}>`];
  for (let size = 3; size <= 5; size++) {
    for (let start = 0; start + size <= letters.length; start++)
      names.add(`c:${letters.slice(start, start + size).join('')}`);
  }
  return [...names];
}

/** The endings English contractions leave as words of their own: "won't" → "won", "t". */
const CONTRACTION_ENDINGS = new Set(['t', 'll', 're', 've']);

/**
 * "won't" read as one word, "wont", not as "won" (a prize's word) and "t": the model must not learn
 * that "I won't forget the sheet music" resembles "you won a prize". French elisions ("t'es") come
 * before the word and are left alone.
 */
function joinContractions(tokens: readonly string[], language: Signals['language']): string[] {
  if (language === 'fr') return [...tokens];
  const joined: string[] = [];
  for (const token of tokens) {
    if (CONTRACTION_ENDINGS.has(token) && joined.length > 0) joined[joined.length - 1] += token;
    else joined.push(token);
  }
  return joined;
}

/**
 * Words that say nothing on their own ("you", "our", "see", "le", "de"). A resemblance the model
 * can only explain by them ("resembles: “you”, “our”, “see”") is no reason a moderator could check.
 * English contractions are among them as the model reads them: "I'll" is “ill”, not sickness; so
 * are greetings ("hello everyone" is how scams and newcomers alike begin) and titles ("Mme").
 */
const FUNCTION_WORDS = new Set(
  `the a an and or but of to in on at for with from by is are was were be been am i me my we our us
  you your u ur he she it its they them their his her him this that these those there here what who
  how when why not no so just do does did have has had will would can could should as if then than
  too very all any some see get got go next last now one up out about more le la les un une des de du et ou mais au aux en dans sur pour
  par avec est sont etait je tu il elle on nous vous ils elles me te se mon ma mes ton ta tes son sa
  ses notre votre leur ce cette ces qui que quoi ne pas plus tres y l d j n s c qu t m si va vas vais ca
  ill youll theyll im ive youve youre theyre dont cant wont isnt didnt doesnt thats
  hello hi hey everyone everybody bonjour salut let mr mrs ms mme monsieur madame`.split(/\s+/),
);

/** A number alone ("50") is no reason either. */
const NUMBER = /^\d+$/;

/** Whether every one of these words (or word pairs) is a function word or a number. */
export const onlyFunctionWords = (words: readonly string[]) =>
  words.every((word) => word.split(' ').every((part) => FUNCTION_WORDS.has(part) || NUMBER.test(part)));

/** What the model reads of a comment: its distinct words and word pairs, and a few shape flags. */
export interface ModelInput {
  words: string[];
  pairs: string[];
  flags: string[];
}

/** The model's input from the signals already read (their words, money, mentions, list hits). */
export function modelInput(signals: Signals): ModelInput {
  // Who a comment is about must not make it deletable: a group's name is read as "group", and only
  // in word pairs, so the model learns "<group> are animals", never "immigrants" nor "<group>".
  const tokens = joinContractions(signals.tokens, signals.language).map((token) =>
    GROUP_WORDS.has(token) ? 'group' : token,
  );
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < tokens.length; index++) pairs.add(`${tokens[index]}_${tokens[index + 1]}`);
  // Links and phone numbers are left to the word lists: in the labelled set nearly every one is
  // spam, on real pages most are not (a fix on GitHub, a club's website, a support line).
  const flags: string[] = [];
  if (signals.money) flags.push('f:money');
  if (signals.mentions > 0) flags.push('f:mention');
  // What the word lists saw, so the model learns how their signs combine with the words around them.
  const seen: [string, boolean][] = [
    ['insult', signals.insults.length > 0],
    ['aimed', signals.targeted || signals.insultNoun !== null || signals.aimedAtOthers !== null],
    ['profanity', signals.profanity.length > 0],
    ['promotion', signals.promotion.length > 0],
    ['scam', signals.scams.length > 0],
    // Two subjects, as the lists ask: one ("immigrants", "the election") is how ordinary news talk goes.
    ['off-topic', signals.offTopic.length > 1],
    ['threat', signals.threats.length > 0 || signals.menaces.length > 0],
    ['negative', signals.negative.length > 0],
    ['positive', signals.positive.length > 0],
    ['question', signals.question],
    ['shouting', signals.shouting],
    ['emoji', signals.emojis > 0],
  ];
  for (const [name, present] of seen) if (present) flags.push(`f:${name}`);
  return { words: [...new Set(tokens)].filter((token) => token !== 'group'), pairs: [...pairs], flags };
}

/**
 * Every feature of a comment: for each distinct word `w:word` and its letters `c:<wo`, for each
 * distinct pair `b:word_word`, and flags: `f:money`, `f:mention`, and what the word lists saw
 * (`f:insult`, `f:aimed`, `f:scam`…).
 */
export function featuresOf(input: ModelInput): string[] {
  return [...input.words.flatMap(wordFeatures), ...input.pairs.map((pair) => `b:${pair}`), ...input.flags];
}

/** Long comments have many features: the sum is scaled so length alone does not push the score. */
export const scale = (featureCount: number) => 3 / Math.sqrt(Math.max(1, featureCount));

export interface ModelScore {
  /** 0 to 1: how much the comment looks like what the model was trained to recognise. */
  probability: number;
  /** The words that pushed the score up most, strongest first. */
  words: string[];
}

/** A model that never speaks: the word lists alone (for measuring them). */
export const SILENT_MODEL: Model = { format: 'rung-delete-model', version: 1, bias: -100, weights: {} };

const WORD_CACHE_LIMIT = 50_000;

/** A word's features, shared by every model (the six read the same words of a comment). */
const featureCache = new Map<string, string[]>();

function featuresOfWord(word: string): string[] {
  let names = featureCache.get(word);
  if (!names) {
    names = wordFeatures(word);
    if (featureCache.size >= WORD_CACHE_LIMIT) featureCache.clear();
    featureCache.set(word, names);
  }
  return names;
}

/**
 * Models that read the same comments (the six the ladder ships): a comment's features are looked up
 * once for all of them, not once per model, and each word's weights are kept (a community's
 * vocabulary repeats). Sums run in the same order as one model alone would run them.
 */
export class ModelPanel {
  /** Feature → its row; a row lists the models that weigh the feature, and their weights. */
  private readonly rowOf = new Map<string, number>();
  /** Word pair (`b:` feature, without its prefix) → its row. */
  private readonly pairRowOf = new Map<string, number>();
  private readonly rowStarts: Int32Array;
  private readonly owners: Uint8Array;
  private readonly weights: Float64Array;
  /** Word → each model's weight of its features, then how many features it has. */
  private readonly words = new Map<string, Float64Array>();

  constructor(readonly models: readonly Model[]) {
    const entries = new Map<string, [number, number][]>();
    models.forEach((model, owner) => {
      for (const [name, weight] of Object.entries(model.weights)) {
        let row = entries.get(name);
        if (!row) entries.set(name, (row = []));
        row.push([owner, weight]);
      }
    });
    let total = 0;
    for (const row of entries.values()) total += row.length;
    this.rowStarts = new Int32Array(entries.size + 1);
    this.owners = new Uint8Array(total);
    this.weights = new Float64Array(total);
    let at = 0;
    let index = 0;
    for (const [name, row] of entries) {
      // Word pairs by the pair itself: no "b:" key to build for every pair read.
      if (name.startsWith('b:')) this.pairRowOf.set(name.slice(2), index);
      else this.rowOf.set(name, index);
      this.rowStarts[index] = at;
      for (const [owner, weight] of row) {
        this.owners[at] = owner;
        this.weights[at++] = weight;
      }
      index++;
    }
    this.rowStarts[entries.size] = at;
  }

  /** A model's weight of a feature's row, or undefined when that model does not weigh it. */
  private weightIn(row: number | undefined, model: number): number | undefined {
    if (row === undefined) return undefined;
    for (let at = this.rowStarts[row]!; at < this.rowStarts[row + 1]!; at++)
      if (this.owners[at] === model) return this.weights[at];
    return undefined;
  }

  private word(word: string): Float64Array {
    let known = this.words.get(word);
    if (!known) {
      const names = featuresOfWord(word);
      known = new Float64Array(this.models.length + 1);
      for (const name of names) {
        const row = this.rowOf.get(name);
        if (row === undefined) continue;
        for (let at = this.rowStarts[row]!; at < this.rowStarts[row + 1]!; at++)
          known[this.owners[at]!]! += this.weights[at]!;
      }
      known[this.models.length] = names.length;
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      this.words.set(word, known);
    }
    return known;
  }

  /** Reads a comment once; each model's score is then worked out when asked for, by its place. */
  read(input: ModelInput): (model: number) => ModelScore {
    const { words, pairs, flags } = input;
    const wordRows = words.map((word) => this.word(word));
    const pairRows = pairs.map((pair) => this.pairRowOf.get(pair));
    const flagRows = flags.map((flag) => this.rowOf.get(flag));
    let count = pairs.length + flags.length;
    for (const row of wordRows) count += row[this.models.length]!;
    const factor = scale(count);
    return (model) => {
      let weighted = 0;
      const byWord: [string, number][] = [];
      wordRows.forEach((row, index) => {
        const weight = row[model]!;
        weighted += weight;
        if (weight > 0) byWord.push([words[index]!, weight]);
      });
      pairRows.forEach((row, index) => {
        const weight = this.weightIn(row, model);
        if (weight === undefined) return;
        weighted += weight;
        if (weight > 0) byWord.push([pairs[index]!.replace('_', ' '), weight]);
      });
      for (const row of flagRows) weighted += this.weightIn(row, model) ?? 0;
      const sum = this.models[model]!.bias + weighted * factor;
      const strongest = byWord
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([word]) => word);
      return { probability: 1 / (1 + Math.exp(-sum)), words: strongest };
    };
  }
}

const panelsOfOne = new WeakMap<Model, ModelPanel>();

/** One model's score of a comment (the ladder reads its six models together: `ModelPanel`). */
export function score(model: Model, input: ModelInput): ModelScore {
  let panel = panelsOfOne.get(model);
  if (!panel) panelsOfOne.set(model, (panel = new ModelPanel([model])));
  return panel.read(input)(0);
}

export interface TrainingItem {
  input: ModelInput;
  /** Whether the comment is one the model learns to recognise (deleted; a threat). */
  positive: boolean;
}

export interface TrainingOptions {
  format?: ModelFormat;
  epochs?: number;
  rate?: number;
  decay?: number;
  /** Weights smaller than this are dropped: they barely move a score, and the model ships smaller. */
  keep?: number;
}

/**
 * Stochastic gradient descent with L2 decay, in a fixed order: the same items give the same
 * weights. Weights too small to matter are dropped, so the model ships small.
 */
export function train(
  items: readonly TrainingItem[],
  { format = 'rung-delete-model', epochs = 30, rate = 0.1, decay = 1e-4, keep = 0.05 }: TrainingOptions = {},
): Model {
  const weights = new Map<string, number>();
  let bias = 0;
  const encoded = items.map((item) => ({
    names: featuresOf(item.input),
    target: item.positive ? 1 : 0,
  }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { names, target } of encoded) {
      const factor = scale(names.length);
      let sum = bias;
      for (const name of names) sum += (weights.get(name) ?? 0) * factor;
      const error = target - 1 / (1 + Math.exp(-sum));
      bias += rate * error;
      for (const name of names) {
        const weight = weights.get(name) ?? 0;
        weights.set(name, weight + rate * (error * factor - decay * weight));
      }
    }
  }
  const kept: Record<string, number> = {};
  for (const [name, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(weight) >= keep) kept[name] = Math.round(weight * 1000) / 1000;
  }
  return { format, version: 1, bias: Math.round(bias * 1000) / 1000, weights: kept };
}
