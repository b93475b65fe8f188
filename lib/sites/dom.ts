/**
 * DOM helpers shared by adapters. They run in the page (content script) and under linkedom in
 * Node (tests, `npm run extract`), so they use only `textContent`, selectors and attributes: no
 * `innerText`, no layout, no DOM globals such as `Node` or `NodeFilter`.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * What is never part of a comment's text: page machinery, hidden nodes, controls (reply, like,
 * report), quotes of other comments and signatures.
 */
export const NOISE_SELECTOR = [
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  '[role="button"]',
  '[hidden]',
  '[aria-hidden="true"]',
  '[style*="display:none"]',
  '[style*="display: none"]',
  '.screen-reader-text',
  '.sr-only',
  '.visually-hidden',
  'blockquote',
  '.quote',
  '.bbCodeBlock--quote',
  '.bbCodeQuote',
  '.bbcode_quote',
  '.signature',
  '.message-signature',
  '.reply',
  '.comment-reply',
  '.comment-reply-link',
  '.reply-link',
  '.like',
  '.likes',
  '.report',
  '.comment-actions',
  '.post-actions',
  '.reactionsBar',
  '.lightbox-wrapper .meta',
].join(', ');

/** Elements that start a new line of text (a paragraph break in the output). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

/** Emoji pictures carry the emoji in `alt`; without it a comment made of emoji would read empty. */
const EMOJI_IMAGE = 'img.emoji, img.wp-smiley, img.smilie';

/**
 * The element's text without the descendants matching `exclude` (the element itself is always
 * read), whitespace collapsed as a browser would, paragraph breaks kept as single `\n`.
 * Reads the tree without touching it.
 */
export function cleanText(el: Element, exclude: string = NOISE_SELECTOR): string {
  const parts: string[] = [];
  // Explicit stack instead of recursion: a hostile page can nest elements deeper than the call stack.
  const stack: (Node | string)[] = [el];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push((item.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    if (element !== el && element.matches(exclude)) continue;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (tag === 'PRE') {
      parts.push('\n', element.textContent ?? '', '\n');
      continue;
    }
    if (tag === 'IMG') {
      if (element.matches(EMOJI_IMAGE)) parts.push(element.getAttribute('alt') ?? '');
      continue;
    }
    const separator = BLOCK_TAGS.has(tag) ? '\n' : tag === 'TD' || tag === 'TH' ? ' ' : '';
    if (separator) {
      parts.push(separator);
      stack.push(separator);
    }
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return normalizeText(parts.join(''));
}

/** Collapses horizontal whitespace, trims every line and keeps at most one `\n` between lines. */
export function normalizeText(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Text on one line, for names and labels. */
export function singleLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Times

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'janner'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar'],
  ['march', 'mar', 'mars', 'marz', 'mrz'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin', 'juni'],
  ['july', 'jul', 'juillet', 'juil', 'juli'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre', 'dezember', 'dez'],
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index] as const)));

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([a-z]{3,9})\.?,?\s+(\d{4})/;
const MONTH_DAY_YEAR = /([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
const NUMERIC_DAY_MONTH_YEAR = /(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const TIME_OF_DAY =
  /(\d{1,2})\s*(?::|h)\s*(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(z|utc|gmt|[+-]\d{2}:?\d{2})\b)?/;
const EARLIEST_YEAR = 1970;
const LATEST_YEAR = 2100;

/** Minutes east of UTC for `Z`, `UTC`, `GMT`, `+02`, `+0200`, `+02:00`. */
function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** ISO string for a calendar date and time, or undefined when a field is out of range. */
function toIso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, offset = 0) {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(Date.UTC(year, month, day, hour, minute, second) - offset * 60_000);
  const check = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 31 February over into March: reject instead of inventing a date.
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return undefined;
  return date.toISOString();
}

function fromUnix(raw: string): string | undefined {
  const value = Number(raw);
  // Ten digits are seconds (until 2286); thirteen are milliseconds.
  const date = new Date(raw.length > 11 ? value : value * 1000);
  const year = date.getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? date.toISOString() : undefined;
}

function fromHumanDate(raw: string): string | undefined {
  const text = raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let end = 0;
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const numeric = NUMERIC_DAY_MONTH_YEAR.exec(text);
  if (dayFirst && MONTH_BY_NAME.has(dayFirst[2]!)) {
    [day, month, year] = [Number(dayFirst[1]), MONTH_BY_NAME.get(dayFirst[2]!), Number(dayFirst[3])];
    end = dayFirst.index + dayFirst[0].length;
  } else if (monthFirst && MONTH_BY_NAME.has(monthFirst[1]!)) {
    [day, month, year] = [Number(monthFirst[2]), MONTH_BY_NAME.get(monthFirst[1]!), Number(monthFirst[3])];
    end = monthFirst.index + monthFirst[0].length;
  } else if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]) - 1, Number(numeric[3])];
    end = numeric.index + numeric[0].length;
  }
  if (day === undefined || month === undefined || year === undefined || month < 0 || month > 11)
    return undefined;
  const time = TIME_OF_DAY.exec(text.slice(end)) ?? TIME_OF_DAY.exec(text.slice(0, end));
  if (!time) return toIso(year, month, day);
  let hour = Number(time[1]);
  const meridiem = time[4]?.replace(/\./g, '');
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return toIso(year, month, day, hour, Number(time[2]), Number(time[3] ?? 0), offsetMinutes(time[5]));
}

/**
 * A time as an ISO 8601 UTC string, or undefined when the value is not a date we can read without
 * guessing. Accepts ISO strings (with or without offset), unix seconds or milliseconds, and human
 * dates in English, French and German ("Feb 02, 2005 10:08 pm", "23 juin 2016 à 17h21",
 * "23. Juni 2016 um 17:21 Uhr", "23.06.2016"). A time without a zone is read as UTC, so the same
 * page gives the same value on every machine. Relative times ("2 hours ago") give undefined.
 */
export function parseTime(value: string | null | undefined): string | undefined {
  const raw = singleLine(value);
  if (!raw) return undefined;
  if (/^\d{9,13}$/.test(raw)) return fromUnix(raw);
  const iso = ISO_DATE_TIME.exec(raw);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    const stamp = toIso(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
      offsetMinutes(zone),
    );
    if (!stamp || !fraction) return stamp;
    return new Date(Date.parse(stamp) + Math.round(Number(`0.${fraction}`) * 1000)).toISOString();
  }
  return fromHumanDate(raw);
}

/**
 * The time an element shows: its `datetime`, a unix `data-time`/`data-timestamp`, `content`
 * (microdata `<meta>`), `title`, then its text.
 */
export function timeOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  for (const attribute of ['datetime', 'data-time', 'data-timestamp', 'content', 'title']) {
    const time = parseTime(el.getAttribute(attribute));
    if (time) return time;
  }
  return parseTime(el.textContent);
}

// ---------------------------------------------------------------------------------------------
// Ids

/** Attributes that sites use to carry a comment's own id. */
const ID_ATTRIBUTES = [
  'data-comment-id',
  'data-commentid',
  'data-post-id',
  'data-postid',
  'data-node-id',
  'data-content',
  'data-id',
  'itemid',
];

/** Ids that frameworks generate per page load, so they are not stable across reloads. */
const GENERATED_ID = /^(?:ember\d+|:r[\da-z]*:|yui_[\w-]*|ext-gen\d+|react-[\w-]*)$/;

/** How much of the text goes into a fallback id: enough to tell comments apart, stable under trailing edits. */
const HASHED_TEXT_LENGTH = 200;

/** 32-bit FNV-1a of the string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface StableIdSources {
  /** An id the adapter read itself (e.g. a post number in an anchor), preferred to anything else. */
  siteId?: string | null;
  permalink?: string;
  author: string;
  text: string;
}

function usableId(value: string | null | undefined): string | undefined {
  const id = value?.trim();
  return id && !GENERATED_ID.test(id) ? id : undefined;
}

/**
 * The comment's id: the site's own (adapter-provided id, element `id`, a `data-*` id, the
 * permalink's fragment), else a hash of author and the beginning of the text.
 */
export function stableId(el: Element, sources: StableIdSources): string {
  const own =
    usableId(sources.siteId) ??
    usableId(el.getAttribute('id')) ??
    ID_ATTRIBUTES.map((attribute) => usableId(el.getAttribute(attribute))).find(Boolean);
  if (own) return own;
  const fragment = sources.permalink ? usableId(decodeFragment(sources.permalink)) : undefined;
  if (fragment) return fragment;
  return `h-${fnv1a(`${sources.author}\n${sources.text.slice(0, HASHED_TEXT_LENGTH)}`)}`;
}

/** The fragment of a URL without `#`, percent-decoded when possible. */
export function decodeFragment(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return '';
  const fragment = url.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
