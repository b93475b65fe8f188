import type { EscalationTarget } from '../log/schema';
import type { Rung } from './rungs';
import type { Reason, RungSuggestion, SuggestInput } from './suggestion-schema';
import deleteModel from './delete-model.json';
import threatModel from './threat-model.json';
import supportModel from './team-models/support.json';
import legalModel from './team-models/legal.json';
import prModel from './team-models/pr.json';
import productModel from './team-models/product.json';
import {
  modelInput,
  ModelSchema,
  ModelPanel,
  onlyFunctionWords,
  SILENT_MODEL,
  type Model,
  type ModelScore,
} from './model';
import { signalsOf, type Signals } from './signals';
import type { RepetitionCounter } from './text';

export type { Reason, RungSuggestion, SuggestInput } from './suggestion-schema';

/** Order of precedence when several teams are concerned: the gravest risk first. */
const ESCALATION_ORDER: EscalationTarget[] = ['legal', 'pr', 'support', 'product'];
/** The same when the comment asks for something: a request is product's before support's. */
const REQUEST_ORDER: EscalationTarget[] = ['legal', 'pr', 'product', 'support'];
/** The press in the thread is PR's business, whatever the tone ("a reporter messaged me about this"). */
const PRESS = new Set([
  'journalist',
  'journalists',
  'reporter',
  'consumer desk',
  'local paper',
  'running a story',
  'ran a story',
  'doing a story',
  'journaliste',
  'journalistes',
]);

function escalationOf(
  signals: Signals,
  complaint: boolean,
): { target: EscalationTarget; evidence: string } | null {
  const found = signals.escalation;
  const concern = complaint || signals.question || signals.negative.length > 0 || signals.requests.length > 0;
  // The team with the most words wins; on a tie, the gravest risk first, except that a request
  // ("ce serait top de pouvoir… sur la box") asks product for something, not support.
  const order = signals.requests.length > 0 ? REQUEST_ORDER : ESCALATION_ORDER;
  let best: { target: EscalationTarget; hits: string[] } | undefined;
  for (const target of order) {
    const hits = found[target];
    if (hits.length === 0 || (best && best.hits.length >= hits.length)) continue;
    // Legal words and the press speak for themselves; the other teams' words need a complaint, a
    // question or a request, or two of them ("the audio drops out and the subtitles are out of sync").
    const press = target === 'pr' && hits.some((hit) => PRESS.has(hit));
    if (target === 'legal' || press || concern || hits.length >= 2) best = { target, hits };
  }
  if (best) return { target: best.target, evidence: best.hits[0]! };
  return null;
}

/** Trained on the development set's dev split (`npm run train`); checked once, on load. */
export const DELETE_MODEL: Model = ModelSchema.parse(deleteModel);
/**
 * How sure the model must be before it suggests delete on its own, and only with something to
 * show for it (a link, a promotion word, an insult, profanity…): chosen by cross-validation on the
 * dev split (`npm run train` prints it).
 */
export const MODEL_THRESHOLD = 0.6;
/** Sure enough to suggest delete with nothing else to show for it (also chosen by cross-validation). */
export const MODEL_ALONE_THRESHOLD = 0.8;
/** Fewer words than this, with no cue, are never deleted on the model's word alone (cross-validated: 4 to 10 keep recall, 6 cuts the wrongly deleted from 2.7 % to 2.3 %). */
export const MODEL_ALONE_MIN_WORDS = 6;
/** Trained on the deleted comments of the dev split: which of them are threats, for legal. */
export const THREAT_MODEL: Model = ModelSchema.parse(threatModel);
/** How sure the threat model must be before a deleted comment is also sent to legal. */
export const THREAT_THRESHOLD = 0.4;
/** Trained on the kept comments of the dev split: which of them each team should hear of. */
export const TEAM_MODELS: Record<EscalationTarget, Model> = {
  support: ModelSchema.parse(supportModel),
  legal: ModelSchema.parse(legalModel),
  pr: ModelSchema.parse(prModel),
  product: ModelSchema.parse(productModel),
};
/** How sure a team model must be before it names its team when the word lists name none (cross-validated). */
export const TEAM_THRESHOLD = 0.5;

/** The learned models a suggestion consults; the word lists come first, always. */
export interface SuggestModels {
  delete: Model;
  threat: Model;
  teams: Record<EscalationTarget, Model>;
}
export const SHIPPED_MODELS: SuggestModels = {
  delete: DELETE_MODEL,
  threat: THREAT_MODEL,
  teams: TEAM_MODELS,
};
/** No model at all: the word lists alone (to measure them, and to test them). */
export const LISTS_ONLY: SuggestModels = {
  delete: SILENT_MODEL,
  threat: SILENT_MODEL,
  teams: { support: SILENT_MODEL, legal: SILENT_MODEL, pr: SILENT_MODEL, product: SILENT_MODEL },
};

/** The models of a suggestion, in the order a panel holds them. */
const PANEL_ORDER = ['delete', 'threat', ...ESCALATION_ORDER] as const;
type PanelModel = (typeof PANEL_ORDER)[number];
/** A comment's score by one of the models, read once for all of them. */
type Scores = (model: PanelModel) => ModelScore;

const panels = new WeakMap<SuggestModels, ModelPanel>();

function panelOf(models: SuggestModels): ModelPanel {
  let panel = panels.get(models);
  if (!panel) {
    panel = new ModelPanel(
      PANEL_ORDER.map((name) => (name === 'delete' || name === 'threat' ? models[name] : models.teams[name])),
    );
    panels.set(models, panel);
  }
  return panel;
}

/** The team whose model is surest, if it is sure enough, and the words that made it so. */
function learnedTeam(scores: Scores): { target: EscalationTarget; words: string[] } | null {
  let best: { target: EscalationTarget; probability: number; words: string[] } | null = null;
  for (const target of ESCALATION_ORDER) {
    const { probability, words } = scores(target);
    if (probability >= TEAM_THRESHOLD && (!best || probability > best.probability))
      best = { target, probability, words };
  }
  // Like the delete model, it must say why in words a moderator can check.
  return best && !onlyFunctionWords(best.words) ? best : null;
}

/** Words of thanks, in both languages (as the word lists fold them). */
const GRATITUDE = new Set([
  'thanks',
  'thank you',
  'thank u',
  'thx',
  'ty',
  'grateful',
  'merci',
  'reconnaissant',
  'reconnaissante',
]);

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

const clamp = (value: number) => Math.round(Math.min(0.95, Math.max(0.5, value)) * 100) / 100;

/** The rung the ladder suggests for one comment, with its reasons (DESIGN section 2). */
export function suggest(
  input: SuggestInput,
  repetitions?: RepetitionCounter,
  models: SuggestModels = SHIPPED_MODELS,
): RungSuggestion {
  const signals = signalsOf(input.text);
  let read: ((model: number) => ModelScore) | undefined;
  const scores: Scores = (model) =>
    (read ??= panelOf(models).read(modelInput(signals)))(PANEL_ORDER.indexOf(model));
  const repeated = input.repeated ?? repetitions?.count(input.text) ?? 1;
  const reasons: Reason[] = [];
  const result = (
    rung: Rung,
    confidence: number,
    escalation: EscalationTarget | null = null,
  ): RungSuggestion => ({
    rung,
    confidence: clamp(confidence),
    reasons,
    escalation,
    language: signals.language,
  });

  // The team's own announcements and answers are not the members' comments the ladder answers.
  if (input.staff) {
    reasons.push({ code: 'staff' });
    return result('ignore', 0.9);
  }

  // Spam: promotion, contact details and links, or the same text again and again. Someone
  // warning of a scam repeats its words: those are not theirs.
  let spam = 0;
  const scams = signals.warning ? [] : signals.scams;
  // A member's own sale says "for sale" and gives a phone number: that is not promotion.
  const promotion = signals.warning || signals.classified ? [] : signals.promotion;
  if (scams.length > 0) {
    // Phishing, a fake prize, follow-for-follow: one is enough, complaint words or not.
    spam += 2.5 + Math.min(2, scams.length - 1) * 0.5;
    reasons.push({ code: 'scam', evidence: scams[0] });
  }
  if (promotion.length > 0) {
    // A question with nothing to click and no one to contact asks about an offer ("pour le
    // jeu-concours, il faut garder le ticket ?"): its words count once, however many.
    const asksAboutIt = signals.question && signals.links === 0 && !signals.contact;
    spam += 1 + (asksAboutIt ? 0 : Math.min(2, promotion.length - 1) * 0.75);
    reasons.push({ code: 'promotion', evidence: promotion[0] });
  }
  if (signals.links > 0 && (promotion.length > 0 || scams.length > 0 || repeated > 1)) {
    spam += 1;
    reasons.push({ code: 'link' });
  }
  if (signals.contact && !signals.classified) {
    spam += 1;
    reasons.push({ code: 'contact' });
  }
  // A member pointing to something they made ("I made a video on this, it may help: my channel").
  if (signals.creation.length > 0 && scams.length === 0) spam -= 1;
  // A long comment with nothing to click and no one to contact mentions a channel in passing.
  if (signals.words >= 60 && signals.links === 0 && !signals.contact) spam -= 1;
  if (repeated > 1) {
    spam += 1.5;
    reasons.push({ code: 'repeated', evidence: String(repeated) });
  }
  const positiveWords = signals.positive.length + signals.positiveEmojis;
  const negativeWords = signals.negative.length + signals.negativeEmojis;
  if (spam >= 2.5 || (spam >= 1.75 && negativeWords === 0)) {
    reasons.push({ code: 'spam' });
    return result('delete', 0.55 + spam * 0.1);
  }
  reasons.length = 0;

  // Abuse aimed at people: threats, slurs, insults with "you". Threats also go to legal. Words that
  // threaten only in a hostile comment ("see you outside", "you'll regret it") need that hostility,
  // or a second such phrase ("watch yourself on your way home").
  // Harassment counts: "he lives at 12 rue des Lilas… il va saigner" names where the threat would fall.
  const hostile =
    signals.targeted ||
    signals.insults.length > 0 ||
    signals.profanity.length > 0 ||
    signals.harassment !== null;
  // A single word ("shoot", "tuer") threatens only when someone is insulted: "fuck cancer… he taught
  // half this town how to shoot a free throw" does not.
  const insulting = signals.targeted || signals.insults.length > 0;
  const threat =
    signals.threats.find((phrase) => hostile || phrase.includes(' ')) ??
    signals.menaces.find((phrase) => (phrase.includes(' ') ? hostile : insulting)) ??
    (new Set(signals.menaces).size >= 2 ? signals.menaces[0] : undefined);
  if (threat) {
    reasons.push(
      { code: 'threat', evidence: threat },
      { code: 'abuse' },
      { code: 'escalate', evidence: 'legal' },
    );
    return result('delete', 0.85, 'legal');
  }
  // A delete may also threaten in words no list holds ("ces rats, faudrait les laisser passer sous le
  // train", "I know where you park. Enjoy walking home"): the threat model says whether it goes to
  // legal too.
  const deletedAskingThreatModel = (confidence: number): RungSuggestion => {
    const threat = scores('threat');
    if (threat.probability < THREAT_THRESHOLD) return result('delete', confidence);
    reasons.push(
      { code: 'resembles-threat', evidence: quoted(threat.words) },
      { code: 'escalate', evidence: 'legal' },
    );
    return result('delete', confidence, 'legal');
  };
  if (signals.slurs.length > 0) {
    reasons.push({ code: 'slur', evidence: signals.slurs[0] }, { code: 'abuse' });
    return deletedAskingThreatModel(0.85);
  }
  if (signals.hate) {
    reasons.push({ code: 'hate', evidence: signals.hate }, { code: 'abuse' });
    return deletedAskingThreatModel(0.85);
  }
  if (signals.harassment) {
    reasons.push({ code: 'harassment', evidence: signals.harassment }, { code: 'abuse' });
    return deletedAskingThreatModel(0.8);
  }
  // "What a moron", "she's so ugly": a person named by an insult, or judged by one. Friends teasing
  // each other ("you a whole clown 💀 love you bro") are not abusing anyone.
  const judged = signals.banter ? null : (signals.insultNoun ?? signals.aimedAtOthers);
  if (judged && !signals.targeted) {
    reasons.push({ code: 'insult', evidence: judged }, { code: 'abuse' });
    return result('delete', signals.insultNoun ? 0.75 : 0.7);
  }
  // Insults not aimed at anyone may describe a product ("ugly and stupid design"): only many count.
  const insultCount = signals.insults.length;
  if (
    !signals.banter &&
    (signals.targeted || insultCount >= 3 || (insultCount >= 2 && signals.profanity.length > 0))
  ) {
    reasons.push({ code: 'insult', evidence: signals.insults[0] }, { code: 'abuse' });
    return result('delete', signals.targeted ? 0.8 : 0.65);
  }

  // What the word lists did not name but resembles the spam and abuse of the development set.
  const cue =
    promotion.length > 0 ||
    // One insult the writer says of themselves ("I'm such an idiot") is no sign.
    signals.insults.length > 1 ||
    signals.targeted ||
    signals.aimedAtOthers !== null ||
    signals.profanity.length > 0 ||
    signals.offTopic.length > 1 ||
    // Words that threaten only in a hostile comment are no sign on their own ("see you outside at 8").
    signals.threats.length > 0;
  // A customer's complaint for a team is never deleted on a resemblance: only a word list's sign can;
  // nor is a player's talk of killing a boss, whose words resemble threats.
  const forATeam = negativeWords > positiveWords && escalationOf(signals, true) !== null;
  // Nor are a few words with nothing to show ("hi", "mp envoyé"): too little for a resemblance.
  const tooShortAlone = !cue && signals.words < MODEL_ALONE_MIN_WORDS;
  // A warning with no one to contact reads like the scam it warns of: the model alone cannot judge it.
  const warnsAlone = !cue && signals.warning !== null;
  // Prayers and get-well wishes in capitals read like the shouting of spam: the model alone cannot judge them.
  const consolesAlone = !cue && signals.sympathy;
  // Nor anger asking for a court's punishment ("ces gens devraient être enfermés"), whose words the
  // model has mostly met in abuse.
  const punishesAlone = !cue && signals.punishment;
  if (
    !forATeam &&
    !signals.banter &&
    !signals.classified &&
    !(signals.playing && !cue) &&
    !tooShortAlone &&
    !warnsAlone &&
    !consolesAlone &&
    !punishesAlone
  ) {
    const looks = scores('delete');
    // Alone, the model must be able to say why in words a moderator can check.
    const explained = cue || !onlyFunctionWords(looks.words);
    if (explained && looks.probability >= (cue ? MODEL_THRESHOLD : MODEL_ALONE_THRESHOLD)) {
      reasons.push({ code: 'resembles', evidence: quoted(looks.words) });
      return deletedAskingThreatModel(0.5 + (looks.probability - MODEL_THRESHOLD) * 0.6);
    }
  }

  // "Great, another update that breaks everything": praise that complains.
  const sarcastic =
    positiveWords > 0 &&
    (signals.negativeEmojis > 0 || (signals.sarcasm.length > 0 && signals.negative.length > 0));
  // A long story told to say thank you ("my dad fell… the driver stayed with him") is not a complaint,
  // however many hard words it has.
  const thankfulStory =
    signals.words >= 45 && signals.warmth.length >= 2 && signals.positive.some((word) => GRATITUDE.has(word));
  const complaint = !thankfulStory && ((negativeWords > positiveWords && negativeWords > 0) || sarcastic);
  // A member warning others of a scam ("it's phishing, don't click") tells the community, not a team.
  const listed = escalationOf(signals, complaint);
  const learned = listed || signals.warning ? null : learnedTeam(scores);
  const found = listed ?? (learned && { target: learned.target, evidence: quoted(learned.words) });
  const escalation = signals.warning && found?.target !== 'legal' ? null : found;
  /**
   * The team to tell. Praise and warm stories mention a team's subject in passing ("my mum's phone",
   * "season ticket holder since 1998"): they reach a team only when they ask for something, or for
   * legal's words (rights, defamation), which speak for themselves.
   */
  const escalate = (praise = false) => {
    const speaksForItself = escalation?.target === 'legal' && !learned;
    if (praise && !speaksForItself && signals.requests.length === 0) return null;
    if (learned)
      reasons.push(
        { code: 'resembles-team', evidence: quoted(learned.words) },
        { code: 'escalate', evidence: learned.target },
      );
    else if (escalation)
      reasons.push({ code: 'escalate', evidence: `${escalation.target}: ${escalation.evidence}` });
    return escalation?.target ?? null;
  };

  // Off-topic bait with nothing about the community in it.
  if (signals.offTopic.length >= 2 && (!escalation || signals.offTopic.length >= 3) && positiveWords === 0) {
    reasons.push({ code: 'off-topic', evidence: signals.offTopic[0] });
    return result('delete', 0.55 + signals.offTopic.length * 0.05);
  }

  const { words, sentences } = signals;
  const member = input.member ?? null;
  if (member === 'regular' || member === 'ambassador') reasons.push({ code: member });
  if (member === 'new') reasons.push({ code: 'new-member' });

  // Nothing to answer: emojis only, filler, or a couple of words without feeling.
  if (signals.symbolsOnly) {
    // A lone ❤️ or 👍 is a nod, nothing to answer; a burst of them ("😍😍🔥") is approval.
    if (signals.positiveEmojis >= 2 && signals.emojis >= 3 && signals.negativeEmojis === 0) {
      reasons.push({ code: 'symbols-only' }, { code: 'positive' });
      return result('like', 0.7);
    }
    reasons.push({ code: 'symbols-only' }, { code: 'laconic' });
    return result('ignore', 0.8);
  }
  if (signals.filler && !signals.question) {
    reasons.push({ code: 'filler', evidence: input.text.trim().slice(0, 40) }, { code: 'laconic' });
    return result('ignore', 0.8);
  }

  const made = signals.creation.length > 0 && words >= 25;
  // Past a point, length is engagement: a 70-word review, story, guide or grievance is exceptional,
  // and so is a 50-word one with a kind word in it. It is still routed to its team.
  const lengthy = words >= 70 || (words >= 50 && positiveWords > 0);
  if (complaint && !made && !lengthy && (escalation || words >= 6)) {
    reasons.push({ code: 'complaint', evidence: signals.negative[0] });
    if (signals.profanity.length > 0) reasons.push({ code: 'profanity-not-abuse' });
    const target = escalate();
    return result('value', 0.6 + (escalation ? 0.1 : 0), target);
  }

  // Engagement: how much the person wrote, how warmly, and who they are.
  const warm = signals.warmth.length;
  const effort = words >= 25 || (sentences >= 2 && words >= 14);
  const regular = member === 'regular' || member === 'ambassador';
  // Something made for the community is exceptional, and so is a lengthy comment; otherwise a
  // complaint is answered (value), and a regular's warm effort is answered personally.
  const exceptional =
    signals.creation.length > 0
      ? made
      : lengthy ||
        ((!escalation || regular || !complaint) &&
          positiveWords > 0 &&
          ((words >= 45 && warm >= 1) ||
            (effort && regular && warm >= 1) ||
            (words >= 50 && member === 'ambassador') ||
            thankfulStory));
  if (exceptional) {
    if (signals.creation.length > 0) reasons.push({ code: 'made', evidence: signals.creation[0] });
    else if (warm > 0) reasons.push({ code: 'warm', evidence: signals.warmth[0] });
    reasons.push({ code: 'long', evidence: String(words) });
    return result('personalize', 0.55 + Math.min(0.3, warm * 0.07), escalate(!complaint));
  }
  // Too short to answer ("any update?", "app down?"): laconic, though the team may want to know.
  if (words <= 3 && positiveWords === 0) {
    reasons.push({ code: 'laconic' });
    return result('ignore', 0.6, escalate());
  }
  // Short and warm, with a wish on the side ("love the app, just wish…"): a like, and the hint.
  if (!effort && positiveWords > 0 && !complaint && words <= 12) {
    reasons.push(
      { code: 'positive', evidence: signals.positive[0] },
      { code: 'short', evidence: String(words) },
    );
    return result('like', 0.6, escalate(true));
  }
  if (effort || (signals.question && words >= 5) || escalation) {
    reasons.push(
      signals.question && !effort ? { code: 'question' } : { code: 'effort', evidence: String(words) },
    );
    return result('value', effort ? 0.7 : 0.6, escalate());
  }
  if (positiveWords > 0) {
    reasons.push(
      { code: 'positive', evidence: signals.positive[0] },
      { code: 'short', evidence: String(words) },
    );
    if (signals.profanity.length > 0) reasons.push({ code: 'profanity-not-abuse' });
    return result('like', 0.6 + Math.min(0.25, positiveWords * 0.08));
  }
  if (words <= 4) {
    reasons.push({ code: 'laconic' });
    return result('ignore', 0.6);
  }
  reasons.push({ code: 'short', evidence: String(words) });
  if (signals.question) return result('value', 0.5);
  // A few neutral words: nothing to build on.
  if (words < 8) {
    reasons.push({ code: 'laconic' });
    return result('ignore', 0.5);
  }
  return result('like', 0.5);
}
