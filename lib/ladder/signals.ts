import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { LEXICONS, type Language, type Lexicon } from './lexicons';
import { decodeEntities, fold, wordsOf } from './text';

/**
 * What a comment's text says about it, measured without any model: each signal is a count or a
 * matched phrase, so a suggestion can always say why.
 */
export interface Signals {
  language: Language | 'unknown';
  /** The folded words, links and @mentions left out, masked words read (the model reads them too). */
  tokens: readonly string[];
  words: number;
  sentences: number;
  links: number;
  mentions: number;
  emojis: number;
  /** Nothing but emojis, mentions, hashtags and punctuation. */
  symbolsOnly: boolean;
  question: boolean;
  /** The whole comment is filler ("ok", "first", "mdr"). */
  filler: boolean;
  positive: string[];
  negative: string[];
  positiveEmojis: number;
  negativeEmojis: number;
  shouting: boolean;
  promotion: string[];
  /** Praise next to "again" or "another": likely sarcasm. */
  sarcasm: string[];
  requests: string[];
  insults: string[];
  slurs: string[];
  /** An insult with "you" close by: aimed at a person. */
  targeted: boolean;
  /** An insult naming a person ("what a moron"), not said by the writer of themselves. */
  insultNoun: string | null;
  /** An insult with someone else named just before it ("she's so ugly", "imagine being this stupid"). */
  aimedAtOthers: string | null;
  /** A group of people and a dehumanising word together. */
  hate: string | null;
  /** Wishing someone harm or death, doxxing, sexual remarks about someone. */
  harassment: string | null;
  /** Phishing, fake prizes, follow-for-follow, a request for card details: spam on its own. */
  scams: string[];
  /**
   * The writer says something is a scam ("that's a known scam", "c'est une arnaque") and gives no
   * one to contact: a warning, whose scam words are the scam's, not the writer's.
   */
  warning: string | null;
  /**
   * Friends teasing: a laugh and a word of affection around the rough words ("lmao kev you a whole
   * clown 💀 love you bro").
   */
  banter: boolean;
  /** Prayers, get-well wishes and condolences ("PRAYING FOR YOU JEAN, SPEEDY RECOVERY"). */
  sympathy: boolean;
  /** A call for a court's or a law's punishment ("should be locked up", "devraient être enfermés"). */
  punishment: boolean;
  /**
   * A member selling their own things: an object, its state and where to collect it ("£85, viewing
   * on Barnard Street"), which is not spam, whatever its price and phone number.
   */
  classified: boolean;
  /** Threats of violence plain enough to stand alone, and promises of violence ("I'll stab him"). */
  threats: string[];
  /** Words that threaten only in a hostile comment ("see you outside", "tu vas voir"). */
  menaces: string[];
  /** A game's foes are named (a boss, a level, a raid): "kill" and "destroy" are play there. */
  playing: boolean;
  profanity: string[];
  offTopic: string[];
  warmth: string[];
  creation: string[];
  contact: boolean;
  /** An amount of money: "£500", "$ 20". */
  money: boolean;
  escalation: { legal: string[]; pr: string[]; support: string[]; product: string[] };
}

/** Links, the disguised ones too ("simdealz4u .net", "giftclaim [dot] site", "h t t p://"), written so no filter sees them. */
/**
 * A link: with its scheme, `www.`, a name and a path ("promo.zz/win", whatever the ending), or a
 * name ending in a common top-level domain ("prizes.top", "x .net", "site[dot]com").
 */
const URL_PATTERN =
  /\bh ?t ?t ?p ?s? ?: ?\/ ?\/\S+|\bwww\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}\/\S+|\b[a-z0-9-]+(?: ?\.| ?[[(]dot[\])] ?)(?:com|net|org|io|co|ly|me|fr|xyz|biz|info|shop|site|link|gg|uk|de|ca|au|us|ru|cn|tk|ml|ga|top|vip|win|click|icu|online|store|live|club|app|tv|eu|es|nl|pl|br|zip|help|bid|loan|work|today|pro|life|world|fun|space|website|page|buzz|cam|ws|cc|ai|ch|quebec)\b(?:\/\S*)?/gi;
/**
 * What every link the pattern reads has: a slash, a dot with no space after it, or a spelled
 * "dot". Most comments have none, and this is far cheaper to look for than the links themselves.
 */
const MAY_HOLD_LINK = /\/|\.\S|dot/i;
/**
 * The handles a comment gives to contact ("DM @agent_mia"): not the ones a reply opens with, which
 * say whom it answers, nor a retweet's source, nor hashtags.
 */
const ADDRESSEES = /^(?:\s*(?:RT\s+)?@[\p{L}\p{N}_.-]+:?)+/u;
const RETWEET_SOURCE = /\bRT\s+@[\p{L}\p{N}_.-]+:?/gu;
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_.-]+/gu;
const contactHandles = (text: string) =>
  text.replace(ADDRESSEES, ' ').replace(RETWEET_SOURCE, ' ').match(HANDLE)?.length ?? 0;
const MENTION_PATTERN = /(?:^|\s)[@#][\p{L}\p{N}_.-]+/gu;
const EMOJI_PATTERN = /\p{Extended_Pictographic}/gu;
const POSITIVE_EMOJI =
  /[😍🥰😊😁😀😃😄😆🤩😎👍👏🙌💪🔥💯✨❤🧡💛💚💙💜🤍🖤💖💕💗💓🎉🥳🙏⭐🌟🏆🚀😻👌😋🤤💐🌹]/u;
// Not 😭, 😢 nor 😤: they are joy, tenderness and resolve as often as pain ("I'm crying he named the
// chicken Gerald 😭", "first 5k today 😭😭", "gonna crush my exam 😤").
const NEGATIVE_EMOJI = /[😡🤬😠👎💩🤮🙄😒😞💔🤦😑]/u;
/** "500€/semaine", "$300 a day": earnings promised. */
const MONEY_PROMISE_CURRENCY_FIRST =
  /(?<!\b(?:save|saving|saved|deposit|pay|paying|paid|pays|cost|costs|rent|spend|spending|spent|budget|put away|on up to) )[$€£]\s?\d[\d,.]*\s?k?\s?(?:\/|per|a|an)\s?(?:hour|hr|h|day|week|month|mo|jour|semaine|mois)\b/i;
/** "lose 15 kg in 2 weeks", "perdez 10 kilos": a diet pill's promise. */
const WEIGHT_PROMISE = /\b(?:lose|perdez|perdre|perds)\s+\d+\s?(?:kg|kilos?|lbs?|pounds)\b/i;
/** "a FREE $500 gift card". */
const FREE_MONEY = /\bfree\s+[$€£]\s?\d|\b\d+\s?(?:€|euros?)\s+(?:offerts?|gratuits?)\b/i;
/** "50% off": a discount. */
const DISCOUNT = /\b\d{1,2}\s?%\s?(?:off|de r[ée]duction|de remise)\b|(?:^|\s)-\d{2}\s?%(?=\s|$|[!.,])/i;
const MONEY_PROMISE =
  /\d+\s?(?:k\s?)?(?:€|\$|euros?|dollars?)\s?(?:\/|par|per|a|an)\s?(?:jour|semaine|mois|day|week|month|hour|heure)/i;
/** "code CYCLO20", "use code SAVE10": a discount code. */
const PROMO_CODE = /\bcode\s+[A-Z][A-Z0-9]{3,}\b/;
/** Money, discounts and miracles promised: spam whatever the words around them. */
const OFFERS = [
  MONEY_PROMISE,
  MONEY_PROMISE_CURRENCY_FIRST,
  DISCOUNT,
  PROMO_CODE,
  WEIGHT_PROMISE,
  FREE_MONEY,
];
/**
 * A number, an address or a chat link to write to, each tried only when the character it cannot do
 * without is there (a digit, "@", ".me", a spelled "dot"): most comments have none of them.
 */
const CONTACTS: [RegExp, RegExp][] = [
  [/\d/, /\+?\d[\d\s().-]{8,}\d|\b\d{3}[-. ]\d{4}\b/],
  [/\.me/i, /\b(?:wa\.me|t\.me)\b/i],
  [/@/, /[\w.+-]+@[\w-]+\.[a-z]{2,}/i],
  [/dot/i, /\b[\w.+-]+ (?:at|\[at\]|\(at\)) [\w-]+ (?:dot|\[dot\]|\(dot\)) (?:com|net|org|fr|co)\b/i],
];
const phoneOrAddressIn = (text: string) =>
  CONTACTS.some(([needed, contact]) => needed.test(text) && contact.test(text));
const CHAT_APP = /\b(?:whatsapp|telegram)\b/i;
/** "delete the whatsapp videos, auntie": the app's own things, not a way to reach someone. */
const CHAT_APP_ITSELF =
  /\b(?:whatsapp|telegram) (?:videos?|photos?|pics|status|storage|backup|voice notes?|stickers|update)\b/;

/** A word list ready for matching: single words in a set, phrases indexed by their first word. */
interface CompiledList {
  words: Set<string>;
  phrases: Map<string, string[][]>;
}

function compile(entries: readonly string[]): CompiledList {
  const words = new Set<string>();
  const phrases = new Map<string, string[][]>();
  for (const entry of entries) {
    const parts = wordsOf(fold(entry));
    if (parts.length === 1) words.add(parts[0]!);
    else if (parts.length > 1) {
      const list = phrases.get(parts[0]!);
      if (list) list.push(parts);
      else phrases.set(parts[0]!, [parts]);
    }
  }
  return { words, phrases };
}

/** The phrase of `list` that starts at `tokens[index]`, if any. */
function phraseAt(list: CompiledList, tokens: readonly string[], index: number): string | undefined {
  const candidates = list.phrases.get(tokens[index]!);
  if (!candidates) return undefined;
  for (const parts of candidates) {
    if (parts.every((part, offset) => tokens[index + offset] === part)) return parts.join(' ');
  }
  return undefined;
}

/** Lists read in one pass over the words (the others are asked about one word or the whole text). */
/** Which of the gated patterns below a comment's words open, one bit each. */
type OpenGates = number;
/** Word → the gated patterns it opens. */
const GATE_BITS = new Map<string, number>();
/** Beginnings of words ("usurp…") → the gated patterns they open. */
const GATE_PREFIXES: [string, number][] = [];
let gates = 0;

/**
 * A long pattern and the words it cannot match without: most comments have none of them, and
 * looking the comment's words up once for all such patterns is far cheaper than trying them. Each
 * alternative of the pattern must hold one of these words (or begin one with a prefix): an
 * alternative added without one is never tried.
 */
class GatedPattern {
  private readonly bit: number;

  constructor(
    words: string,
    private readonly pattern: RegExp,
    prefixes: readonly string[] = [],
  ) {
    if (gates >= 31) throw new Error('more gated patterns than bits in a mask');
    this.bit = 1 << gates++;
    for (const word of words.split(' ')) GATE_BITS.set(word, (GATE_BITS.get(word) ?? 0) | this.bit);
    for (const prefix of prefixes) GATE_PREFIXES.push([prefix, this.bit]);
  }

  exec(joined: string, opened: OpenGates): RegExpExecArray | null {
    return opened & this.bit ? this.pattern.exec(joined) : null;
  }

  /** Every match of a global pattern. */
  matchAll(joined: string, opened: OpenGates): RegExpExecArray[] {
    return opened & this.bit ? [...joined.matchAll(this.pattern)] : [];
  }

  test(joined: string, opened: OpenGates): boolean {
    return (opened & this.bit) !== 0 && this.pattern.test(joined);
  }
}

const ALL_GATES: OpenGates = -1;

/** The gated patterns a comment's words open: one look-up per word. */
function gatesOpenedBy(tokens: readonly string[]): OpenGates {
  let opened = 0;
  for (const token of tokens) opened |= GATE_BITS.get(token) ?? 0;
  for (const [prefix, bit] of GATE_PREFIXES)
    if (!(opened & bit) && tokens.some((token) => token.startsWith(prefix))) opened |= bit;
  return opened;
}

const SCANNED = [
  'positive',
  'negative',
  'insults',
  'slurs',
  'swears',
  'threats',
  'menaces',
  'promotion',
  'sarcasm',
  'offTopic',
  'warmth',
  'creation',
  'requests',
  'insultNouns',
  'groups',
  'dehumanising',
  'harassment',
  'sexual',
  'scams',
] as const;
type Scanned = (typeof SCANNED)[number] | keyof Lexicon['escalation'];

interface CompiledLexicon {
  stopwords: CompiledList;
  filler: CompiledList;
  questionOpeners: CompiledList;
  you: CompiledList;
  persons: CompiledList;
  self: CompiledList;
  /** Every scanned entry by its first word: one look-up per word of the text for all the lists. */
  index: Map<string, { list: Scanned; parts: string[] }[]>;
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const index: CompiledLexicon['index'] = new Map();
  const lists: [Scanned, readonly string[]][] = [
    ...SCANNED.map((list): [Scanned, readonly string[]] => [list, lexicon[list]]),
    // A noun that insults a person is an insult too (aimed at "you", it is abuse either way).
    ['insults', lexicon.insultNouns],
    ...Object.entries(lexicon.escalation).map(([list, entries]): [Scanned, readonly string[]] => [
      list as Scanned,
      entries,
    ]),
  ];
  for (const [list, entries] of lists) {
    for (const entry of entries) {
      const parts = wordsOf(fold(entry));
      if (parts.length === 0) continue;
      const bucket = index.get(parts[0]!);
      if (bucket) bucket.push({ list, parts });
      else index.set(parts[0]!, [{ list, parts }]);
    }
  }
  return {
    stopwords: compile(lexicon.stopwords),
    filler: compile(lexicon.filler),
    questionOpeners: compile(lexicon.questionOpeners),
    you: compile(lexicon.you),
    persons: compile(lexicon.persons),
    self: compile(lexicon.self),
    index,
  };
}

/** What each scanned list finds in the words, in the order found, each entry once. */
function scan(lexicons: readonly CompiledLexicon[], tokens: readonly string[]): Map<Scanned, string[]> {
  const found = new Map<Scanned, string[]>();
  for (const lexicon of lexicons) {
    for (let index = 0; index < tokens.length; index++) {
      const entries = lexicon.index.get(tokens[index]!);
      if (!entries) continue;
      for (const { list, parts } of entries) {
        if (parts.length > 1 && !parts.every((part, offset) => tokens[index + offset] === part)) continue;
        const hit = parts.length > 1 ? parts.join(' ') : parts[0]!;
        const hits = found.get(list);
        if (!hits) found.set(list, [hit]);
        else if (!hits.includes(hit)) hits.push(hit);
      }
    }
  }
  return found;
}

const COMPILED: Record<Language, CompiledLexicon> = {
  en: compileLexicon(LEXICONS.en),
  fr: compileLexicon(LEXICONS.fr),
};

let englishProfanity: RegExpMatcher | undefined;
/** Words already looked at: a community's vocabulary repeats, the matcher's cost (~10 µs a word) need not. */
const profanityByWord = new Map<string, string | null>();
const PROFANITY_CACHE_LIMIT = 50_000;

/** The profane word behind one written word ("sh1t", "f*ck"), by the obscenity library's English list. */
function profaneWord(word: string): string | null {
  const known = profanityByWord.get(word);
  if (known !== undefined) return known;
  // Built on first use: the matcher compiles a few hundred patterns.
  englishProfanity ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const [match] = englishProfanity.getAllMatches(word);
  const found = match
    ? (englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? word)
    : null;
  if (profanityByWord.size >= PROFANITY_CACHE_LIMIT) profanityByWord.clear();
  profanityByWord.set(word, found);
  return found;
}

/** English profanity, word by word; letters typed apart ("f u c k") are read as one word too. */
function englishProfanityOf(text: string): string[] {
  const written = text.toLowerCase().split(/\s+/).filter(Boolean);
  const words = [...written];
  for (let start = 0; start < written.length;) {
    let end = start;
    while (end < written.length && written[end]!.length === 1) end++;
    if (end - start >= 3) words.push(written.slice(start, end).join(''));
    start = Math.max(end, start + 1);
  }
  const found: string[] = [];
  for (const word of words) {
    const profane = profaneWord(word);
    if (profane && !found.includes(profane)) found.push(profane);
  }
  return found;
}

/** English, French or unknown, from the share of each language's frequent words. */
export function detectLanguage(tokens: readonly string[]): Language | 'unknown' {
  let en = 0;
  let fr = 0;
  for (const token of tokens) {
    if (COMPILED.en.stopwords.words.has(token)) en++;
    if (COMPILED.fr.stopwords.words.has(token)) fr++;
  }
  if (en === fr) return 'unknown';
  return en > fr ? 'en' : 'fr';
}

/** Sentences: runs of words ended by . ! ? … or a line break. */
function countSentences(text: string): number {
  return text.split(/[.!?…]+(?:\s|$)|\n+/u).filter((part) => /[\p{L}\p{N}]{2,}/u.test(part)).length;
}

function isQuestion(text: string, tokens: readonly string[], lexicons: CompiledLexicon[]): boolean {
  if (text.includes('?')) return true;
  if (tokens.length === 0) return false;
  return lexicons.some(
    ({ questionOpeners }) =>
      questionOpeners.words.has(tokens[0]!) || phraseAt(questionOpeners, tokens, 0) !== undefined,
  );
}

/** Words that aim an insult at someone: "what a clown", "bande de guignols", "espèce de". */
const AIMING = new Set(['what a', 'such a', 'bunch of', 'bande de', 'espece de', 'sale', 'gros', 'pauvre']);

/** Words for a person, as the subject of a judgement. */
const PEOPLE = new Set([
  'he',
  'she',
  'whoever',
  'guy',
  'dude',
  'girl',
  'il',
  'elle',
  'mec',
  'meuf',
  'type',
  'gars',
]);

/** "are", "es", "êtes": between "you" and an insult, they make it a judgement of the person. */
/** Insults that are also verbs: "don't let that fool you", "trolling you", "creep you out". */
const INSULTS_AS_VERBS = new Set(['fool', 'troll', 'creep', 'con']);
const COPULAS = new Set(['are', 're', 'r', 'is', 'was', 'were', 'es', 'etes', 'est', 'etait', 'etais']);

/**
 * Whether an insult is aimed at a person: right after "you" ("you idiot"), after "you" and a verb
 * of being ("you are such an idiot", "t'es qu'un connard", "vous êtes des clowns"), or after an aiming
 * phrase ("bande de guignols"). "Your app is garbage" and "vous avez une grosse commande" are not.
 */
function aimedAtSomeone(tokens: readonly string[], insults: readonly string[], you: CompiledList): boolean {
  const insultWords = new Set(insults.map((insult) => insult.split(' ')[0]!));
  for (let index = 0; index < tokens.length; index++) {
    if (!insultWords.has(tokens[index]!)) continue;
    for (let before = Math.max(0, index - 4); before < index; before++) {
      if (!you.words.has(tokens[before]!)) continue;
      if (before >= index - 2 || tokens.slice(before + 1, index).some((token) => COPULAS.has(token)))
        return true;
    }
    // "Whoever runs this page is a moron", "ce mec est un abruti": a person judged.
    const judged = tokens.slice(Math.max(0, index - 6), index);
    const copula = judged.findIndex((token) => COPULAS.has(token));
    if (copula > 0 && judged.slice(0, copula).some((token) => PEOPLE.has(token))) return true;
    const next = tokens.slice(index + 1, index + 3);
    if (
      next[0] !== undefined &&
      !INSULTS_AS_VERBS.has(tokens[index]!) &&
      (you.words.has(next[0]) || (next[0] === 'like' && next[1] !== undefined && you.words.has(next[1])))
    )
      return true;
    const previous = tokens.slice(Math.max(0, index - 2), index);
    if (AIMING.has(previous.join(' ')) || AIMING.has(previous.at(-1) ?? '')) return true;
  }
  return false;
}

/** Whether a word or phrase of `list` starts within the `before` words ahead of `index`. */
function nearBefore(list: CompiledList, tokens: readonly string[], index: number, before: number): boolean {
  for (let at = Math.max(0, index - before); at < index; at++) {
    if (list.words.has(tokens[at]!) || phraseAt(list, tokens, at) !== undefined) return true;
  }
  return false;
}

/** Where each hit of a scanned list starts in the tokens (a hit may be several words). */
function positionsOf(tokens: readonly string[], hits: readonly string[]): number[] {
  const firsts = new Set(hits.map((hit) => hit.split(' ')[0]!));
  const positions: number[] = [];
  tokens.forEach((token, index) => {
    if (firsts.has(token)) positions.push(index);
  });
  return positions;
}

/**
 * An insult noun said of someone else: "what a moron", "t'es qu'une connasse", but not "I felt
 * like an idiot" or "idiot-proof".
 */
/** A thing named just before the insult: "it's a piece of shit", "c'est une merde". */
const THING_BEFORE = new Set([
  'it s a',
  'its a',
  'this is a',
  'that s a',
  'thats a',
  'it was a',
  'c est une',
  'c est un',
]);
/** Insults said of things as often as of people. */
const THING_INSULTS = new Set([
  'piece of shit',
  'piece of crap',
  'piece of junk',
  'piece of garbage',
  'piece of trash',
]);
/** A device or a thing, then "is a": what the insult after it is said of. */
const THING_NAMED =
  /\b(?:router|modem|phone|laptop|pc|computer|car|van|app|game|update|printer|tv|telly|bike|console|controller|charger|camera|machine|software|website|site|thing|product|device|kettle|boiler|oven|hoover|firmware|box|engine|truck)(?: [a-z]+)? (?:is|was|s) (?:a|an absolute|a complete|an utter|a total)$/;
/** The writer naming themselves right after the insult: "quel idiot je suis". */
const SELF_AFTER = new Set(['je suis', 'j suis', 'i am', 'i was', 'j etais', 'am i']);

function insultNounOf(tokens: readonly string[], nouns: readonly string[], lexicon: CompiledLexicon) {
  for (const noun of nouns) {
    const first = noun.split(' ')[0]!;
    for (let index = tokens.indexOf(first); index >= 0; index = tokens.indexOf(first, index + 1)) {
      if (tokens[index + noun.split(' ').length] === 'proof') continue;
      if (nearBefore(lexicon.self, tokens, index, 4) && !nearBefore(lexicon.you, tokens, index, 4)) continue;
      // "It's a piece of shit, the motor burnt out": said of a thing.
      const before = (count: number) => tokens.slice(Math.max(0, index - count), index).join(' ');
      if (THING_BEFORE.has(before(2)) || THING_BEFORE.has(before(3))) continue;
      // "My ISP router is a piece of shit": a thing named before it.
      if (THING_INSULTS.has(noun) && THING_NAMED.test(before(5))) continue;
      // "Quel idiot je suis", "what an idiot I am": said of oneself, after the word.
      const after = index + noun.split(' ').length;
      if (SELF_AFTER.has(`${tokens[after]} ${tokens[after + 1]}`)) continue;
      return noun;
    }
  }
  return null;
}

/** An insult right after a word for someone else: "she's so ugly", "look at his stupid fat fingers". */
function insultAimedAtOthers(
  tokens: readonly string[],
  insults: readonly string[],
  lexicon: CompiledLexicon,
) {
  for (const index of positionsOf(tokens, insults)) {
    if (nearBefore(lexicon.persons, tokens, index, 4)) return tokens[index]!;
  }
  return null;
}

/** "hope your plane crashes", "j'espère que tu crèves": harm wished on someone. */
const HARM_WISHED =
  /\bhope (?:you|u|ur|your|he|she|they|his|her|their)\b[^.!?]{0,30}\b(?:die|dies|died|dead|crash|crashes|cancer|burn|burns|rot|rots|suffer|suffers|choke|chokes|drown|drowns|get hit|gets hit|run over)\b|\bespere qu(?:e|')?\s?(?:tu|il|elle|ils|vous|ton|ta|sa|son)\b[^.!?]{0,30}\b(?:meur\w*|crev\w*|cancer|brul\w*|souffr\w*|crash\w*|noie\w*)/i;

/** Harm wished on someone, unless the wish is that it does not happen ("hope your phone doesn't die"). */
function harmWished(words: string): string | null {
  const wish = HARM_WISHED.exec(words)?.[0];
  return wish && !/\b(?:don t|doesn t|didn t|won t|wont|dont|doesnt|not|never|no|ne|pas)\b/.test(wish)
    ? wish
    : null;
}

/** Someone at home or at work, who may say "your wife's gonna kill you" and mean no harm. */
const HOUSEHOLD =
  'wife|husband|missus|mrs|mum|mom|mam|mother|dad|father|partner|girlfriend|boyfriend|gf|bf|boss|teacher|coach|bank manager|accountant';

/** "I'll burn ur shop down", "on va te défoncer": violence promised by the writer to someone. */
const VIOLENCE_PROMISED = new GatedPattern(
  'burn kill stab shoot beat smash punch hurt torch bruler tuer buter defoncer fracasser egorger cramer planter frapper casser stabbing shooting killing beating punching jumping creve bute egorge saigne hospital rifle shotgun gun knife bat machete crowbar hammer batte fusil couteau carabine flingue marteau crowd parade protest march protesters foule manif pousse balance jette pousserai balancerai jetterai pousser balancer jeter push throw shove kick window windscreen wall door table',
  new RegExp(
    [
      // Not "your wife's gonna kill you": someone at home telling you off.
      String.raw`\b(?:i ?ll|i will|im gonna|i m gonna|ima|we ?ll|we will|gonna|going to)\b(?<!\b(?:${HOUSEHOLD}) (?:s|is) (?:gonna|going to))[^.!?]{0,20}\b(?:burn|kill|stab|shoot|beat|smash|punch|hurt)\b[^.!?]{0,12}\b(?:you|u|him|her|them|(?:ur|your|his|her|their) (?:shop|house|car|family|kids|face))\b`,
      /\b(?:i ?ll|i will|im gonna|i m gonna|we ?ll|we will|gonna|going to)\b[^.!?]{0,20}\b(?:burn|torch|smash) (?:the|this|ur|your) (?:place|shop)\b|\b(?:je vais|j vais|on va|je viens)\s(?:te|t|vous|lui|leur)\s?(?:bruler|tuer|buter|defoncer|fracasser|egorger|cramer|planter|frapper|casser)|\bi ?m (?:stabbing|shooting|killing|beating|punching|jumping) (?:him|her|you|u|them)\b|\bje (?:te|le|la|les|vous) (?:creve|bute|egorge|saigne)\b|\bput (?:you|u|him|her|them) in (?:the )?hospital\b|\bif i (?:see|catch|find)\b[^.!?]{0,60}\b(?:i m bringing|im bringing|i ll bring|ill bring|i ll be bringing)(?: my| a| the)? (?:air rifle|rifle|shotgun|gun|knife|bat|machete|crowbar)\b|\b(?:coming|come|coming back|be back|showing up|show up|je viens|je reviens|je passe|je rentre|je debarque)\b[^.!?]{0,40}\b(?:with|avec) (?:a|an|my|un|une|mon|ma) (?:baseball |cricket )?(?:bat|gun|knife|machete|crowbar|hammer|batte|fusil|couteau|carabine|flingue|marteau)\b|\bdrive (?:a|my|an|the) (?:\w+ )?(?:through|into) (?:the|a) (?:crowd|parade|protest|march|protesters|foule|manif)\b|\b(?:je|j|on)\s(?:te|t|vous|le|la|l)\s?(?:pousse|balance|jette|pousserai|balancerai|jetterai|vais pousser|vais balancer|vais jeter)\s(?:dans|du haut de|sous|par)\s(?:le|la|les|un|une|l)\s?(?:ravin|vide|precipice|falaise|fenetre|escaliers?|train|metro|riviere|lac|canal|fosse)\b|\b(?:i ?ll|i will|im gonna|i m gonna|we ?ll|gonna)\s(?:put|throw|chuck|smash)\s(?:you|u|him|her|them|his head|your head)\s(?:through|thru)\s(?:a|the|your|his|her|that)\s(?:\w+\s)?(?:window|windscreen|wall|door|table)\b|\b(?:i ?ll|i will|im gonna|i m gonna|we ?ll|gonna)\s(?:push|throw|shove|kick)\s(?:you|u|him|her|them)\s(?:off|into|down|under|out of|in front of)\s(?:a|the)\s(?:cliff|ravine|bridge|stairs|train|window|river|canal|bus)\b/
        .source,
    ].join('|'),
    'i',
  ),
);

/**
 * "should be dragged out and shot", "someone should wait for her in the garage", "mérite d'être
 * pendu": violence wished on someone, or asked of others.
 */
/** "Using a man in a dress to sell moisturiser now? Real women can tell": trans women mocked. */
const TRANS_MOCKED = new GatedPattern(
  'dress dresses robe robes jupe wig perruque',
  /\b(?:a man|men|a bloke|blokes|a guy|guys|un homme|des hommes|un mec|des mecs) (?:in|en) (?:a |une )?(?:dress|dresses|robe|robes|jupe|wig|perruque)\b(?=[^]{0,100}\b(?:real women|vraies femmes|vraie femme|agenda|groomers?|grooming|mentally ill|malades mentaux|delusional|freaks?))/,
);
/** "The only good X is a dead X", "le seul bon X c'est un X mort": a whole group wished dead. */
const ONLY_GOOD_DEAD =
  /\b(?:the only good [a-z]+ is a dead|le seul bon [a-z]+ c est un [a-z]+ mort|la seule bonne [a-z]+ c est une [a-z]+ morte)\b/;

const VIOLENCE_WISHED = new GatedPattern(
  'shot hung hanged lynched stabbed beaten burned executed gassed exterminated acid stabs shoots kills beats runs attacks hang someone pendu pendue pendus pendues pendre fusiller fusille fusillee fusilles fusillees bruler lyncher abattre gazer exterminer',
  /\b(?:should|needs? to|deserves? to|ought to|has to) (?:be|get) (?:\w+ ){0,3}(?:shot|hung|hanged|lynched|stabbed|beaten|burned|executed|shot dead|gassed|exterminated)\b|\bhope (?:someone|somebody) (?:throws acid|stabs|shoots|kills|beats|runs over|attacks)\b|\bacid (?:in|on) (?:her|his|your|their) face\b|\b(?:they ll|they will|he ll|she ll|you ll|u ll|you will) hang for (?:it|this|that)\b|\bsomeone (?:should|needs to|has to|gotta) (?:wait for|find|visit|burn|torch|shoot|stab|hurt|jump|beat|teach)\b|\b(?:merite|meritent|devrait|devraient|faut|faudrait|faudra)\b(?: \w+){0,3} (?:etre pendue?s?|pendre|fusiller|etre fusillee?s?|bruler vif|bruler vive|bruler vifs|lyncher|abattre|gazer|exterminer)\b(?! (?:les |ces |des |tous les |toutes les )?(?:frelons|guepes|cafards|punaises|moustiques|taupes|rats|souris|limaces|pucerons|chenilles|nuisibles|mauvaises herbes)\b)/,
);

/**
 * "Jessy elle habite au 14 rue des Tanneurs", "he lives at 12 Mill Road": someone else's home
 * address posted, which is harassment whatever the tone (the writer's own is not: "I live at…").
 */
const HOME_ADDRESS_SHARED = new GatedPattern(
  'apartment flat house habite habitent vit lives stays resides rue avenue allee impasse chemin boulevard place immatricule immatriculee plaque plate',
  /\b(?:s|his|her|their) (?:apartment|flat|house)\b[^]{0,80}\b(?:building|unit|apt|flat|no) ?\d{1,4}\b[^]{0,80}\b(?:door|doorstep|presents|visit)\b|(?<!\b(?:j|je|on|nous) )\b(?:habite|habitent|vit|lives|stays|resides)\b(?: [a-z]+){0,4} \d{1,4}(?: bis| ter)? (?:rue|avenue|av|boulevard|bd|chemin|impasse|allee|place|route)\b|\b(?:lives|stays|resides)\b(?: [a-z]+){0,4} \d{1,4}(?! (?:minutes?|mins?|miles?|km|hours?|hrs?|blocks?|doors?|houses?|streets?|metres?|meters?|yards?|seconds?)\b)(?: [a-z]+){0,2} (?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|court|ct|way|crescent|gardens|terrace|grove|place)\b|\bc est\b[^]{0,40}\b\d{1,4}(?: bis| ter)? (?:rue|avenue|allee|impasse|chemin|boulevard|place)\b[^]{0,80}\b(?:faites passer|faites tourner|sa voiture|allez (?:tous )?le voir|allez (?:tous )?la voir|allez (?:tous )?lui)\b|\b(?:immatriculee?|plaque|license plate|number plate|licence plate)\b(?: [a-z]+){0,2} [a-z]{2} ?\d{3} ?[a-z]{2}\b/,
);
/** "I know where the manager of the Route 9 store lives": someone's home, held over them. */
const KNOWS_HOME = new GatedPattern(
  'know sais',
  /\bje sais ou (?:\w+ ){0,6}(?:habite|habitent|dort|dorment)\b|\bi know where (?:\w+ ){0,6}(?:manager|boss|owner|guy|woman|man|lady|girl|kid|driver|mod|moderator|admin|reporter|journalist|ref|referee|teacher|cashier|dentist|doctor|nurse|courier|he|she|they|his family|her family|your family|ur family|your kids|your mum|your mom)(?: \w+){0,6} (?:lives|live)\b/,
);

/**
 * "I've seen you every night at 9 outside your building", "je te vois tous les soirs devant chez
 * toi": someone watched at home, and told so (a regular seen at parkrun "every week" is not).
 */
const WATCHED = new GatedPattern(
  'seen saw watching watched spotted noticed vu vue remarque remarquee observe observee vois regarde',
  /\b(?:seen|saw|watching|watched|spotted|noticed) (?:you|u)\b[^.!?]{0,120}\b(?:outside (?:your|ur) (?:building|house|flat|apartment|place|door|window|work)|i notice everything|i see everything)\b|\b(?:je t ai (?:vue?|remarquee?|observee?)|je te vois|je te regarde|je t observe)\b[^.!?]{0,120}\b(?:devant chez (?:toi|vous)|en bas de chez (?:toi|vous)|je remarque tout|je vois tout)\b/,
);

/** Every address above has a number in it: without a digit, the pattern need not be tried. */
const DIGIT = /\d/;

/** Someone in prison: what is wished on them is anger at a convict. */
const CONVICT =
  /\b(?:en taule|en prison|au trou|derriere les barreaux|in jail|in prison|behind bars|every (?:day|night|year|minute) in there|his cell|her cell|sa cellule)\b/;
const WISHED_ON_CONVICTS = new Set(['rot in hell', 'burn in hell', 'creve', 'qu il creve', 'qu elle creve']);
/** The lists of words that abuse someone. */
const ABUSE_LISTS: readonly Scanned[] = ['insults', 'insultNouns', 'slurs', 'harassment'];
/** "j'ai couru comme une", "I stood there like an": the writer likened to what follows (no one else named). */
const SELF_LIKE_A =
  /\b(?:j ai|je|je me suis|je suis|i|i was|i ve|i m|im)\b(?: (?!(?:you|u|he|she|they|him|her|them|tu|te|t|il|elle|vous|lui)\b)[a-z]+){0,4} (?:comme (?:un|une)|like an?)$/;
/** "my dumb question", "sorry for the stupid questions": the writer's own questions. */
const OWN_DUMB_QUESTION =
  /\b(?:my|the|a|this|for the|for my) (?:dumb|stupid|silly) (?:questions?|mistakes?)\b/g;
/** "Super idée", "bonne idée": praise for an idea, not a request. */
const IDEA_PRAISED = /\b(?:super|bonne|belle|excellente|top|chouette|geniale?|trop bonne) idee\b/;

/** "So sorry for your loss Sue": a woman's name, not a lawsuit. */
const SUE_BY_NAME =
  /(?:^|[\p{Ll},.!?]\s+)Sue\b(?!\s+(?:you|them|him|her|the|us|for|over|me|it|everyone|everybody)\b)/u;
/** A criminal charge, which a court brings: not a bill. */
const CRIMINAL_CHARGE =
  /\b(?:charged with|charge of|charges of|alternative charge|lesser charge|murder charge|manslaughter|criminal charges?|pressed charges|press charges)\b/;

/** "Your child died because you didn't pray hard enough": a grieving parent blamed for the death. */
const BEREAVED_BLAMED =
  /\b(?:your|ur) (?:child|kid|son|daughter|baby|boy|girl|little one)(?: [a-z]+)? died because (?:you|u)\b/;

/** "User:X is actually Dennis H., 41 Birchcroft Lane… phone…": who someone is, and how to reach them. */
const IDENTITY_EXPOSED = new GatedPattern(
  'lives phone mobile cell number called name actually nom appelle',
  /\bat \d{1,4} [a-z]+ (?:street|st|road|rd|avenue|ave|lane|ln|court|ct|drive|dr|way|close)\b[^]{0,60}\b(?:her|his) name (?:s|is)\b|\bwhere [a-z]+(?: [a-z]+){0,2} lives\b[^]{0,150}\b(?:his|her) (?:phone |mobile )?(?:number|phone|mobile) is\b|\blives at\b[^]{0,80}\b(?:her|his) (?:personal |private )?(?:number|phone|mobile)\b|\b(?:her|his) (?:phone|mobile|cell|number)(?: number)? is \d{3}[^]{0,60}\b(?:tell|let|give|call|text|ring) (?:her|him)\b|\blives in [a-z]+\b[^]{0,60}\bdrives a\b[^]{0,60}\bworks at\b|\b(?:the|her|his|their) (?:brother|sister|son|daughter|kids?|children|wife|husband) (?:s|is|are) called [a-z]+\b[^]{0,40}\b(?:goes to|go to|works at|works in|lives (?:in|on|at))\b|\b(?:real name is|real name s|real name of|irl name is|is actually|son vrai nom|le vrai nom de|vrai nom c est|s appelle en vrai|de son vrai nom)\b[^]{0,120}\b(?:works at|works in|lives|live in|email|e mail|phone|address|postcode|linkedin|travaille|bosse|habite|adresse|telephone|numero)\b/,
);
/** "1,000 real stars for $49": followers, likes or reviews for sale. */
const ENGAGEMENT_SOLD =
  /(?<![$€£]\s?)\b\d[\d,.]*k? (?:real |active |genuine )?(?:[a-z]+ )?(?:followers|likes|stars|views|viewers|subscribers|subs|reviews|abonnes|vues)\b[^.!?]{0,20}(?:for|pour|a|at)? ?[$€£]\s?\d|[$€£]\s?\d[\d,.]*\s?(?:for|pour) \d[\d,.]*k? (?:followers|likes|stars|views|subscribers|reviews|abonnes|vues)\b/i;

/** "my tranny is slipping between 2nd and 3rd": a car's transmission, in garage talk. */
const GEARBOX =
  /\b(?:my|the|auto|manual|new|used) tranny\b|\btranny (?:fluid|swap|rebuild|mount|cooler|shop|is slipping|slips|went|job)\b/;

/** Someone else selling what is the writer's: "they're selling my photos", "he keeps selling my designs". */
const SOLD_BY_OTHERS =
  /\b(?:is|are|s|re|was|were|been|keeps?|kept|someone|somebody|they|he|she|people|you|u)(?: [a-z]+)? selling my\b/;

const FOR_SALE = new GatedPattern(
  'sale selling vendre vends donne donner',
  /\b(?:for sale|selling my|selling|a vendre|je vends|vends|je donne|a donner)\b/,
);
const COLLECTION =
  /\b(?:collection|collect|collected|for the lot|or ring|ring me|appelle ou sms|appelez ou sms|achete il y a|achetee il y a|venir (?:la|le|les) chercher|ramassage|obo|call or text|honesty box|worn once|worn twice|barely used|hardly used|all working|box included|boxed|for both|after 6pm|pick ?up|ono|o n o|or near offer|or nearest offer|no offers|viewing|can be seen|can deliver|drop off|cash on collection|a recuperer|remise en main propre|a venir chercher|sur place|a voir sur|visible a|demonstration|rue du|rue de|rue des)\b/;
/** "retard the dough overnight", "a cold retard": slowing a ferment, in a baker's words. */
const DOUGH = /\b(?:dough|doughs|fridge|overnight|bulk|proofing|overproof\w*|ferment\w*|levain|sourdough)\b/;
/** "fag paper", "a fag break": a cigarette, in British English. */
const CIGARETTE =
  /\bfag (?:paper|papers|end|ends|break|packet|lighter)\b|\b(?:smoke|smoking|light|lit|having|bum|roll|rolled|rolling) (?:a )?fag\b/;
/** Someone at home or at work, then "is" or "'s": "your wife's (gonna kill you)". */
const FAMILY_IS = new RegExp(String.raw`\b(?:${HOUSEHOLD}) (?:s|is)$`);
const NETWORKING =
  /\b(?:vpn|router|port|ssh|firewall|rdp|remote desktop|nas|tunnel|wireguard|openvpn|subnet)\b/;
const SPECIES = /\bhomo (?:sapiens|erectus|habilis|neanderthalensis|floresiensis)\b|\bno homo\b/;
/** Words for one's bank or health details, which scams ask for and members worry about. */
const OWN_DETAILS = new Set(['coordonnees bancaires', 'carte vitale', 'code de securite']);

/** What a word-list hit is read beside. */
interface Surroundings {
  /** The comment as written (capitals kept: "Sue" the name). */
  text: string;
  /** Its words, folded and joined by spaces. */
  joined: string;
  tokens: readonly string[];
}

/**
 * Word-list hits that the words around them unsay: each entry names the lists it concerns, the hits
 * (the words themselves, or a pattern for a family of them) and when they are not meant.
 */
const NOT_MEANT: readonly {
  lists: readonly Scanned[];
  hits: ReadonlySet<string> | RegExp;
  when: (around: Surroundings, hit: string) => boolean;
}[] = [
  { lists: ABUSE_LISTS, hits: /^retard/, when: ({ joined }) => DOUGH.test(joined) },
  // "Encore la crève la veille de la course": a cold, not a wish to die.
  {
    lists: ABUSE_LISTS,
    hits: new Set(['creve']),
    when: ({ joined }) => /\b(?:la|une|ma|sa|grosse|bonne) creve\b/.test(joined),
  },
  // "Qu'il crève en taule ce pédophile", "rot in hell, hope every day in there is long": anger at a
  // convict, wished on someone in prison, not abuse of anyone in the conversation.
  { lists: ABUSE_LISTS, hits: WISHED_ON_CONVICTS, when: ({ joined }) => CONVICT.test(joined) },
  // "Someone is selling my artwork on your marketplace" reports a theft: the seller is not the writer.
  { lists: ['promotion'], hits: new Set(['selling my']), when: ({ joined }) => SOLD_BY_OTHERS.test(joined) },
  // "j'ai couru comme une débile", "I ran like an idiot": the writer of themselves.
  {
    lists: ['insults', 'insultNouns'],
    hits: /^(?:debile|idiot|idiote|con|conne|abruti|abrutie|moron|fool)$/,
    when: ({ joined }, hit) => everyUseAfter(joined, hit, SELF_LIKE_A),
  },
  // "Thanks to everyone who answered my dumb questions": the writer's own, not an insult.
  {
    lists: ['insults'],
    hits: new Set(['dumb', 'stupid', 'silly']),
    when: ({ joined }, hit) => !new RegExp(`\\b${hit}\\b`).test(joined.replace(OWN_DUMB_QUESTION, ' ')),
  },
  // "delete the whatsapp videos, auntie": the app's own things, not a way to reach someone.
  { lists: ['promotion'], hits: CHAT_APP, when: ({ joined }) => CHAT_APP_ITSELF.test(joined) },
  // Kisses signing off a message ("keep the weeds down for you xxx"), not a film's rating.
  { lists: ['promotion'], hits: new Set(['xxx']), when: ({ tokens }) => tokens.at(-1) === 'xxx' },
  { lists: ['requests'], hits: new Set(['idee']), when: ({ joined }) => IDEA_PRAISED.test(joined) },
  {
    lists: ['legal'],
    hits: new Set(['sue']),
    when: ({ text }) => !/\bsue\b/.test(text) && SUE_BY_NAME.test(text),
  },
  // "should be locked up", "charged with murder": a prison and a court, not an account or a bill.
  { lists: ['support'], hits: new Set(['locked']), when: ({ joined }) => /\blocked up\b/.test(joined) },
  { lists: ['support'], hits: /^charged?$/, when: ({ joined }) => CRIMINAL_CHARGE.test(joined) },
  // "Your wife's gonna kill you 😂": a new bike's price at home, not a threat.
  {
    lists: ['threats'],
    hits: new Set(['gonna kill', 'going to kill']),
    when: ({ joined }, hit) => everyUseAfter(joined, hit, FAMILY_IS),
  },
  // "If you need remote access, set up a VPN on the router": a network's, not a scammer's.
  {
    lists: ['scams'],
    hits: new Set(['remote access']),
    when: ({ joined, text }) => NETWORKING.test(joined) && !phoneOrAddressIn(text),
  },
  // "Bad bitches only in this dressing room": praise, in slang.
  {
    lists: ABUSE_LISTS,
    hits: new Set(['bitch', 'bitches']),
    when: ({ joined }, hit) => everyUseAfter(joined, hit, /\bbad$/),
  },
  // "The old slag heaps": what a mine leaves, not an insult.
  {
    lists: ABUSE_LISTS,
    hits: new Set(['slag', 'slags']),
    when: ({ joined }) => /\bslag (?:heaps?|tips?|iron|wool|piles?)\b/.test(joined),
  },
  // "Homo sapiens", "no homo": the species, and a disclaimer.
  { lists: ['slurs'], hits: new Set(['homo']), when: ({ joined }) => SPECIES.test(joined) },
  // "He keeps asking for my pics": what the writer was asked for, not a scam's request.
  { lists: ['scams'], hits: /^/, when: ({ joined }, hit) => everyUseAfter(joined, hit, ASKED_FOR) },
  // "Mes coordonnées bancaires sont concernées ?": a member asking about their own, not a scam asking.
  {
    lists: ['scams', 'promotion'],
    hits: OWN_DETAILS,
    when: ({ joined }, hit) => everyUseAfter(joined, hit, /\b(?:mes|ma|mon|nos|notre)$/),
  },
  // "Ma télé décroche toutes les 10 minutes": the set at home, not the television news.
  {
    lists: ['pr'],
    hits: new Set(['tele']),
    when: ({ joined }, hit) => everyUseAfter(joined, hit, /\b(?:ma|ta|sa|notre|votre|leur|nos|vos)$/),
  },
  // "Tu peux faire une vidéo sur le parquet ?": a video asked of the channel, not one about the brand.
  {
    lists: ['pr'],
    hits: new Set(['une video sur']),
    when: ({ joined }, hit) =>
      everyUseAfter(
        joined,
        hit,
        /\b(?:tu peux|vous pouvez|tu pourrais|vous pourriez|pourriez vous|pourrais tu|peux tu|pouvez vous) faire$/,
      ),
  },
];

/** Whether, each time the phrase comes, the words before it end as `before` says ("mes" coordonnées bancaires). */
function everyUseAfter(joined: string, phrase: string, before: RegExp): boolean {
  const pieces = ` ${joined} `.split(` ${phrase} `);
  return pieces.length > 1 && pieces.slice(0, -1).every((piece) => before.test(piece));
}

/** Each list's hits, less those the words around them unsay. */
function meantHits(found: Map<Scanned, string[]>, around: Surroundings): Map<Scanned, string[]> {
  for (const { lists, hits, when } of NOT_MEANT) {
    for (const list of lists) {
      const listed = found.get(list);
      if (!listed?.some((hit) => concerns(hits, hit))) continue;
      found.set(
        list,
        listed.filter((hit) => !concerns(hits, hit) || !when(around, hit)),
      );
    }
  }
  return found;
}

function concerns(hits: ReadonlySet<string> | RegExp, hit: string): boolean {
  return hits instanceof RegExp ? hits.test(hit) : hits.has(hit);
}

const LAUGHTER = /\b(?:lo+l+|lmf?ao+|haha\w*|md+r+|pt+d+r+|jpp|xd)\b|😂|🤣|💀|😹/u;
/** Hate's named conspiracies, which need no group beside them: "le grand remplacement", "the great replacement". */
const CONSPIRACY_TROPE = new GatedPattern(
  'remplacement replacement chances couleur sion protocols kalergi zog noms names bankers elite elites jews surname surnames tribe 14 fourteen 1488 white hasard quelle',
  /\b(?:grand remplacement|great replacement|chances pour la france|de quelle couleur (?:ils|elles) sont|plan sion|protocols of (?:the )?elders|kalergi plan|plan kalergi|zog|regardez les noms(?: de famille)? d\w*|look (?:at|up) the (?:last )?names of|jewish bankers|jew bankers|jewish elites?|zionist bankers|jews who run|run by (?:the )?jews|surnames? from the same|same little tribe|14 words|fourteen words|1488|white power|white pride worldwide|comme par hasard on (?:ne )?(?:donne|dit) (?:pas|jamais) (?:le prenom|le nom|les prenoms|les noms)|on sait (?:tous|toutes|bien) de quelle(?: [a-z]+)? (?:il|ils|elle|elles) (?:vient|viennent|sort|sortent))\b/,
);
/** Hate's named conspiracy, unless the comment rejects it. */
function tropeNamed(joined: string, opened: OpenGates): string | null {
  const trope = CONSPIRACY_TROPE.exec(joined, opened)?.[0];
  return trope && !DEBUNKED.test(joined) ? trope : null;
}
/** Said of a conspiracy by someone who rejects it: "une théorie complotiste démontée". */
const DEBUNKED =
  /\b(?:theorie|theory|complot\w*|conspiracy|conspiracies|debunk\w*|myth|myths|mythe|hoax|intox)\b/;
/**
 * An insult someone else said, or an idiom: "traité quelqu'un de tarlouze", "called me a liar",
 * "ils nous prennent pour des cons".
 */
const NAME_CALLING = new GatedPattern(
  'traite traiter traites traitee traitees traitait traitaient traitent traitant called calling calls prend prennent prendre prenez pris prends dit ecrit repondu',
  /\b(?:traite|traiter|traites|traitee|traitees|traitait|traitaient|traitent|traitant|called|calling|calls)\b(?: [a-z]+){0,2} (?:d|de|a|an) ([a-z]+)|\b(?:prend|prennent|prendre|prenez|pris|prends)\b(?: [a-z]+){0,2} pour (?:des|un|une) ([a-z]+)|\bm a (?:dit|ecrit|repondu) (tg|fdp|ntm)\b/g,
);
/** "Le gérant c'est un 🐷 et un 🤡": a person named by an animal or a clown. */
const EMOJI_NAMED =
  /(?:\bc['’]est|\bt['’]es|\bt['’]es qu|\bis|\byou['’]re|\bur|\byou are) (?:un|une|la|le|a|an|such a|qu['’]un|qu['’]une) ?(?:🐷|🐖|🐄|🐀|💩|🤡)/u;
/** Insults mild enough to tease a friend with ("you muppet 😂"). */
const TEASING = new Set([
  ...['plonker', 'muppet', 'numpty', 'pillock', 'wally', 'donkey', 'doofus', 'dork', 'nerd', 'noodle'],
  ...['chevre', 'boulet', 'truffe', 'andouille', 'banane', 'patate', 'quiche', 'tanche', 'nul', 'nulle'],
]);
/** Tears of joy and hearts: with a word of affection, the rough words are fondness ("ily girl 😭😭"). */
const FOND_EMOJI = /😭|🥹|🥺|❤️|♥️|💕|💖|💗|🥰|😍/u;
const AFFECTION = new GatedPattern(
  'love luv ily proud best aime jtm gros meilleur meilleure bisous peux adore',
  /\b(?:love you|love u|luv u|luv you|love ya|ily|proud of you|proud of u|ur the best|you the best|je t aime|jtm|je vous aime|on t aime|on vous aime|mon gros|notre gros|t es le meilleur|t es la meilleure|bisous|gros bisous|que j aime bien|j en peux plus de toi|je t adore|jt adore)\b/,
);

const SYMPATHY = new GatedPattern(
  'praying prayers recovery well condolences thinking peace loss retablissement condoleances pense pensees prie prieres paix',
  /\b(?:praying for|prayers for|speedy recovery|get well|condolences|thinking of you|rest in peace|sorry for your loss|bon retablissement|prompt retablissement|condoleances|on pense a toi|on pense a vous|pensees pour|je prie pour|prieres pour|repose en paix)\b/,
);

/**
 * Anger at whoever harmed a child or an animal, asking for what a court or a law would do: "should be
 * locked up", "devraient être enfermés", "interdits à vie", "prison ferme".
 */
const PUNISHMENT_CALLED = new GatedPattern(
  'locked jailed banned prosecuted charged jail prison put enfermes enferme enfermee enfermees interdit interdits interdite interdites condamne condamnes condamnee condamnees puni punis poursuivi poursuivis ferme fermes fermee fermees',
  /\b(?:should|ought to|needs? to|deserves? to) (?:be|get) (?:locked up|jailed|banned for life|banned from|prosecuted|charged|in jail|in prison|put away)\b|\b(?:devrai(?:en)?t|doivent|devrait) (?:etre )?(?:enfermes?|enfermees?|en prison|interdits?|interdites?|condamnes?|condamnees?|punis?|poursuivis?|fermes?|fermees?)\b|\bprison ferme\b|\binterdits? a vie\b|\bbanned for life\b/,
);

/** A monkey or a gorilla beside a group's name: the oldest racist slur, in emoji. */
const APE_EMOJI = /🐒|🦍|🐵/u;
const APE_EMOJIS = /🐒|🦍|🐵/gu;
/** "dragged out of a zoo cage 🦍": the emoji with the animal's surroundings, said of a person. */
const APE_SURROUNDINGS = /\b(?:zoo|cage|jungle|banana|bananas)\b/;

/** A knife, a gun, an axe, a bomb: beside words that threaten, they make the threat plain. */
const WEAPON_EMOJI = /🔪|🔫|🪓|💣|🗡/u;
const SEE_YOU = /\b(?:see you|see u|on se voit|a samedi|a demain|a plus tard)\b/;
/** "He should be 🔫": the weapon wished on someone, in place of the word. */
const WEAPON_WISHED = /\b(?:should|deserves?|needs? to|must) (?:be |get |have )?(?:a )?(?:🔫|🔪|🪓|💣)/u;

/** A boss, a level, a match: what players "kill" and "destroy" every day. */
const GAME_FOE = new GatedPattern(
  'boss bosses level niveau raid dungeon donjon mob mobs quest quete run speedrun match partie round manche',
  /\b(?:boss|bosses|level|niveau|raid|dungeon|donjon|mob|mobs|quest|quete|run(?! (?:by|for|out|over|away|into|off|the|a|an|in|on|to|from)\b)|speedrun|match|partie|(?<!\b(?:come|comes|came|coming|go|goes|going|went|pop|pops|popped|drop|drops|dropped|swing|bring|brought|turn|turned|look|looked|get|got|all year) )round(?! (?:the|to|here|there|back|my|your|his|her|at)\b)|manche)\b/,
);
const AIMED_AT_YOU = /\b(?:you|u|ur|your|te|t|toi|vous|ton|ta|tes)\b/;

/**
 * What a short comment says to make someone open its link: a prize, a leak, a refund waiting, a
 * fine to avoid, a shock ("leaked photos here: …", "answer 3 qs at quiz-prizes.top").
 */
const LINK_BAIT =
  /\b(?:chat with me on|chat with me at|win|won|winner|prize|prizes|giveaway|giving away|claim|leaked|unreleased|private photos|nudes|uncut|tap here|click here|enter at|enter now|(?:get|claim) (?:your|ur) refund|overdue|invoice|verify|update (?:your|ur) details|sample pack|you won t believe|the truth about|full video|wanna see what|gagne|gagnez|concours|cadeau offert|cadeaux offerts|fuite|photos privees|verifiez|reclamez|ca va choquer|tout est la|les vraies raisons|remboursement|impaye|amende|poursuites|recuperez|c est ici|video complete|n ose pas montrer|before tonight|avant ce soir|get yours|for the first|coupon|survey|sondage|reglant|reglez|programmez)\b/;
/** "1 like = 1 prayer", "send this to 12 people or…": a chain letter. */
const CHAIN_LETTER = new GatedPattern(
  'like people ppl friends contacts personnes amis sujets groupes commentaires videos pages discussions threads groups comments luck care malchance malheur amen feront partage partages partagez share repost',
  /\b\d{2} (?:ne le feront pas|ne le partageront pas|won t share|won t repost|will not share)\b|\bsi (?:tu|vous) ne (?:le |la )?(?:partages?|partagez) pas\b|\bif you don t (?:share|repost) (?:this|it)\b|\b1 like 1\b|\b(?:send|forward|share|copy|paste|envoie|envoyez|partage|partagez|transfere|transferez|copie|copiez|copier|colle|coller)\b(?: [a-z]+){0,3} (?:to|a|dans|sur|in|on) \d+ (?:people|ppl|friends|contacts|personnes|amis|sujets|groupes|commentaires|videos|pages|discussions|threads|groups|comments)\b|\b(?:ignore|skip|scroll past|ignorer?)\b[^.!?]{0,20}\b(?:bad luck|don t care|dont care|malchance|malheur)\b|\b(?:type|tapez|tape|ecrivez|ecris) amen\b/,
);
/** "Hi mum, this is my new number… can you send £340": someone you know, and a payment, asked for. */
const NEW_NUMBER_ASK = new GatedPattern(
  'new phone using nouveau provisoire',
  /\bnew (?:number|phone|mobile)\b[^]{0,120}\b(?:send|transfer|pay|lend|quick favou?r|sort code|virer|envoie|envoyer)\b|\b(?:lost my phone|using my (?:mate|friend)s?)\b[^]{0,120}\b(?:pay (?:u|you) back|quick favou?r|sort code|transfer|lend me)\b|\b(?:nouveau (?:numero|portable|tel)|numero provisoire)\b[^]{0,80}\b(?:envoie|envoyer|virer|vire|preter|payer|paies|payes|regler|whatsapp)\b/,
);

/** Text-message spam: "txt WIN to 80082", "call 09061701461", "£1000 cash prize". */
const SMS_SPAM = [
  /\b(?:[Tt]xt|TXT|[Tt]ext|TEXT|[Ss]end|SEND|[Rr]eply|REPLY)\s+[A-Z]{2,}\s+(?:to|au)\s+\d{4,6}\b/,
  // "reply WIVES to start", "text YES now": a keyword in capitals to send back.
  /\b(?:[Tt]xt|TXT|[Rr]eply|REPLY|[Rr][ée]pondez|R[ÉE]PONDEZ)\s+[A-Z]{2,}\s+(?:to|now|for|pour|au)\b/,
  /\bstop to (?:end|cancel|opt ?out|unsub\w*)\b/i,
  // A French premium-rate number as it is written: "0899 23 45 67", "08 97 12 34 56".
  /\b0[89]\d{8,9}\b|\b09\d{2}[ -]?\d{3}[ -]?\d{4}\b|\b08[ .]?9\d(?:[ .]?\d\d){3}\b/,
  /\b\d+p\s?(?:\/|per)\s?(?:msg|min|minute|text|txt)\b|[£$€]\d+(?:\.\d+)?\s?\/\s?(?:msg|min|txt|sms)\b|\b\d+(?:[.,]\d+)?\s?(?:€|eur|euros?)\s?\/\s?(?:min|minute|appel|sms)\b/i,
  // "£900 prize", "$500 gift card"; not "£10 cash for the hut kitty".
  /[£$€]\s?\d[\d,]*(?:\.\d+)?\s?(?:k\s)?(?:cash prize|cash award|cash reward|prize|award|reward|bonus|voucher|gift card|de cadeau|offerts?)/i,
  /\b(?:won|win|claim|gagn\w*|reclam\w*)\b[^.!?]{0,25}\b(?:prize|cash|award|reward|voucher|holiday|iphone|lot|cadeau|prix)\b/i,
];

/** "Your X account has been flagged … verify": a warning about the reader's account, with a way to act. */
const PHISHING = new GatedPattern(
  'hold attente livre',
  /\b(?:your|ur|votre|ton)\b[^.!?]{0,40}\b(?:account|acct|line|number|page|card|parcel|package|delivery|compte|ligne|carte|colis|livraison|vehicule)\b[^.!?]{0,40}\b(?:suspended|flagged|locked|blocked|deactivated|disabled|on hold|restricted|bloquee?|suspendue?|desactivee?|en attente|pas pu etre livre)/i,
  ['suspend', 'flagged', 'locked', 'blocked', 'deactivated', 'disabled', 'restricted', 'bloque', 'desactive'],
);
const PHISHING_ACTION =
  /\b(?:verify|confirm|reply|click|update|log ?in|dm|verifiez|confirmez|cliquez|mettez a jour|envoyez|replanifiez|reglez)\b|https?:\/\/|\b[a-z0-9-]+\.[a-z]{2,}\//i;
/**
 * "who's here in 2026?", "qui est là après la remontada": a roll call, not a question to answer
 * ("who's here to help me…?" is one).
 */
const WHO_IS_HERE =
  /^(?:who s|whos|who is|qui est|qui c est) (?:here|still here|watching|still watching|listening|still listening|la|ici|encore la)\b(?! (?:to|that|who|for|from|pour|qui)\b)/;

/**
 * "Mossgate customer service number 1-888-555-0199 (24/7 toll free)": a support line posted in the
 * comments with round-the-clock or official claims is a known fraud; a member asking whether the
 * support line is still 0800… is not.
 */
const SUPPORT_LINE =
  /\b(?:(?:conseillere?|conseillers|advisor|adviser|agent)s? (?:dispo|disponibles?|available)|relation client|priority (?:line|number)|customer care|helpline|hotline|customer (?:service|care|support)(?: phone)? (?:number|line)|support (?:number|line)|support (?:team )?(?:on|via) (?:whatsapp|telegram)|tech support|billing (?:line|number)|service client|numero vert|ligne d assistance|service fraude|service des fraudes|fraud department|fraud team|fraud line)\b/;
const ROUND_THE_CLOCK =
  /\b(?:24 ?7|24 hours|toll free|7j 7|24h 24|officiel(?:le)?|official|numero vert|immediately|urgent|immediatement|urgence)\b/;

/** "DM us your card number and CVV", "envoyez votre code reçu par SMS": what no real support asks. */
const SECRETS_ASKED = new GatedPattern(
  'card cvv cvc code pin password passcode login otp phrase details numero securite cryptogramme passe identifiants rib iban coordonnees',
  /\b(?:dm|pm|send|text|give|share|reply with|provide|enter|re enter|submit|confirm|tell|message|email|envoyez|envoie|envoyer|donnez|donne|communiquez|transmettez|indiquez|renseignez|saisissez|entrez|confirmez|remplissez|mettez a jour|mp)\b(?: [a-z0-9]+){0,7} (?:card number|card details|card info|full card|cvv|cvc|security code|pin|pin code|password|passcode|login details|one time code|verification code|otp|seed phrase|recovery phrase|bank details|sort code|numero de carte|code de securite|cryptogramme|code cvv|mot de passe|identifiants|code recu|code de verification|code sms|rib|iban|coordonnees bancaires)\b/,
);
/** "call our refund desk at +1-888… with your card number and CVV". */
const SECRETS_WITH = new GatedPattern(
  'card cvv cvc code pin password details numero securite cryptogramme passe identifiants coordonnees',
  /\b(?:with|avec) (?:your|ur|votre|ton|ta|vos|tes) (?:card number|card details|cvv|cvc|security code|pin|password|bank details|numero de carte|code de securite|cryptogramme|mot de passe|coordonnees bancaires|identifiants)\b/,
);
/** "they asked me to send…": someone else's request, reported. */
const REPORTED_ASK = /\b(?:asked|asking|asks|told|wanted|wants|demande|demandent|demandait|demandaient)\b/;
const NEVER = /\b(?:never|not|don t|dont|do not|won t|will not|jamais|ne|n|pas)\b/;

/** Card details or a password asked for, unless the writer says never to give them. */
/** A request for card details or a password, and whether the writer says never to give them or reports it. */
const MINE = new Set(['mon', 'ma', 'mes', 'my', 'notre', 'nos', 'our']);
const YOURS = new Set(['your', 'ur', 'votre', 'vos', 'ton', 'ta', 'tes']);

function secretsRequest(
  words: string,
  opened: OpenGates,
): { phrase: string; negated: boolean; reported: boolean } | null {
  const asked = SECRETS_ASKED.exec(words, opened) ?? SECRETS_WITH.exec(words, opened);
  if (!asked) return null;
  // "Où dois-je envoyer mon nouveau RIB ?": the writer's own, to give, not asked of anyone.
  const last = asked[0].split(' ').slice(-5);
  if (last.some((word) => MINE.has(word)) && !last.some((word) => YOURS.has(word))) return null;
  const before = words.slice(Math.max(0, asked.index - 30), asked.index);
  return {
    phrase: asked[0],
    negated: NEVER.test(before) || NEVER.test(asked[0]),
    reported: REPORTED_ASK.test(before),
  };
}

/** "it's a scam", "that's a known scam", "c'est une arnaque", "un faux compte": a scam named as one. */
const SCAM_NAMED = new GatedPattern(
  'scam scams phishing hoax fraud arnaque arnaques escroquerie hameconnage fraude fake faux fausse impersonating impersonates impersonated dodgy sus shady keep keeps failli scammed fell',
  /\b(?:it s|its|it is|that s|thats|that is|this is|these are|c est|ce sont|c etait)\b(?: [a-z]+){0,3} (?:scam|scams|phishing|hoax|fraud|arnaque|arnaques|escroquerie|hameconnage|fraude)\b|\b(?:fake|faux|fausse|faux) (?:account|accounts|page|profile|profil|compte|comptes|page|site)\b|\bimpersonat(?:ing|es|ed)\b|\busurp\w*|\b(?:looks|seems|looking) (?:dodgy|sus|fake|shady|like a scam)\b|\bkeeps? (?:messaging|texting|dming|calling|emailing) me\b|\b(?:it s|its|that s|thats|this is) fake\b|\b(?:faux|fake) (?:sav|support|concours|jeux? concours|giveaways?|contests?)\b|\b(?:failli me faire avoir|almost got scammed|nearly got scammed|almost fell for|nearly fell for)\b/,
  ['usurp'],
);

function scamNamed(words: string, opened: OpenGates): string | null {
  const named = SCAM_NAMED.exec(words, opened)?.[0];
  return named && !/\b(?:not|no|pas|aucune?|n t)\b/.test(named) ? named : null;
}

/** "this article is gay", "that's so gay": the word as an insult, said of a thing. */
const GAY_AS_INSULT =
  /\b(?:this|that|article|game|song|video|post|thread|update|patch|school|class)\s+(?:is|s|was)\s+(?:so\s+|fucking\s+|hella\s+)?gay(?=$|\s+(?:and|lol|lmao|af|bro|dude|asf)\b)/;

/** Hashtags that ask for follows or likes in return: "#follow4follow #f4f #likeforlike". */
const FOLLOW_TAGS = /#(?:follow4follow|followforfollow|f4f|like4like|likeforlike|l4l|sub4sub|followback)\b/i;

/**
 * Engagement bait and pitches whose shape gives them away: "Comment 'READY' 👇", a referral link,
 * "I trade with Mr Gagnon", "Mrs Carolyn paid me out", "I like your smile… can we chat privately?".
 */
const COMMENT_KEYWORD =
  /\b(?:[Cc]omment|[Tt]ype|[Rr]eply|[Dd]rop|COMMENT|TYPE)\s+(?:["'“‘]\p{Lu}{2,}["'”’]|\p{Lu}{3,}\s*(?:below\b|👇|and (?:message|dm|inbox|text) me\b))/u;
const COMMENT_BAIT = 'comment a keyword';
/** "Comment your prediction and tag 3 friends 👇": reach bought with the readers' friends. */
const TAG_FRIENDS =
  /\btag (?:\d+|two|three|five|ten) (?:friends|people|mates|amis|potes|personnes)\b|\bidentifie (?:\d+|trois|deux|cinq) (?:amis|potes|personnes)\b/;
/** "$KNIT is up 900%": a coin's ticker, pitched. */
const CASHTAG = /(?:^|\s)\$[A-Z]{3,6}\b/;
/**
 * "Another friend request from you, I think you were hacked… hold your finger on this message";
 * "I sent you a 6-digit code by mistake, can you send it back?", how accounts are taken over.
 */
const HACKED_CHAIN = new GatedPattern(
  'request demande code finger doigt longuement',
  /\b(?:another|new|second|nouvelle|autre) (?:friend request|demande d ami)\b[^]{0,80}\b(?:hacked|pirate|clone|cloned)\b|\b(?:sent|texted) (?:you|u)\b[^]{0,30}\bcode\b[^]{0,60}\b(?:send it back|send it to me|forward it|pass it)\b|\bt ai envoye\b[^]{0,30}\bcode\b[^]{0,60}\b(?:renvoyer|renvoie|renvoyes|transferer|transfere)\b|\b(?:hold your finger|maintiens ton doigt|maintenez votre doigt|appuie longuement)\b/,
);
// A repository's `?ref=main` names a branch, not a referrer.
const REFERRAL_LINK =
  /[?&](?:ref|aff|affiliate|referral|invite)=(?!(?:main|master|dev|develop|trunk|head|heads|tags|refs|v?\d)\b)\w/i;
const TESTIMONIAL = new GatedPattern(
  'mr mrs ms m mme monsieur madame dr expert',
  /\b(?:trade|trading|trades|invest|investing|invested|investi|j investis) (?:with|avec) (?:mr|mrs|ms|m|mme|monsieur|madame|dr|expert)\b|\b(?:mr|mrs|ms|mme|madame|monsieur) [a-z]+(?: [a-z]+)? (?:paid me|m a paye|m a verse|got my money back|recovered my)\b/,
);
const ROMANCE =
  /\b(?:your smile|your profile picture|your picture|your pic|ton sourire|votre sourire)\b[^]{0,80}\b(?:chat privately|chat in private|private chat|talk privately|good friends|get to know you|en prive|faire connaissance)\b|\b(?:looking for good friends|cherche de bons amis)\b[^]{0,80}\b(?:smile|sourire|chat|privately|en prive)\b/;

/** "the creep asking for my pics": the scam's words, reported by the person asked. */
const ASKED_FOR = /\b(?:asking|asked|asks|ask|wants|wanted) (?:me )?(?:for|to see|about)$/;

/** Peach, aubergine, droplets: sexual innuendo when aimed at someone. */
const SEXUAL_EMOJI = /[🍑🍆💦👅]/u;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

/** "id1ot", "w4ste", "t1ts": letters written as digits, read back when that gives a listed word. */
function unleet(tokens: string[], known: ReadonlySet<string>): string[] {
  return tokens.map((token) => {
    if (!/\d/.test(token) || !/\p{L}/u.test(token)) return token;
    const read = token.replace(/[0134578]/g, (digit) => LEET[digit]!);
    return known.has(read) ? read : token;
  });
}

/** Words hidden behind asterisks ("f*ggot", "c*nt") read as the listed word they can only be. */
function unmask(folded: string, known: readonly string[]): string {
  if (!folded.includes('*')) return folded;
  return folded.replace(/[\p{L}]+\*+[\p{L}*]*|\*+[\p{L}]+/gu, (masked) => {
    // A run of n asterisks hides about n letters; a plural "s" may follow the listed word.
    const hidden = masked.replace(
      /\*+/g,
      (stars) => `\\p{L}{${Math.max(0, stars.length - 1)},${stars.length + 2}}`,
    );
    const pattern = new RegExp(`^${hidden}$`, 'u');
    const word = known.find((candidate) => pattern.test(candidate) || pattern.test(`${candidate}s`));
    return word === undefined ? masked : pattern.test(word) ? word : `${word}s`;
  });
}

/** The one-word entries of some word lists, folded, each once. */
const singleWords = (...lists: (readonly string[])[]): string[] =>
  [...new Set(lists.flat().map(fold))].filter((word) => !word.includes(' '));

/** Common English swear words, for reading masked ones ("sh*t"). */
const ENGLISH_SWEARS = [
  'fuck',
  'fucking',
  'shit',
  'fucked',
  'fucker',
  'motherfucker',
  'ass',
  'bullshit',
  'damn',
];

/**
 * The single words masked words are compared with, the likeliest first: what people mask is a slur
 * or a swear word ("n*****s" is not "noodles"), then insults.
 */
const MASKABLE_BY_LANGUAGE: Record<Language, string[]> = {
  en: singleWords(LEXICONS.en.slurs, ENGLISH_SWEARS, LEXICONS.en.insultNouns, LEXICONS.en.insults),
  fr: singleWords(LEXICONS.fr.slurs, LEXICONS.fr.swears, LEXICONS.fr.insultNouns, LEXICONS.fr.insults),
};
const MASKABLE: Record<Language | 'unknown', string[]> = {
  ...MASKABLE_BY_LANGUAGE,
  unknown: [...MASKABLE_BY_LANGUAGE.en, ...MASKABLE_BY_LANGUAGE.fr],
};
/** Single words worth reading back from leetspeak: insults, slurs, swear and sexual words. */
const LEET_WORDS = new Set([
  ...MASKABLE.unknown,
  ...[
    ...LEXICONS.en.sexual,
    ...LEXICONS.fr.sexual,
    'oxygen',
    'waste',
    'space',
    'free',
    'money',
    'cash',
    'iphone',
  ].map(fold),
]);
/** Single words spaced-out letters may spell: insults, slurs and swear words. */
const SPELLED = new Set(MASKABLE.unknown);

/**
 * Three letters or more, each alone between single spaces (not a link spaced out: "b i t . ly").
 * Read on folded text, whose letters are plain a to z: far cheaper than any letter of Unicode.
 */
const SPACED_LETTERS = /(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9]| ?[.[(])/g;

/**
 * The word spaced-out letters spell ("f a t" → "fat"). A run may begin with the word "a" or "i"
 * ("into a f a g g o t parade"): the letters after it are read alone when only they spell a word Rung knows.
 */
function spelledWord(run: string): string {
  const word = run.replace(/ /g, '');
  const afterArticle = word.slice(1);
  return /^[ai] /.test(run) && !SPELLED.has(word) && SPELLED.has(afterArticle)
    ? `${run[0]} ${afterArticle}`
    : word;
}

/** Words in quotes: “…”, «…», "…", and '…' when the quotes stand apart from letters (not "don't"). */
const QUOTED =
  /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|‘[^’\n]{1,200}’|(?<![\p{L}\p{N}])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,200}'(?![\p{L}\p{N}])/gu;
/** Below this many words of their own around a quote, the quote is what the writer says. */
const OWN_WORDS_AROUND_QUOTES = 6;

/**
 * The signals of a comment. A scam or an insult quoted by someone warning or reporting it
 * ("got a text saying 'your parcel is held'", "someone wrote « sale pute » under the video") is not
 * theirs: spam, abuse and the model's words are read from the text outside the quotes.
 */
export function signalsOf(raw: string, gates: 'by words' | 'all open' = 'by words'): Signals {
  const text = decodeEntities(raw);
  const whole = readSignals(text, gates);
  const unquoted = text.replace(QUOTED, ' ');
  if (unquoted === text) return whole;
  const own = readSignals(unquoted, gates);
  if (own.words < OWN_WORDS_AROUND_QUOTES) return whole;
  return {
    ...whole,
    tokens: own.tokens,
    promotion: own.promotion,
    insults: own.insults,
    slurs: own.slurs,
    targeted: own.targeted,
    insultNoun: own.insultNoun,
    aimedAtOthers: own.aimedAtOthers,
    hate: own.hate,
    harassment: own.harassment,
    // The keyword bait quotes its keyword: "Comment 'READY' below".
    scams: [...own.scams, ...whole.scams.filter((scam) => scam === COMMENT_BAIT)],
    threats: own.threats,
    menaces: own.menaces,
    banter: own.banter,
    classified: own.classified,
    playing: own.playing,
    profanity: own.profanity,
    offTopic: own.offTopic,
    contact: own.contact,
    links: own.links,
  };
}

/** `gates: 'all open'` tries every gated pattern: the tests check that the gates change nothing. */
function readSignals(text: string, gates: 'by words' | 'all open'): Signals {
  // One pass over the text for links: the pattern is the costliest of all.
  let links = 0;
  const withoutLinks = MAY_HOLD_LINK.test(text)
    ? text.replace(URL_PATTERN, () => {
        links++;
        return ' ';
      })
    : text;
  // Most comments have neither "@" nor "#": the handle pattern need not be tried.
  const tagged = /[@#]/.test(withoutLinks);
  const mentions = tagged ? (withoutLinks.match(MENTION_PATTERN)?.length ?? 0) : 0;
  const plain = tagged ? withoutLinks.replace(MENTION_PATTERN, ' ') : withoutLinks;
  const emojis = plain.match(EMOJI_PATTERN) ?? [];
  // "tr@nny", "a$$hole": symbols standing for letters inside a word.
  // "f a t  c u n t": letters spaced out to slip past filters, read as the words they spell.
  const foldedOnly = fold(plain).replace(SPACED_LETTERS, spelledWord);
  const foldedPlain = /[@$]/.test(foldedOnly)
    ? foldedOnly.replace(/(?<=\p{L})[@$]+(?=\p{L})/gu, (symbols) =>
        symbols.replace(/@/g, 'a').replace(/\$/g, 's'),
      )
    : foldedOnly;
  const roughTokens = wordsOf(foldedPlain);
  const language = detectLanguage(roughTokens);
  const folded = unmask(foldedPlain, MASKABLE[language]);
  const tokens = unleet(folded === foldedPlain ? roughTokens : wordsOf(folded), LEET_WORDS);
  // Language-specific rules apply to their language; too short to tell, both are consulted.
  const lexicons = language === 'unknown' ? [COMPILED.en, COMPILED.fr] : [COMPILED[language]];
  const joined = tokens.join(' ');
  // Which long patterns the comment's words make worth trying.
  const opened = gates === 'all open' ? ALL_GATES : gatesOpenedBy(tokens);
  const hits = meantHits(scan(lexicons, tokens), { text, joined, tokens });
  const phoneOrAddress = phoneOrAddressIn(text);
  const reachable = (tagged && contactHandles(withoutLinks) > 0) || phoneOrAddress;
  // "DM us your card number" is a scam; "never give your password" warns of one.
  const secrets = secretsRequest(joined, opened);
  const all = (list: Scanned) => hits.get(list) ?? [];
  const threats = [
    ...all('threats'),
    ...(WEAPON_WISHED.test(withoutLinks) ? ['a weapon wished on someone'] : []),
    // "@x 🔪🔪🩸 on se voit samedi": a knife and blood, sent to someone.
    ...(text.includes('🩸') && WEAPON_EMOJI.test(text) && (mentions > 0 || SEE_YOU.test(joined))
      ? ['a knife and blood sent']
      : []),
    ...(VIOLENCE_PROMISED.exec(joined, opened)?.slice(0, 1) ?? []),
    ...(VIOLENCE_WISHED.exec(joined, opened)?.slice(0, 1) ?? []),
    ...(KNOWS_HOME.exec(joined, opened)?.slice(0, 1) ?? []),
  ];
  // "Ce boss m'a tué 47 fois, ce soir je vais le défoncer": a threat counts there only when someone
  // is spoken to ("on sait où t'habites… dors bien avant le match").
  const playing = GAME_FOE.test(joined, opened);
  // "fag paper", "my tranny is slipping": a cigarette and a gearbox, for every list and the model.
  // Each pattern is tried only when its word is there: most comments have neither.
  const cigarette = joined.includes('fag') && CIGARETTE.test(joined);
  const gearbox = joined.includes('tranny') && GEARBOX.test(joined);

  // "@x a encore traité quelqu'un de tarlouze", "he called me a f*ggot": the word is reported, not
  // used; "ils nous prennent pour des cons" calls nobody anything.
  const reported = new Set(
    NAME_CALLING.matchAll(joined, opened).map((match) => (match[1] ?? match[2] ?? match[3])!),
  );
  const appItself = CHAT_APP_ITSELF.test(joined);
  const used = (word: string) => !reported.has(word);
  const insults = all('insults').filter(used);
  const profanity = [...all('swears')];
  if (language !== 'fr') {
    for (const word of englishProfanityOf(plain)) {
      if ((cigarette && /^fag/.test(word)) || (gearbox && /^tranny/.test(word))) continue;
      if (!profanity.includes(word)) profanity.push(word);
    }
  }
  const rollCall = tokens.length <= 10 && WHO_IS_HERE.test(joined);
  const fillerTokens =
    rollCall || lexicons.some((lexicon) => tokens.length > 0 && matchesWhole(lexicon.filler, tokens));
  // Without a capital there is no shouting: the letters need not be counted.
  const letters = plain === plain.toLowerCase() ? '' : plain.replace(/[^\p{L}]/gu, '');
  return {
    language,
    tokens:
      cigarette || gearbox
        ? tokens.map((token) =>
            token === 'fag' && cigarette ? 'cigarette' : token === 'tranny' && gearbox ? 'gearbox' : token,
          )
        : tokens,
    words: tokens.length,
    sentences: countSentences(plain),
    links,
    mentions,
    emojis: emojis.length,
    symbolsOnly: tokens.length === 0,
    question: !rollCall && isQuestion(plain, tokens, lexicons),
    filler: fillerTokens,
    positive: all('positive'),
    negative: all('negative'),
    positiveEmojis: emojis.filter((emoji) => POSITIVE_EMOJI.test(emoji)).length,
    negativeEmojis: emojis.filter((emoji) => NEGATIVE_EMOJI.test(emoji)).length,
    shouting: letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    promotion: [
      ...all('promotion'),
      ...(OFFERS.some((pattern) => pattern.test(plain)) ? ['€/$ offer'] : []),
      ...(links > 0 && REFERRAL_LINK.test(text) ? ['referral link'] : []),
      ...(CASHTAG.test(text) ? ['a coin ticker'] : []),
    ],
    sarcasm: all('sarcasm'),
    requests: all('requests'),
    insults,
    slurs: [
      ...all('slurs').filter(
        (slur) => used(slur) && (slur !== 'tranny' || !gearbox) && (slur !== 'fag' || !cigarette),
      ),
      ...((joined.includes('gay') && GAY_AS_INSULT.exec(joined)?.slice(0, 1)) || []),
    ],
    targeted: lexicons.some((lexicon) => aimedAtSomeone(tokens, insults, lexicon.you)),
    insultNoun:
      firstOf(lexicons, (lexicon) => insultNounOf(tokens, all('insultNouns').filter(used), lexicon)) ??
      EMOJI_NAMED.exec(plain)?.[0] ??
      null,
    aimedAtOthers: firstOf(lexicons, (lexicon) => insultAimedAtOthers(tokens, insults, lexicon)),
    hate:
      // "(((the usual suspects)))": the antisemitic echo.
      (/\(\(\(/.test(text) ? '(((…)))' : null) ??
      ONLY_GOOD_DEAD.exec(joined)?.[0] ??
      TRANS_MOCKED.exec(joined, opened)?.[0] ??
      tropeNamed(joined, opened) ??
      hateOf(tokens, all('groups'), all('dehumanising')) ??
      // Beside a group, an insult, or again and again at a player ("Doumbe 🐒🐒🐒").
      (APE_EMOJI.test(plain) &&
      (all('groups').length > 0 ||
        insults.length > 0 ||
        APE_SURROUNDINGS.test(joined) ||
        (plain.match(APE_EMOJIS) ?? []).length >= 2)
        ? 'ape emoji'
        : null),
    harassment:
      all('harassment').filter(used)[0] ??
      (joined.includes('died because') ? BEREAVED_BLAMED.exec(joined)?.[0] : undefined) ??
      harmWished(joined) ??
      (WATCHED.test(joined, opened) ? 'someone watched, and told so' : null) ??
      ((DIGIT.test(joined) && HOME_ADDRESS_SHARED.test(joined, opened)) ||
      IDENTITY_EXPOSED.test(joined, opened)
        ? 'personal details posted'
        : null) ??
      ((all('sexual').length > 0 || SEXUAL_EMOJI.test(plain)) &&
      (mentions > 0 ||
        lexicons.some((lexicon) =>
          tokens.some((token) => lexicon.persons.words.has(token) || lexicon.you.words.has(token)),
        ))
        ? (all('sexual')[0] ?? 'sexual emoji')
        : null),
    scams: [
      ...all('scams'),
      ...(FOLLOW_TAGS.test(withoutLinks) ? ['follow-for-follow tags'] : []),
      ...(COMMENT_KEYWORD.test(text) ? [COMMENT_BAIT] : []),
      ...(TESTIMONIAL.test(joined, opened) ? ['a trader vouched for'] : []),
      ...(TAG_FRIENDS.test(joined) ? ['tag your friends'] : []),
      ...(HACKED_CHAIN.test(joined, opened) ? ['hacked-account chain'] : []),
      ...(ROMANCE.test(joined) ? ['a romance opener'] : []),
      ...(PHISHING.test(folded, opened) && (links > 0 || PHISHING_ACTION.test(folded))
        ? ['account warning']
        : []),
      ...(stuffed(tokens) ? ['repeated keywords'] : []),
      ...(praiseStuffed(tokens, lexicons) ? ['praise words stuffed'] : []),
      ...(keywordSalad(tokens, lexicons) ? ['a keyword list'] : []),
      ...(SMS_SPAM.some((pattern) => pattern.test(plain)) ? ['text-message prize'] : []),
      ...(links > 0 && tokens.length <= 30 && (LINK_BAIT.test(joined) || text.includes('🔞'))
        ? ['link bait']
        : []),
      ...(CHAIN_LETTER.test(joined, opened) ? ['chain letter'] : []),
      ...(ENGAGEMENT_SOLD.test(plain) ? ['followers or likes for sale'] : []),
      ...(NEW_NUMBER_ASK.test(joined, opened) ? ['new number, money asked'] : []),
      ...(secrets && !secrets.negated && !secrets.reported ? ['asks for card details or a password'] : []),
      ...((links > 0 || phoneOrAddress) && SUPPORT_LINE.test(joined) && ROUND_THE_CLOCK.test(joined)
        ? ['a support line']
        : []),
    ],
    // Recovery scams warn of scams too ("beware of fakes, only @agent got my money back").
    warning: reachable ? null : (scamNamed(joined, opened) ?? (secrets?.negated ? secrets.phrase : null)),
    threats: playing && !AIMED_AT_YOU.test(joined) ? [] : threats,
    banter:
      (AFFECTION.test(joined, opened) && (LAUGHTER.test(plain) || FOND_EMOJI.test(plain))) ||
      // "You utter plonker, it was a robin 😂": a mild word, laughing, and nothing harsher.
      (insults.length > 0 && insults.every((word) => TEASING.has(word)) && LAUGHTER.test(plain)),
    sympathy: SYMPATHY.test(joined, opened),
    // Not said to someone, nor of a group ("you traitors should be locked up", "men in dresses… should be").
    punishment:
      PUNISHMENT_CALLED.test(joined, opened) &&
      !AIMED_AT_YOU.test(joined) &&
      // "Ces gens qui noient des chatons" names the culprits, not a group.
      all('groups').every((group) => group.startsWith('ces gens')),
    classified: FOR_SALE.test(joined, opened) && COLLECTION.test(joined),
    menaces:
      playing && !AIMED_AT_YOU.test(joined)
        ? []
        : [...all('menaces'), ...(WEAPON_EMOJI.test(text) ? ['weapon emoji'] : [])],
    playing,
    profanity,
    offTopic: all('offTopic'),
    warmth: all('warmth'),
    creation: all('creation'),
    contact: reachable || (CHAT_APP.test(text) && !appItself),
    money: /[£$€]\s?\d/.test(text),
    escalation: {
      legal: all('legal'),
      pr: all('pr'),
      support: all('support'),
      product: all('product'),
    },
  };
}

/**
 * A group and a dehumanising word within twenty words of each other, a sentence or two: "people from
 * there are animals", "those people who moved in… you all know who I mean".
 */
function hateOf(
  tokens: readonly string[],
  groups: readonly string[],
  words: readonly string[],
): string | null {
  if (groups.length === 0 || words.length === 0) return null;
  const groupAt = positionsOf(tokens, groups);
  for (const index of positionsOf(tokens, words)) {
    if (groupAt.some((at) => Math.abs(at - index) <= 20)) return `${groups[0]} … ${words[0]}`;
  }
  return null;
}

function firstOf<T>(
  lexicons: readonly CompiledLexicon[],
  find: (lexicon: CompiledLexicon) => T | null,
): T | null {
  for (const lexicon of lexicons) {
    const found = find(lexicon);
    if (found !== null) return found;
  }
  return null;
}

/** How many times each token that `counted` keeps comes in the comment. */
function tally(tokens: readonly string[], counted: (token: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) if (counted(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** How many of the counted words come back at least twice. */
const repeatedWords = (counts: Map<string, number>) =>
  [...counts.values()].filter((count) => count >= 2).length;

const functionWordIn = (lexicons: readonly CompiledLexicon[]) => (token: string) =>
  lexicons.some((lexicon) => lexicon.stopwords.words.has(token));

/**
 * "amazing glow stunning radiant flawless beautiful gorgeous… amazing beautiful": praise words piled
 * up for a search engine, with no sentence around them (no function word) and the same words again.
 */
function praiseStuffed(tokens: readonly string[], lexicons: readonly CompiledLexicon[]): boolean {
  if (tokens.length < 10 || tokens.some(functionWordIn(lexicons))) return false;
  const praise = tally(tokens, (token) =>
    lexicons.some((lexicon) => lexicon.index.get(token)?.some(isPraiseWord)),
  );
  // A fan's gush repeats a cheer ("wow wow wow"); stuffing repeats the praise words themselves.
  return praise.size >= 4 && repeatedWords(praise) >= 2;
}
const isPraiseWord = ({ list, parts }: { list: Scanned; parts: string[] }) =>
  list === 'positive' && parts.length === 1;

/**
 * "retro gaming console rétro vintage jeux vidéo rétro collection rare… rétro console vintage": search
 * keywords in a row, hardly a function word among them, several of them again.
 */
function keywordSalad(tokens: readonly string[], lexicons: readonly CompiledLexicon[]): boolean {
  if (tokens.length < 15) return false;
  const isFunctionWord = functionWordIn(lexicons);
  const mostFunctionWords = tokens.length * 0.1;
  let functionWords = 0;
  // Sentences have many function words: most comments stop here within a few words.
  for (const token of tokens) if (isFunctionWord(token) && ++functionWords > mostFunctionWords) return false;
  return repeatedWords(tally(tokens, (token) => token.length >= 3 && !isFunctionWord(token))) >= 3;
}

const isFunctionWordInEither = functionWordIn([COMPILED.en, COMPILED.fr]);

/** Keyword stuffing: one word again and again in a short text ("cheap shoes cheap shoes best shoes"). */
function stuffed(tokens: readonly string[]): boolean {
  // Most texts use most of their words once: no need to count them.
  if (tokens.length < 8 || new Set(tokens).size / tokens.length >= 0.7) return false;
  // A chant or a cheer repeats its word ("allez allez allez l'OV", "good song good song"): not stuffing.
  const counts = tally(
    tokens,
    (token) => token.length >= 3 && !CHEERS.has(token) && !isFunctionWordInEither(token),
  );
  // In a long text a word may come back often ("the bathroom… the bathroom"): stuffing is dense.
  const most = Math.max(0, ...counts.values());
  return most >= 3 && most / tokens.length >= 0.12;
}

/** The single words of praise, in both languages (as the word lists fold them). */
const CHEERS = new Set(
  [...LEXICONS.en.positive, ...LEXICONS.fr.positive].filter((word) => !word.includes(' ')),
);

/** Whether the tokens are all filler, word by word or phrase by phrase ("moi aussi mdr"). */
function matchesWhole(list: CompiledList, tokens: readonly string[]): boolean {
  let index = 0;
  while (index < tokens.length) {
    const phrase = phraseAt(list, tokens, index);
    if (phrase) index += phrase.split(' ').length;
    else if (list.words.has(tokens[index]!) || /^\d+$/.test(tokens[index]!)) index++;
    else return false;
  }
  return true;
}
