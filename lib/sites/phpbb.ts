import { cleanText, normalizeText, singleLine, timeOf } from './dom';
import {
  anchorUrl,
  author,
  core,
  firstOf,
  forumStrategy,
  hasMarker,
  href,
  pick,
  strategyAdapter,
  within,
  type ForumDialect,
  type Strategy,
} from './strategy';
import type { SiteAdapter } from './types';

/**
 * phpBB topics: phpBB 3 (prosilver: `div.post` with `.postprofile` and `.postbody .content`) and
 * phpBB 2 (subSilver: each post a table row, author cell then message cell, also inside PHP-Nuke's
 * Forums module). Self-hosted, so no match patterns: chosen by `detect` on pages the user enabled.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list.

const SELECTORS = {
  /** phpBB 3.0–3.3 prosilver. */
  phpbb3: {
    post: 'div.post',
    body: ['.postbody .content'],
    author: [
      '.postprofile .username',
      '.postprofile .username-coloured',
      '.author .username',
      '.author .username-coloured',
      '.author strong',
    ],
    profile: [
      '.postprofile a.username[href]',
      '.postprofile a.username-coloured[href]',
      '.author a.username[href]',
      '.author a.username-coloured[href]',
    ],
    time: ['.author time', '.author'],
    permalink: ['.author a[href*="#p"]', 'h3 a[href*="#p"]'],
    bar: ['.postbody'],
  } satisfies ForumDialect,
  /** phpBB 2 subSilver lays a post out as a table row: author cell, then message cell. */
  phpbb2: {
    /** In a cell of the post's row (never deeper: the whole page sits in an outer layout table). */
    name: 'span.name',
    body: 'span.postbody',
    anchor: 'a[name]',
    details: 'span.postdetails',
    profile: 'a[href*="mode=viewprofile"]',
    /** Quotes close the message's span and open a new one after them. */
    quote: '.quote',
    row: 'tr',
    cell: 'td',
    link: 'a[href]',
  },
  detect: {
    /** prosilver's body id, the "Powered by phpBB" footer link, the default styles' folders. */
    markers: [
      'body#phpbb',
      '.copyright a[href*="phpbb.com"]',
      'a.copyright[href*="phpbb.com"]',
      'link[href*="styles/prosilver/"]',
      'img[src*="templates/subSilver/"]',
      'link[href*="templates/subSilver/"]',
    ],
    /** A phpBB 2 topic in a custom template: the post table and phpBB's own links. */
    phpbb2Table: '.forumline span.postbody',
    phpbb2Links: 'a[href*="mode=quote"], a[href*="mode=viewprofile"]',
  },
  native: {
    /** "Quote" (3.x) / "Reply with quote" (2.x): opens the posting page with the post quoted. */
    reply: ['a[href*="mode=quote"]'],
    /** 3.x quick reply at the end of the topic, then the posting page's textarea. */
    editor: ['#qr_postform textarea[name="message"]', 'textarea#message', 'textarea[name="message"]'],
    /** 3.0–3.1 `report.php?p=`, 3.2+ route `app.php/post/N/report`; phpBB 2 has no report. */
    report: ['a[href*="report.php"]', 'a[href*="/post/"][href*="/report"]'],
    /** Hard delete, then 3.1+'s soft delete for moderators. */
    remove: ['a[href*="mode=delete"]', 'a[href*="mode=soft_delete"]'],
  },
};

/** phpBB 2 appends the signature to the message after a line of underscores. */
const PHPBB2_SIGNATURE = /\n_{5,}(?:\n|$)/;

// ---------------------------------------------------------------------------------------------
// Strategies

export const phpbb3Strategy = forumStrategy('phpbb3', SELECTORS.phpbb3);

const PHPBB2 = SELECTORS.phpbb2;

/** The author's name in one of the row's own cells. */
function phpbb2Name(row: Element): Element | undefined {
  for (const cell of row.children) {
    const name = [...cell.children].find((child) => child.matches(PHPBB2.name));
    if (name) return name;
  }
  return undefined;
}

/** The cell holding the message (the other one holds the author). */
function phpbb2MessageCell(row: Element): Element | undefined {
  return [...row.children].find((cell) => cell.querySelector(PHPBB2.body) !== null);
}

export const phpbb2Strategy: Strategy = {
  name: 'phpbb2',
  flat: true,
  query(root) {
    const rows: Element[] = [];
    for (const name of root.querySelectorAll(PHPBB2.name)) {
      const row = name.closest(PHPBB2.row);
      if (row && within(root, row)) rows.push(row);
    }
    return rows;
  },
  accept(el) {
    return (
      el.tagName.toUpperCase() === 'TR' &&
      phpbb2Name(el) !== undefined &&
      el.querySelector(PHPBB2.body) !== null
    );
  },
  read(row, pageUrl) {
    const nameEl = phpbb2Name(row);
    const anchor = nameEl?.querySelector(PHPBB2.anchor)?.getAttribute('name')?.trim() || undefined;
    const cell = phpbb2MessageCell(row);
    // A quote closes the message's span and opens a new one after it: read every span but the quoted ones.
    const spans = [...(cell?.querySelectorAll(PHPBB2.body) ?? [])].filter(
      (span) => !span.closest(PHPBB2.quote),
    );
    const message = normalizeText(spans.map((span) => cleanText(span)).join('\n'));
    const permalink = anchor
      ? [...(cell?.querySelectorAll(PHPBB2.link) ?? [])].find((link) =>
          (link.getAttribute('href') ?? '').endsWith(`#${anchor}`),
        )
      : undefined;
    // The row after a post holds its profile and message buttons.
    const buttons = row.nextElementSibling;
    const profile = buttons && !phpbb2Strategy.accept(buttons) ? buttons.querySelector(PHPBB2.profile) : null;
    return core(
      row,
      {
        author: author(singleLine(nameEl?.textContent), href(profile, pageUrl)),
        text: message.split(PHPBB2_SIGNATURE)[0] ?? '',
        time: timeOf(cell?.querySelector(PHPBB2.details)),
        permalink: href(permalink ?? null, pageUrl) ?? anchorUrl(anchor, pageUrl),
      },
      anchor,
    );
  },
  placeBar(row) {
    const cell = row.querySelector(PHPBB2.body)?.closest(PHPBB2.cell);
    return { node: cell ?? row, position: 'beforeend' };
  },
};

// ---------------------------------------------------------------------------------------------

export const phpbbAdapter: SiteAdapter = {
  id: 'phpbb',
  label: 'phpBB',
  matches: [],
  fixtures: [
    'test/fixtures/generic/forum-phpbb3.html',
    'test/fixtures/generic/forum-phpbb2.html',
    'fixtures/real-pages/phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
  ],
  detect(doc) {
    const { markers, phpbb2Table, phpbb2Links } = SELECTORS.detect;
    return (
      hasMarker(doc, markers) ||
      (doc.querySelector(phpbb2Table) !== null && doc.querySelector(phpbb2Links) !== null)
    );
  },
  // phpBB 3's `div.post` and phpBB 2's rows never hold each other.
  ...strategyAdapter([phpbb3Strategy, phpbb2Strategy]),
  native: {
    reply: firstOf(SELECTORS.native.reply),
    editor: (comment) => pick(comment.ownerDocument.documentElement, SELECTORS.native.editor),
    report: firstOf(SELECTORS.native.report),
    remove: firstOf(SELECTORS.native.remove),
    missing: { like: 'phpBB has no post likes in core (thanks/like extensions vary)' },
  },
};
