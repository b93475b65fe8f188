/** Text helpers shared by the suggestion engine and the content script (no word lists here). */

/**
 * Lower case, no accents, one kind of apostrophe, and styled letters made plain (spam writes
 * "𝐅𝐑𝐄𝐄" or "ｆｒｅｅ" to slip past filters): how texts and word lists are compared.
 */
export function fold(text: string): string {
  // Most comments are plain ASCII: no accents to take off.
  if (!/[^ -~\s]/.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFKD')
      // "🅲🅻🅰🅸🅼": squared and circled letters, which NFKD leaves as they are (U+1F130–1F189).
      .replace(/[\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}]/gu, (letter) =>
        String.fromCharCode(0x41 + ((letter.codePointAt(0)! - 0x1f130) % 32)),
      )
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[’`´]/g, "'")
      // "votre n° de compte": a number, not the "n'" of a negation.
      .replace(/\bn°\s?/g, 'numero ')
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  ccedil: 'ç',
  ocirc: 'ô',
  ugrave: 'ù',
};

/**
 * HTML entities made characters again: comments exported from a site or an API often keep them
 * ("you &amp; me", "&#128514;"), and the words and emojis behind them must still be read.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (entity, decimal, hex, name) => {
    if (name !== undefined) return NAMED_ENTITIES[(name as string).toLowerCase()] ?? entity;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex as string, 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

const NON_ASCII = /[^\t-~]/;

/** The words of a text: its runs of letters and digits, of any script. */
export function wordsOf(folded: string): string[] {
  // In plain ASCII (tabs, new lines and printable characters), letters and digits are A to Z and 0
  // to 9: a pattern three times cheaper.
  return (NON_ASCII.test(folded) ? folded.match(/[\p{L}\p{N}]+/gu) : folded.match(/[A-Za-z0-9]+/g)) ?? [];
}

/**
 * Counts the texts seen on a page (or in a file), so a text posted again and again is recognised
 * as a bot's or a spammer's. Links and numbers are left out of the comparison (spam varies them).
 */
export class RepetitionCounter {
  private readonly seen = new Map<string, number>();

  /** How many times this text has been seen, this one included. Short texts ("ok") never count. */
  count(text: string): number {
    const key = wordsOf(fold(text.replace(/https?:\/\/\S+/g, ' ')))
      .filter((word) => !/^\d+$/.test(word))
      .join(' ');
    if (key.length < 20) return 1;
    const times = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, times);
    return times;
  }
}
