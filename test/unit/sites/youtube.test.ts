import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { youtubeAdapter } from '../../../lib/sites/youtube';
import type { ControlLocator } from '../../../lib/sites/types';
import {
  expectSane,
  extractAll as extractWith,
  fixture as fixtureAt,
  REAL_PAGES,
  realPage,
  realPagesAvailable,
} from './helpers';

const WATCH_URL = 'https://www.youtube.com/watch?v=LumEn4Trail';
const fixture = (): Document => fixtureAt('youtube/view-model-2025.html');
const extractAll = (doc: Document, url: string): Comment[] => extractWith(youtubeAdapter, doc, url);
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null => {
  if (locator === undefined) return null;
  return typeof locator === 'string' ? comment.querySelector(locator) : locator(comment);
};
/** Comment elements share `id="comment"`: find them by the `lc` of their timestamp link. */
const commentByLc = (doc: Document, lc: string): Element => {
  const link = doc.querySelector(`#published-time-text a[href$="lc=${lc}"]`);
  const el = link?.closest('ytd-comment-view-model, ytd-comment-renderer');
  if (!el) throw new Error(`no comment ${lc} in the fixture`);
  return el;
};
const { native } = youtubeAdapter;

const CREATOR = 'UgzK3rT8pQm1vNc7XyLb4AaABAg';
const ANA = 'Ugw0AnaLimaFourNights4AaABAg';
const BEN = `${ANA}.A1bcDEfgHIjA9kLmnOPqrS`;
const ANA_REPLY = `${ANA}.A1bcZZyyXXwB7vUtsRQpoN`;
const HOSTILE = 'UgyH0st1leScr1ptTest4AaABAg';
const GHOST = 'UgzGh0stAcc0untN0Name4AaABAg';
const permalink = (lc: string) => `${WATCH_URL}&lc=${lc}`;

describe('youtubeAdapter on the hand-written 2025 view-model page', () => {
  it('describes itself', () => {
    expect(youtubeAdapter.id).toBe('youtube');
    expect(youtubeAdapter.label).toBe('YouTube');
    expect(youtubeAdapter.matches).toEqual(['https://www.youtube.com/*', 'https://m.youtube.com/*']);
    for (const path of youtubeAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('detects YouTube by its host only', () => {
    const doc = fixture();
    expect(youtubeAdapter.detect(doc, new URL(WATCH_URL))).toBe(true);
    expect(youtubeAdapter.detect(doc, new URL('https://m.youtube.com/watch?v=LumEn4Trail'))).toBe(true);
    const blog = fixtureAt('generic/wordpress-html5.html');
    expect(youtubeAdapter.detect(blog, new URL('https://trail.example/p'))).toBe(false);
    expect(youtubeAdapter.find(blog)).toEqual([]);
  });

  it('reads threads and replies: lc ids, handles, permalinks, pre-wrap lines, no time', () => {
    const comments = extractAll(fixture(), WATCH_URL);
    expectSane(comments);
    const author = (handle: string) => ({
      name: `@${handle}`,
      handle: `@${handle}`,
      profileUrl: `https://www.youtube.com/@${handle}`,
    });
    expect(comments).toEqual([
      // The creator's name is in the badge; "Pinned by", "Like", "Reply", "Read more" are not text.
      {
        id: CREATOR,
        // The channel's own comment: `ytd-author-comment-badge-renderer[creator]`.
        author: { ...author('LumenTrailLab'), staff: true },
        text: 'Thanks for watching! Full specs: https://lumen.example/specs 🔦\nThe runtime test starts at 1:35.',
        permalink: permalink(CREATOR),
        depth: 0,
      },
      {
        id: ANA,
        author: author('ana-lima'),
        // The open reply box under the comment is not its text.
        text: 'Four nights on one charge is great.\nMine lasted three in the cold.',
        permalink: permalink(ANA),
        depth: 0,
      },
      {
        id: BEN,
        author: author('ben-okafor'),
        text: '@ana-lima Did you use eco mode?',
        permalink: permalink(BEN),
        depth: 1,
        parentId: ANA,
      },
      // A reply in its own sub-thread (2025): still one level down, under the thread's comment.
      {
        id: ANA_REPLY,
        author: author('ana-lima'),
        text: '@ben-okafor Yes, eco the whole time 😅',
        permalink: permalink(ANA_REPLY),
        depth: 1,
        parentId: ANA,
      },
      // The script element is dropped, escaped markup stays text, javascript: links are not recorded.
      {
        id: HOSTILE,
        author: { name: '@trickster' },
        text: 'Try <script>alert(1)</script> here and this link.',
        permalink: permalink(HOSTILE),
        depth: 0,
      },
      // An author whose channel is gone: empty name, the comment is kept.
      {
        id: GHOST,
        author: { name: '' },
        text: 'Great review, ordered one.',
        permalink: permalink(GHOST),
        depth: 0,
      },
    ]);
  });

  it('marks only the channel owner as the team: a badge without `creator` (a verified channel) is not', () => {
    const doc = fixture();
    const comments = extractAll(doc, WATCH_URL);
    expect(comments.filter((comment) => 'staff' in comment.author).map((comment) => comment.id)).toEqual([
      CREATOR,
    ]);
    // A verified channel's name sits in the same badge renderer, without `creator`.
    const badge = commentByLc(doc, CREATOR).querySelector('ytd-author-comment-badge-renderer')!;
    badge.removeAttribute('creator');
    expect(youtubeAdapter.extract(commentByLc(doc, CREATOR), new URL(WATCH_URL))!.author).toEqual({
      name: '@LumenTrailLab',
      handle: '@LumenTrailLab',
      profileUrl: 'https://www.youtube.com/@LumenTrailLab',
    });
    expect(youtubeAdapter.extract(commentByLc(doc, ANA), new URL(WATCH_URL))!.author).not.toHaveProperty(
      'staff',
    );
  });

  it('skips the removed comment’s empty shell and the "load more" spinner', () => {
    const doc = fixture();
    const shell = doc.querySelector('ytd-comment-view-model[hidden]')!;
    expect(youtubeAdapter.find(doc).includes(shell)).toBe(false);
    expect(youtubeAdapter.extract(shell, new URL(WATCH_URL))).toBeNull();
    const spinner = doc.querySelector('ytd-continuation-item-renderer')!;
    expect(youtubeAdapter.find(spinner)).toEqual([]);
    expect(youtubeAdapter.extract(spinner, new URL(WATCH_URL))).toBeNull();
    expect(youtubeAdapter.extract(doc.body, new URL(WATCH_URL))).toBeNull();
  });

  it('puts the bar under the engagement bar and its reply box', () => {
    const doc = fixture();
    const comment = commentByLc(doc, ANA);
    const placement = youtubeAdapter.placeBar(comment);
    expect(placement.position).toBe('afterend');
    expect(placement.node.tagName.toLowerCase()).toBe('ytd-comment-engagement-bar');
    expect(placement.node.closest('ytd-comment-view-model')).toBe(comment);
  });

  it('finds the like button, never the dislike, and reads aria-pressed', () => {
    const doc = fixture();
    for (const el of youtubeAdapter.find(doc)) {
      const like = locate(native.like, el);
      expect(like?.getAttribute('aria-label')).toMatch(/^Like this comment/);
      expect(like?.closest('#dislike-button')).toBeNull();
    }
    const liked = locate(native.like, commentByLc(doc, ANA))!;
    expect(native.liked?.(liked)).toBe(true);
    expect(native.liked?.(locate(native.like, commentByLc(doc, BEN))!)).toBe(false);
  });

  it('finds Reply and the contenteditable box it opens under the comment', () => {
    const doc = fixture();
    const reply = locate(native.reply, commentByLc(doc, BEN));
    expect(reply?.getAttribute('aria-label')).toBe('Reply');
    expect(reply?.closest('#reply-button-end')).not.toBeNull();
    const editor = locate(native.editor, commentByLc(doc, ANA));
    expect(editor?.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(editor?.closest('ytd-commentbox')).not.toBeNull();
    // Not pressed yet under Ben's reply: no box.
    expect(locate(native.editor, commentByLc(doc, BEN))).toBeNull();
  });

  it('reaches report and remove through the ⋮ menu', () => {
    const doc = fixture();
    const comment = commentByLc(doc, HOSTILE);
    // Menu closed: the ⋮ button, which opens it.
    const trigger = locate(native.report, comment);
    expect(trigger?.getAttribute('aria-label')).toBe('Action menu');
    expect(locate(native.remove, comment)).toBe(trigger);
    // Menu open (as YouTube leaves it after the click): the item, and no Remove for a visitor.
    const dropdown = doc.querySelector('tp-yt-iron-dropdown')!;
    dropdown.removeAttribute('aria-hidden');
    dropdown.setAttribute('style', 'outline: none; z-index: 2202;');
    const report = locate(native.report, comment);
    expect(report?.tagName.toLowerCase()).toBe('ytd-menu-service-item-renderer');
    expect(report?.textContent).toBe('Report');
    expect(locate(native.remove, comment)).toBeNull();
    // The channel's owner sees "Remove" too.
    const listbox = doc.querySelector('tp-yt-paper-listbox#items')!;
    const remove = listbox.firstElementChild!.cloneNode(true) as Element;
    remove.querySelector('yt-formatted-string')!.textContent = 'Remove';
    listbox.prepend(remove);
    expect(locate(native.remove, comment)).toBe(remove);
    expect(locate(native.report, comment)).toBe(report);
    expect(native.missing).toBeUndefined();
  });

  it('finds a reply added later, and a comment when Polymer fills it in after inserting it', () => {
    const doc = fixture();
    const contents = doc.querySelector('ytd-comment-replies-renderer #contents')!;
    const added = commentByLc(doc, BEN).cloneNode(true) as Element;
    added
      .querySelector('#published-time-text a')!
      .setAttribute('href', `/watch?v=LumEn4Trail&lc=${ANA}.Late0ne`);
    added.querySelector('#content-text span')!.textContent = 'Late reply.';
    contents.append(added);
    expect(youtubeAdapter.find(added)).toEqual([added]);
    expect(youtubeAdapter.extract(added, new URL(WATCH_URL))).toMatchObject({
      id: `${ANA}.Late0ne`,
      text: 'Late reply.',
      depth: 1,
      parentId: ANA,
    });
    expect(youtubeAdapter.find(doc.querySelector('ytd-comment-replies-renderer')!)).toHaveLength(3);
    // An empty shell is not found; once its text arrives, the part added stands for the comment.
    const shell = doc.createElement('ytd-comment-view-model');
    contents.append(shell);
    expect(youtubeAdapter.find(shell)).toEqual([]);
    const expander = added.querySelector('#expander')!.cloneNode(true) as Element;
    shell.append(expander);
    expect(youtubeAdapter.find(expander)).toEqual([shell]);
  });
});

describe('youtubeAdapter on m.youtube.com markup', () => {
  it('reads the comment text and author of ytm-comment-renderer', () => {
    const { document } = parseHTML(`<html><body><ytm-comment-thread-renderer>
      <ytm-comment-renderer><div class="YtmCommentRendererHeader"><span class="YtmCommentRendererTitle"><span class="yt-core-attributed-string" role="text">@ana-lima</span></span></div>
      <button class="YtmCommentRendererContent"><p class="YtmCommentRendererText"><span class="yt-core-attributed-string" role="text">Four nights
on one charge.</span></p><ytm-button-renderer class="YtmCommentRendererExpand"><button>Read more</button></ytm-button-renderer></button>
      <div class="YtmCommentRendererDetails"><span class="YtmCommentRendererCount">48</span></div></ytm-comment-renderer>
    </ytm-comment-thread-renderer></body></html>`);
    const doc = document as unknown as Document;
    const comments = extractAll(doc, 'https://m.youtube.com/watch?v=LumEn4Trail');
    expect(comments).toEqual([
      {
        id: expect.stringMatching(/^h-[0-9a-f]{8}$/),
        author: { name: '@ana-lima' },
        text: 'Four nights\non one charge.',
        depth: 0,
      },
    ]);
    expect(youtubeAdapter.placeBar(youtubeAdapter.find(doc)[0]!).node.className).toBe(
      'YtmCommentRendererDetails',
    );
  });
});

if (!realPagesAvailable) {
  console.warn(`Skipping the YouTube real-page tests: ${REAL_PAGES} does not exist.`);
}

// Parsing 4 MB under linkedom takes seconds.
describe.runIf(realPagesAvailable)(
  'youtubeAdapter on the real saved Polymer page (2018)',
  { timeout: 60_000 },
  () => {
    const path = 'youtube/youtube-polymer-2018-thinkpad-blogskipper.html';
    const url = 'https://www.youtube.com/watch?v=gOsERJzMhLc';
    // 4 MB: parsed once, and only read by the tests below.
    let saved: Document | undefined;
    const page = (): Document => (saved ??= realPage(path));

    it('finds the 35 filled renderers of 20 threads, not the template stub', () => {
      const doc = page();
      const comments = extractAll(doc, url);
      expectSane(comments);
      // The raw file has 36 `<ytd-comment-renderer`: one is the empty copy inside the thread renderer's
      // `<template>` (dom-module), 20 are the threads' `id="comment"` and 15 are `is-reply` renderers.
      const file = readFileSync(`${REAL_PAGES}${path}`, 'utf8');
      expect(file.match(/<ytd-comment-renderer/g)).toHaveLength(36);
      expect(file.match(/<ytd-comment-thread-renderer/g)).toHaveLength(20);
      expect(file.match(/<ytd-comment-renderer[^>]*is-reply/g)).toHaveLength(15);
      // The templates (Polymer's dom-modules) come before the first thread.
      const raw = file.slice(file.indexOf('<ytd-comment-thread-renderer'));
      expect(raw.match(/<ytd-comment-renderer/g)).toHaveLength(35);
      expect(comments).toHaveLength(35);
      expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(20);
      expect(comments.filter((comment) => comment.depth === 1)).toHaveLength(15);

      // Authors and ids, cross-checked with the raw file in document order.
      const rawIds = [...raw.matchAll(/id="published-time-text"[^>]*><a[^>]*href="[^"]*?lc=([\w.-]+)"/g)].map(
        (match) => match[1],
      );
      expect(comments.map((comment) => comment.id)).toEqual(rawIds);
      const rawAuthors = [
        ...raw.matchAll(/<a id="author-text"[^>]*>\s*<span[^>]*>\s*([^<]*?)\s*<\/span>/g),
      ].map((match) => match[1]);
      expect(comments.map((comment) => comment.author.name)).toEqual(rawAuthors);
      expect(new Set(rawAuthors).size).toBe(32);
      expect(rawAuthors.slice(0, 5)).toEqual([
        'booksbagsandscents',
        'Cotictimmy',
        'Gustavo Villar',
        'shinypants',
        'sdushdiu',
      ]);

      for (const comment of comments) {
        expect(comment.permalink).toBe(`${url}&lc=${comment.id}`);
        expect(comment.author.profileUrl).toMatch(/^https:\/\/www\.youtube\.com\/(channel|user)\//);
        // "1 week ago": relative only.
        expect(comment.time).toBeUndefined();
        expect(comment.text).not.toMatch(/Read more|Show less|\bReply\b|\uFEFF/);
      }
      // The 15 replies all answer shinypants, whose id prefixes theirs.
      const thread = comments.filter((comment) => comment.depth === 1);
      expect(new Set(thread.map((comment) => comment.parentId))).toEqual(
        new Set(['Ugzrp0E4ewPKweJx_PJ4AaABAg']),
      );
      for (const reply of thread) expect(reply.id.startsWith('Ugzrp0E4ewPKweJx_PJ4AaABAg.')).toBe(true);

      expect(comments[0]).toEqual({
        id: 'UgwxU_rG6LuDaKqLn1t4AaABAg',
        author: {
          name: 'booksbagsandscents',
          profileUrl: 'https://www.youtube.com/channel/UCu-seaAhfi79bUUu5AwDvjA',
        },
        text: 'I never buy any tech before checking your reviews first. 😀😀',
        permalink: `${url}&lc=UgwxU_rG6LuDaKqLn1t4AaABAg`,
        depth: 0,
      });
      // A timestamp link stays in the text; the author's line break is kept.
      expect(comments.find((comment) => comment.id === 'UgwUJhij1mqTCWf5A294AaABAg')?.text).toBe(
        '4:29 "1360x760...would be the... ....least compelling display"\nI\'d have used more colourful words there Lisa ;)',
      );
    });

    it('reads no channel owner there, and the 2018 `creator` class when Polymer fills the badge', () => {
      // No comment of the page is the channel's: every `#author-comment-badge` of a comment is empty
      // and hidden. The page's own CSS styles `ytd-author-comment-badge-renderer.creator`, the class
      // Polymer gave the owner's badge then.
      const doc = page();
      expect(extractAll(doc, url).some((comment) => 'staff' in comment.author)).toBe(false);
      const file = readFileSync(`${REAL_PAGES}${path}`, 'utf8');
      expect(file).toContain('ytd-author-comment-badge-renderer.creator{');
      const [first] = youtubeAdapter.find(doc) as [Element];
      const slot = first.querySelector('#author-comment-badge')!;
      slot.removeAttribute('hidden');
      slot.innerHTML =
        '<ytd-author-comment-badge-renderer class="style-scope ytd-comment-renderer creator"></ytd-author-comment-badge-renderer>';
      expect(youtubeAdapter.extract(first, new URL(url))!.author.staff).toBe(true);
    });

    it('finds the Polymer controls: like (not dislike), reply, the ⋮ menu', () => {
      const doc = page();
      const first = youtubeAdapter.find(doc)[0]!;
      const like = locate(native.like, first)!;
      expect(like.getAttribute('aria-label')).toBe('like this comment along with 72 other people');
      expect(native.liked?.(like)).toBe(false);
      expect(locate(native.reply, first)?.textContent).toBe('Reply');
      expect(locate(native.report, first)?.getAttribute('aria-label')).toBe('Action menu');
      expect(locate(native.editor, first)).toBeNull();
    });
  },
);
