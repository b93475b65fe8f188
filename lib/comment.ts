/**
 * The normalized comment every adapter emits. Everything outside `lib/sites/` works on this shape
 * and never on site markup.
 */
export interface CommentAuthor {
  /** Display name as the page shows it; "" when the page has none (deleted account). */
  name: string;
  /** Handle or username, when the site distinguishes it from the display name. */
  handle?: string;
  /** http(s) link to the author's profile. */
  profileUrl?: string;
  /**
   * The page marks the author as the community's own team: a moderator, an admin, staff, the
   * channel's or repository's owner, the blog post's author. Absent when the page says nothing.
   */
  staff?: true;
}

export interface Comment {
  /** Stable across reloads of the same page: the site's own id when it has one. */
  id: string;
  author: CommentAuthor;
  /** Plain text of the comment body, without controls, signatures or quoted parents. */
  text: string;
  /** ISO 8601 when the page gives a machine-readable or parseable time. */
  time?: string;
  /** Absolute http(s) link to this comment. */
  permalink?: string;
  /** 0 for top-level comments, when the site shows threads. */
  depth?: number;
  parentId?: string;
}

/** Only http(s) links are ever followed or recorded. */
export function safeHttpUrl(raw: string | null | undefined, base: string | URL): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const EXCERPT_LENGTH = 280;

/** The excerpt kept in the log: whitespace collapsed, cut at a word boundary. */
export function makeExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut}…`;
}
