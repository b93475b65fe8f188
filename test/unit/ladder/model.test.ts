import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTestItem } from '../../../lib/ladder/evaluation';
import {
  featuresOf,
  modelInput,
  ModelPanel,
  ModelSchema,
  onlyFunctionWords,
  scale,
  score,
  train,
  type Model,
} from '../../../lib/ladder/model';
import { signalsOf } from '../../../lib/ladder/signals';
import {
  DELETE_MODEL,
  LISTS_ONLY,
  MODEL_ALONE_THRESHOLD,
  MODEL_THRESHOLD,
  SHIPPED_MODELS,
  suggest,
  TEAM_MODELS,
  THREAT_MODEL,
} from '../../../lib/ladder/suggest';
import { readDevSet } from '../../../scripts/dev-set';
import { TRAINED_MODELS, trainModel } from '../../../scripts/trained-models';

const read = (text: string) => modelInput(signalsOf(text));
const toy = [
  { input: read('sub to my channel zorblax for free stuff'), positive: true },
  { input: read('zorblax giveaway, dm me now'), positive: true },
  { input: read('great video, the lighting at the end is lovely'), positive: false },
  { input: read('thanks for the tutorial, it worked first time'), positive: false },
];

describe('the learned models: delete, threat, teams', () => {
  it('reads an English contraction as one word ("won\'t" is "wont", not the prize\'s "won")', () => {
    expect(read("I won't forget, you'll see").words).toEqual(['i', 'wont', 'forget', 'youll', 'see']);
    expect(read('You won a prize').words).toContain('won');
    expect(read("t'es où ?").words).toEqual(['t', 'es', 'ou']);
  });

  it('learns from labelled comments, the same way every time, and says which words weighed', () => {
    const model = train(toy);
    expect(train(toy)).toEqual(model);
    expect(ModelSchema.safeParse(model).success).toBe(true);
    const spam = score(model, read('new zorblax drop, dm me'));
    expect(spam.probability).toBeGreaterThan(0.5);
    expect(spam.words[0]).toMatch(/zorblax|dm/);
    expect(score(model, read('lovely tutorial, thanks')).probability).toBeLessThan(0.5);
  });

  it('scores a comment with several models at once exactly as each would alone, by its own features', () => {
    const other = train(toy.map(({ input, positive }) => ({ input, positive: !positive })));
    const models = [train(toy), other, THREAT_MODEL, SHIPPED_MODELS.teams.support];
    const panel = new ModelPanel(models);
    for (const text of [
      'new zorblax drop, dm me',
      'I will find you',
      'my order never came, refund please',
      '',
    ]) {
      const input = read(text);
      const scores = panel.read(input);
      models.forEach((model, index) => {
        const names = featuresOf(input);
        const sum = names.reduce((total, name) => total + (model.weights[name] ?? 0), 0);
        const expected = 1 / (1 + Math.exp(-(model.bias + sum * scale(names.length))));
        expect(scores(index).probability).toBeCloseTo(expected, 10);
        expect(scores(index)).toEqual(score(model, input));
      });
    }
  });

  it('reads words, word pairs, letters inside words and the shape of links, numbers and money', () => {
    const names = featuresOf(read('Win £500 at www.prize.example/claim or call 0800 123 4567'));
    expect(names).toEqual(expect.arrayContaining(['w:win', 'b:win_500', 'c:<wi', 'f:money']));
  });

  it('reads styled letters as plain ones and never cuts a character in half', () => {
    const names = featuresOf(read('𝐄𝐚𝐫𝐧 𝟓𝟎𝟎 a day, ｃｌｉｃｋ here 𐌰𐌱𐌲𐌳'));
    expect(names).toEqual(expect.arrayContaining(['w:earn', 'w:click', 'c:<ear']));
    // A lone surrogate would be a feature no JSON reader takes back (the model file is JSON).
    expect(names.filter((name) => /[\ud800-\udfff]/u.test(name))).toEqual([]);
  });

  it('speaks in the suggestion only with a cue, or when it is very sure, and explains itself', () => {
    // "Follow me" is a promotion word: a cue. The one weight is set so that both texts score
    // halfway between the two thresholds.
    const promoted = 'follow me zorblax';
    const halfway = (MODEL_THRESHOLD + MODEL_ALONE_THRESHOLD) / 2;
    const weight = (Math.log(halfway / (1 - halfway)) + 1) / scale(featuresOf(read(promoted)).length);
    const model: Model = {
      format: 'rung-delete-model',
      version: 1,
      bias: -1,
      weights: { 'w:zorblax': weight },
    };
    for (const text of [promoted, 'zorblax here today']) {
      expect(score(model, read(text)).probability).toBeGreaterThanOrEqual(MODEL_THRESHOLD);
      expect(score(model, read(text)).probability).toBeLessThan(MODEL_ALONE_THRESHOLD);
    }
    const withCue = suggest({ text: promoted }, undefined, { ...SHIPPED_MODELS, delete: model });
    expect(withCue.rung).toBe('delete');
    expect(withCue.reasons).toContainEqual({ code: 'resembles', evidence: '“zorblax”' });
    // Nothing else to show for it (no promotion, insult, profanity…): not enough.
    expect(
      suggest({ text: 'zorblax here today' }, undefined, { ...SHIPPED_MODELS, delete: model }).rung,
    ).not.toBe('delete');
  });

  it('knows which reasons a moderator could not check: function words alone', () => {
    expect(onlyFunctionWords(['you', 'our', 'see you'])).toBe(true);
    expect(onlyFunctionWords(['you', 'subscribe'])).toBe(false);
  });

  it('leaves ordinary comments with links, numbers and strong words alone', () => {
    for (const text of [
      'The notes from our meetup are at https://meetup.example/notes, see you next month',
      "Here's the PR that fixed it for me: https://github.com/acme/app/pull/42",
      'Call the support line on 0800 123 456, they sorted my refund in ten minutes',
      'Our fixtures are on the club website, first match is Saturday at 3',
      'Merci ! Le programme complet est sur https://asso.example/programme',
      'This boss fight is killing me, any tips for the second phase?',
      'Ce plat est une tuerie, merci pour la recette',
    ]) {
      expect(suggest({ text }).rung, text).not.toBe('delete');
    }
  });

  it('finds a team for a kept comment the word lists send nowhere, and says which words', () => {
    // A support model that knows one word, sure of it: no word list names "zorblax".
    const support: Model = {
      format: 'rung-support-model',
      version: 1,
      bias: -2,
      weights: { 'w:zorblax': 20 },
    };
    const models = { ...LISTS_ONLY, teams: { ...LISTS_ONLY.teams, support } };
    const text = 'my zorblax came with the wrong part, can someone look at it';
    expect(suggest({ text }, undefined, LISTS_ONLY).escalation).toBeNull();
    const routed = suggest({ text }, undefined, models);
    expect(routed.escalation).toBe('support');
    expect(routed.reasons).toEqual(
      expect.arrayContaining([
        { code: 'resembles-team', evidence: '“zorblax”' },
        { code: 'escalate', evidence: 'support' },
      ]),
    );
    // Praise that names the word asks nothing of a team; nor does a member warning others.
    expect(suggest({ text: 'love my zorblax' }, undefined, models).escalation).toBeNull();
    expect(
      suggest({ text: "the zorblax DMs again: it's a scam, do not pay them" }, undefined, models).escalation,
    ).toBeNull();
    // Nor does it speak when it can only point at function words.
    const vague: Model = { ...support, weights: { 'w:the': 20 } };
    expect(
      suggest({ text }, undefined, { ...LISTS_ONLY, teams: { ...LISTS_ONLY.teams, support: vague } })
        .escalation,
    ).toBeNull();
    // What the word lists name comes first.
    const legal = suggest(
      { text: 'You used my zorblax photo without permission, my lawyer will be in touch' },
      undefined,
      models,
    );
    expect(legal.escalation).toBe('legal');
    expect(legal.reasons.map((reason) => reason.code)).not.toContain('resembles-team');
  });

  it.each(TRAINED_MODELS.map((trained) => [trained.format, trained] as const))(
    'the committed %s is what training on the dev split gives: the test split never taught it',
    (_, trained) => {
      const dev = readDevSet().filter((item) => !isTestItem(item.id));
      const model = trainModel(trained, dev);
      expect(`${JSON.stringify(model)}\n` === readFileSync(trained.file, 'utf8')).toBe(true);
      const shipped = [DELETE_MODEL, THREAT_MODEL, ...Object.values(TEAM_MODELS)];
      expect(shipped.find((candidate) => candidate.format === trained.format)?.bias).toBe(model.bias);
    },
    60_000,
  );
});
