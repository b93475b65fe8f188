import { NOISE_SELECTOR, cleanText, singleLine, timeOf } from './dom';
import { anchorUrl, author, core, hasMarker, href, pick, strategyAdapter, type Strategy } from './strategy';
import type { ControlLocator, SiteAdapter } from './types';

/**
 * WordPress comments, as `wp_list_comments()` prints them: the HTML5 list of themes since WP 3.6
 * (`ol.comment-list > li.comment > article.comment-body`) and the older markup
 * (`ol.commentlist > li.comment > div.comment-body` with `cite.fn` and human-readable dates).
 * Self-hosted, so no match patterns: the adapter is chosen by `detect` on pages the user enabled.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list (`pick()` relies on it).

const SELECTORS = {
  comment: {
    /** Single compounds, so that scoped queries stay fast; `accept` checks the rest. */
    item: 'li.comment, li[id^="comment-"]',
    /** Themes that drop the `comment` class still put the list in `#comments`. */
    list: '#comments',
    /** The comment's own box, first child of the `li`, without the replies that follow it. */
    box: '.comment-body, [id^="div-comment-"], [id^="comment-"]',
    /** Pingbacks and trackbacks are links from other sites, not comments. */
    notAComment: '.pingback, .trackback',
    /** Markers of a real comment, so an `li.comment` elsewhere (a widget) is not taken for one. */
    marker: ['.comment-author', '.comment-content', '.comment-body', '.fn'],
    text: ['.comment-content', '.comment-text', '.comment-entry', '.comment-body'],
    /** Parts of an old-style `.comment-body` that are not the text. */
    textExclude: [
      '.comment-author',
      '.comment-meta',
      '.comment-metadata',
      '.commentmetadata',
      '.comment-awaiting-moderation',
      '.children',
    ].join(', '),
    authorName: ['.comment-author .fn', '.comment-author cite', '.fn'],
    author: ['.comment-author'],
    authorExclude: '.says, .avatar',
    profile: ['.comment-author a.url[href]', '.comment-author .fn a[href]'],
    /**
     * Core's `comment_class()` on the `li`: the post's own author replying. Not `byuser`, which is
     * any logged-in commenter.
     */
    postAuthor: '.bypostauthor',
    time: ['.comment-metadata time', '.comment-meta time', '.commentmetadata time', 'time[datetime]'],
    timeText: ['.comment-metadata a', '.commentmetadata a', '.comment-meta a'],
    permalink: ['.comment-metadata a[href]', '.commentmetadata a[href]', '.comment-meta a[href]'],
  },
  /**
   * Page markers, each enough on its own: the generator tag (often removed by themes and security
   * plugins), the REST API link, theme and core assets, the comment form's target, the ids and the
   * `replytocom` links that WordPress's comment walker prints.
   */
  detect: [
    'meta[name="generator"][content^="WordPress"]',
    'link[rel="https://api.w.org/"]',
    'link[href*="/wp-content/"]',
    'link[href*="/wp-includes/"]',
    'script[src*="/wp-content/"]',
    'script[src*="/wp-includes/"]',
    'form[action*="wp-comments-post.php"]',
    // Inside #comments, found by id: a query over the whole page costs ~8 ms on a long one.
    '#comments [id^="div-comment-"]',
    'a.comment-reply-link[href*="replytocom="]',
    '#comments .comment-list > li[id^="comment-"]',
    '#comments .commentlist > li[id^="comment-"]',
  ],
  native: {
    /** Core's reply link; comment-reply.js then moves the one comment form under this comment. */
    reply: ['a.comment-reply-link'],
    /** The comment form's textarea, wherever comment-reply.js moved `#respond`. */
    editor: ['#respond textarea#comment', '#respond textarea', 'textarea#comment'],
    /**
     * Anti-spam plugins (Antispam Bee) rename the real textarea and leave a hidden `#comment` as a
     * honeypot: text typed there marks the comment as spam.
     */
    honeypot: '[aria-hidden="true"], [tabindex="-1"], [hidden]',
    /**
     * Removal for logged-in moderators: delete/trash/spam links that some themes print, then core's
     * "Edit" link, which is usually the only one on the front end and opens the edit screen where
     * "Move to Trash" and "Spam" are.
     */
    remove: [
      'a.comment-delete-link',
      'a[href*="action=trashcomment"]',
      'a[href*="action=spamcomment"]',
      '.trash a',
      'span.delete a',
      'a.comment-edit-link',
    ],
  },
};

/** The "says:" label some themes print after the name, in the languages seen on real blogs. */
const SAYS = /\s*(?:says|said|sagt|schreibt|dit|a dit|écrit|dice|scrive|zegt)\s*:?\s*$/i;

const LIST_ITEM = 'li';

// ---------------------------------------------------------------------------------------------
// Strategy

/** A WordPress comment's own parts, not those of its replies nested further down the `li`. */
const ownedBy = (li: Element) => (el: Element) => el.closest(LIST_ITEM) === li;

export const wordpressStrategy: Strategy = {
  name: 'wordpress',
  selector: SELECTORS.comment.item,
  box(li) {
    const first = li.firstElementChild;
    return first?.matches(SELECTORS.comment.box) ? first : undefined;
  },
  accept(li) {
    if (li.matches(SELECTORS.comment.notAComment)) return false;
    if (!li.matches('.comment') && !li.closest(SELECTORS.comment.list)) return false;
    return pick(li, SELECTORS.comment.marker, ownedBy(li)) !== null;
  },
  read(li, pageUrl) {
    const owned = ownedBy(li);
    const selectors = SELECTORS.comment;
    const textEl = pick(li, selectors.text, owned);
    const nameEl = pick(li, selectors.authorName, owned);
    const authorEl = nameEl ?? pick(li, selectors.author, owned);
    const name = authorEl ? cleanText(authorEl, `${NOISE_SELECTOR}, ${selectors.authorExclude}`) : '';
    return core(li, {
      author: author(
        singleLine(name.replace(SAYS, '')),
        href(pick(li, selectors.profile, owned), pageUrl),
        li.matches(selectors.postAuthor),
      ),
      text: textEl ? cleanText(textEl, `${NOISE_SELECTOR}, ${selectors.textExclude}`) : '',
      time: timeOf(pick(li, selectors.time, owned)) ?? timeOf(pick(li, selectors.timeText, owned)),
      permalink:
        href(pick(li, selectors.permalink, owned), pageUrl) ?? anchorUrl(li.getAttribute('id'), pageUrl),
    });
  },
  placeBar(li) {
    const owned = ownedBy(li);
    const textEl = pick(li, SELECTORS.comment.text, owned) ?? pick(li, SELECTORS.comment.marker, owned);
    const wrapper = textEl?.parentElement;
    // The bar closes the comment's own box (`article.comment-body`), above its replies.
    if (wrapper && wrapper !== li) return { node: wrapper, position: 'beforeend' };
    return textEl ? { node: textEl, position: 'afterend' } : { node: li, position: 'afterbegin' };
  },
};

// ---------------------------------------------------------------------------------------------
// Native controls

/**
 * A control of this comment itself: `find` hands out the comment's box, but when a theme has no box
 * the element is the whole `li`, whose replies carry controls of their own.
 */
function ownControl(selectors: readonly string[]): ControlLocator {
  return (comment) => {
    const li = comment.matches(LIST_ITEM) ? comment : comment.closest(LIST_ITEM);
    const owned = li ? ownedBy(li) : undefined;
    for (const selector of selectors) {
      for (const el of comment.querySelectorAll(selector)) if (!owned || owned(el)) return el;
    }
    return null;
  };
}

export const wordpressAdapter: SiteAdapter = {
  id: 'wordpress',
  label: 'WordPress',
  matches: [],
  fixtures: [
    'test/fixtures/generic/wordpress-html5.html',
    'test/fixtures/generic/wordpress-classic.html',
    'test/fixtures/generic/wordpress-microdata-twins.html',
    'test/fixtures/generic/hostile.html',
    'test/fixtures/generic/no-comments.html',
    'fixtures/real-pages/wordpress/netzpolitik-2016-wp-html5-comments.html',
  ],
  detect(doc) {
    return hasMarker(doc, SELECTORS.detect);
  },
  ...strategyAdapter([wordpressStrategy]),
  native: {
    reply: ownControl(SELECTORS.native.reply),
    editor: (comment) => {
      for (const selector of SELECTORS.native.editor) {
        for (const el of comment.ownerDocument.querySelectorAll(selector)) {
          if (!el.matches(SELECTORS.native.honeypot)) return el;
        }
      }
      return null;
    },
    remove: ownControl(SELECTORS.native.remove),
    missing: {
      like: 'WordPress core has no comment likes (plugins such as Jetpack or wpDiscuz vary)',
      report: 'WordPress core has no report control for readers (plugins vary)',
    },
  },
};
