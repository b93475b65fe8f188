import { firstOf, forumStrategy, hasMarker, pick, strategyAdapter, type ForumDialect } from './strategy';
import type { SiteAdapter } from './types';

/**
 * XenForo threads: XenForo 2 (`article.message--post[data-author]`, `.message-body .bbWrapper`,
 * reactions since 2.1) and XenForo 1 (`li.message[data-author]`, `.messageText`). Self-hosted, so no
 * match patterns: chosen by `detect` on pages the user enabled.
 */

// ---------------------------------------------------------------------------------------------
// Selectors: in arrays, each selector is tried in order and is a compound or compounds joined by
// spaces, never a comma list.

const SELECTORS = {
  /** XenForo 2 first, then XenForo 1 (`.messageText`, `.messageUserInfo`, `a.datePermalink`). */
  post: {
    post: '.message[data-author]',
    body: ['.message-body .bbWrapper', '.messageText'],
    authorAttribute: 'data-author',
    author: ['.message-name .username', '.messageUserInfo .username'],
    profile: ['.message-name a.username[href]', '.messageUserInfo a.username[href]'],
    time: ['.message-attribution time', '.messageMeta .DateTime', 'time'],
    permalink: [
      '.message-attribution-gadget[href]',
      'a.datePermalink[href]',
      '.message-attribution a[href*="post-"]',
    ],
    bar: ['.message-main', '.messageContent'],
  } satisfies ForumDialect,
  /** The root element's id (`html#XF` in 2.x, `html#XenForo` in 1.x) and the script folders. */
  detect: ['html#XF', 'html#XenForo', 'html[data-app="public"][data-template]', 'script[src*="js/xf/"]'],
  native: {
    /** 2.1+ reactions (the default reaction is Like), then 2.0's like link, then 1.x's LikeLink. */
    like: ['a.actionBar-action--reaction', 'a.actionBar-action--like', 'a.LikeLink'],
    /** Pressed: 2.1+ adds `has-reaction`; 1.x switches the link's class to `unlike`. */
    liked: '.has-reaction, .unlike',
    /** 2.0 says "Unlike" on the link itself (English boards; other languages translate it). */
    unlikeLabel: /^\s*unlike\s*$/i,
    /** "Reply" quotes the post into the quick-reply editor at the end of the thread. */
    reply: ['a.actionBar-action--reply', 'a.ReplyQuote'],
    /** The quick reply's Froala editor, or its plain textarea when the rich editor is off. */
    editor: [
      '.js-quickReply .fr-element[contenteditable="true"]',
      '.js-quickReply textarea.input',
      '#QuickReply textarea[name="message"]',
    ],
    report: ['a.actionBar-action--report', 'a.report[href*="/report"]'],
    remove: ['a.actionBar-action--delete', 'a.delete[href*="/delete"]'],
  },
};

// ---------------------------------------------------------------------------------------------

export const xenforoStrategy = forumStrategy('xenforo', SELECTORS.post);

export const xenforoAdapter: SiteAdapter = {
  id: 'xenforo',
  label: 'XenForo',
  matches: [],
  fixtures: [
    'test/fixtures/generic/forum-xenforo.html',
    'fixtures/real-pages/xenforo/katzen-forum-xf2-thread.html',
  ],
  detect(doc) {
    return hasMarker(doc, SELECTORS.detect);
  },
  ...strategyAdapter([xenforoStrategy]),
  native: {
    like: firstOf(SELECTORS.native.like),
    liked: (control) =>
      control.matches(SELECTORS.native.liked) || SELECTORS.native.unlikeLabel.test(control.textContent ?? ''),
    reply: firstOf(SELECTORS.native.reply),
    editor: (comment) => pick(comment.ownerDocument.documentElement, SELECTORS.native.editor),
    report: firstOf(SELECTORS.native.report),
    remove: firstOf(SELECTORS.native.remove),
  },
};
