import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mastodonAdapter as adapter } from '../../../lib/sites/mastodon';
import type { ControlLocator } from '../../../lib/sites/types';
import { expectSane, extractAll, fixture } from './helpers';

const PAGE_URL = 'https://social.example.org/@alice/113500000000000010';
const ID = (suffix: string): string => `1135000000000000${suffix}`;
const page = (): Document => fixture('mastodon/thread-2025.html');
const post = (doc: Document, suffix: string): Element =>
  suffix === '10'
    ? doc.querySelector('div.detailed-status')!
    : doc.querySelector(`div.status[data-id="${ID(suffix)}"]:not(.status--is-quote)`)!;
const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function'
    ? locator(el)
    : locator
      ? el.matches(locator)
        ? el
        : el.querySelector(locator)
      : null;

describe('mastodonAdapter on the 4.4 thread view (hand-written fixture)', () => {
  it('describes itself as self-hosted software and lists fixtures that exist', () => {
    expect(adapter.id).toBe('mastodon');
    expect(adapter.label).toBe('Mastodon');
    expect(adapter.matches).toEqual([]);
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads ancestors, the detailed post and the replies with the thread position the lines show', () => {
    const comments = extractAll(adapter, page(), PAGE_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        // A local account: one handle with the instance's LOCAL_DOMAIN (from the initial state).
        id: ID('01'),
        author: {
          name: 'Bob Marsh',
          handle: 'bob@example.org',
          profileUrl: 'https://social.example.org/@bob',
        },
        text: 'Which trail lamp lasts longest? Asking for a week in the Alps.',
        time: '2025-06-09T18:00:00.000Z',
        permalink: `https://social.example.org/@bob/${ID('01')}`,
        depth: 0,
      },
      {
        id: ID('02'),
        author: {
          name: 'Carol',
          handle: 'carol@other.social',
          profileUrl: 'https://social.example.org/@carol@other.social',
        },
        text: '@bob Ask Alice, she tested five of them.',
        time: '2025-06-09T19:30:00.000Z',
        permalink: `https://social.example.org/@carol@other.social/${ID('02')}`,
        depth: 1,
        parentId: ID('01'),
      },
      {
        // The detailed post: id from its date link, time from the date it shows (reader's clock, UTC here).
        // The custom emoji images (:lamp:, :blobcat:) are lost: dom.ts reads `img.emoji`, not Mastodon's
        // `img.emojione` (reported); the hashtag bar and the boost/favourite counts are not text.
        id: ID('10'),
        author: {
          name: 'Alice Liddell',
          handle: 'alice@example.org',
          profileUrl: 'https://social.example.org/@alice',
        },
        text: 'Four nights on one charge 🎉 with eco mode, @bob! Full numbers: https://lamps.example/review\nWould buy again.',
        time: '2025-06-10T13:14:00.000Z',
        permalink: PAGE_URL,
        depth: 2,
        parentId: ID('02'),
      },
      {
        // First descendant: always a reply to the detailed post.
        id: ID('11'),
        author: {
          name: 'Dave',
          handle: 'dave@other.social',
          profileUrl: 'https://social.example.org/@dave@other.social',
        },
        text: 'Eco mode dims it too much for scrambling though.',
        time: '2025-06-10T13:40:00.000Z',
        permalink: `https://social.example.org/@dave@other.social/${ID('11')}`,
        depth: 3,
        parentId: ID('10'),
      },
      {
        // No `status--first-in-thread`: replies to the post above. The content warning leads the text.
        id: ID('12'),
        author: {
          name: 'Erin 🏔️',
          handle: 'erin@example.org',
          profileUrl: 'https://social.example.org/@erin',
        },
        text: 'Spoilers for the trail guide\nNot on the second setting: the guide says 180 lumens.',
        time: '2025-06-10T14:05:00.000Z',
        permalink: `https://social.example.org/@erin/${ID('12')}`,
        depth: 4,
        parentId: ID('11'),
      },
      {
        // A new branch whose thread line stops here: a reply to the detailed post.
        id: ID('13'),
        author: {
          name: 'Bob Marsh',
          handle: 'bob@example.org',
          profileUrl: 'https://social.example.org/@bob',
        },
        text: 'Thanks, ordering one.',
        time: '2025-06-10T14:30:00.000Z',
        permalink: `https://social.example.org/@bob/${ID('13')}`,
        depth: 3,
        parentId: ID('10'),
      },
      {
        // A branch back to an earlier reply (012, in fact): the page does not say which, so no position.
        // The "Post unavailable" of a deleted quoted post is not Frank's text.
        id: ID('14'),
        author: {
          name: 'Frank',
          handle: 'frank@mstdn.example',
          profileUrl: 'https://social.example.org/@frank@mstdn.example',
        },
        text: '180 is plenty, @erin. Someone quoted a post that is gone since:',
        time: '2025-06-10T15:00:00.000Z',
        permalink: `https://social.example.org/@frank@mstdn.example/${ID('14')}`,
      },
      {
        // A new branch whose line runs on to a reply: reply to the detailed post or not, the page cannot tell.
        id: ID('15'),
        author: {
          name: '<img src=x onerror=alert(1)>',
          handle: 'mallory@evil.example',
          profileUrl: 'https://social.example.org/@mallory@evil.example',
        },
        text: 'Nice post <script>alert(3)</script> click here',
        time: '2025-06-10T15:10:00.000Z',
        permalink: `https://social.example.org/@mallory@evil.example/${ID('15')}`,
      },
      {
        // Replies to 015 (whose depth is unknown). The quoted post and the "RE:" link are not Gina's text.
        id: ID('16'),
        author: { name: 'Gina', handle: 'gina@example.org', profileUrl: 'https://social.example.org/@gina' },
        text: 'Ignore the troll. Here is where it all started:',
        time: '2025-06-10T15:20:00.000Z',
        permalink: `https://social.example.org/@gina/${ID('16')}`,
        parentId: ID('15'),
      },
    ]);
  });

  it('never takes a quoted post, a hidden placeholder or the compose form’s preview for a post', () => {
    const doc = page();
    const url = new URL(PAGE_URL);
    const quoted = doc.querySelector('.status--is-quote')!;
    expect(adapter.find(doc).includes(quoted)).toBe(false);
    expect(adapter.find(doc.querySelector('.status__quote')!)).toEqual([]);
    expect(adapter.extract(quoted, url)).toBeNull();
    // The virtualized placeholder (`status__wrapper` without a `div.status`) and the reply preview.
    const placeholder = [...doc.querySelectorAll('.status__wrapper')].find(
      (el) => !el.querySelector('.status'),
    )!;
    expect(placeholder.querySelector('span')!.textContent).toBe('Hank');
    expect(adapter.find(placeholder)).toEqual([]);
    expect(adapter.extract(placeholder, url)).toBeNull();
    expect(adapter.extract(doc.querySelector('.reply-indicator')!, url)).toBeNull();
    expect(adapter.find(doc)).toHaveLength(9);
  });

  it('keeps hostile content inert and leaves the page untouched', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    extractAll(adapter, doc, PAGE_URL);
    for (const el of adapter.find(doc)) adapter.placeBar(el);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(adapter.extract(post(doc, '15'), new URL(PAGE_URL))!.text).not.toContain('alert(4)');
  });

  it('finds favourite (never boost or bookmark), its pressed state, reply and the compose editor', () => {
    const doc = page();
    const alice = post(doc, '10');
    const bob = post(doc, '01');
    const favourite = locate(adapter.native.like, alice)!;
    expect(favourite.matches('button.star-icon')).toBe(true);
    expect(adapter.native.liked!(favourite)).toBe(true);
    const bobFavourite = locate(adapter.native.like, bob)!;
    expect(bobFavourite.getAttribute('aria-label')).toBe('Favorite');
    expect(adapter.native.liked!(bobFavourite)).toBe(false);
    expect(locate(adapter.native.reply, bob)!.getAttribute('aria-label')).toBe('Reply');
    expect(locate(adapter.native.reply, alice)!.getAttribute('aria-label')).toBe('Reply to thread');
    // The detailed post's controls are in its own action bar, beside the post box.
    expect(alice.contains(favourite)).toBe(false);
    expect(
      locate(adapter.native.editor, post(doc, '13'))!.matches('textarea.autosuggest-textarea__textarea'),
    ).toBe(true);
    expect(adapter.native.missing).toBeUndefined();
  });

  it('finds the favourite by its class and the reply by its place in another language', () => {
    const doc = page();
    for (const button of doc.querySelectorAll('button[aria-label]')) {
      button.setAttribute('aria-label', `de:${button.getAttribute('aria-label')}`);
      button.setAttribute('title', `de:${button.getAttribute('title')}`);
    }
    const dave = post(doc, '11');
    expect(locate(adapter.native.like, dave)!.getAttribute('aria-label')).toBe('de:Favorite');
    expect(locate(adapter.native.reply, dave)!.getAttribute('aria-label')).toBe('de:Reply to thread');
  });

  it('finds report and delete in the post’s open "…" menu only', () => {
    const doc = page();
    const bobReply = post(doc, '13');
    expect(text(locate(adapter.native.report, bobReply))).toBe('Report @bob');
    expect(locate(adapter.native.remove, bobReply)).toBeNull();
    // Closed menus offer nothing.
    expect(locate(adapter.native.report, post(doc, '11'))).toBeNull();
    // Alice opens the menu of her own post: "Delete", never "Delete & re-draft".
    const alice = post(doc, '10');
    const toggle = doc.querySelector('.detailed-status__action-bar-dropdown button')!;
    toggle.setAttribute('aria-expanded', 'true');
    const menu = doc.createElement('div');
    menu.id = ':r9:';
    menu.innerHTML =
      '<div class="dropdown-menu"><ul class="dropdown-menu__container__list">' +
      '<li class="dropdown-menu__item"><button type="button"><span>Edit</span></button></li>' +
      '<li class="dropdown-menu__item dropdown-menu__item--dangerous"><button type="button"><span>Delete &amp; re-draft</span></button></li>' +
      '<li class="dropdown-menu__item dropdown-menu__item--dangerous"><button type="button"><span>Delete</span></button></li>' +
      '</ul></div>';
    doc.body.append(menu);
    expect(text(locate(adapter.native.remove, alice))).toBe('Delete');
    expect(locate(adapter.native.report, alice)).toBeNull();
  });

  it('puts the bar under the action bar', () => {
    const doc = page();
    const dave = post(doc, '11');
    expect(adapter.placeBar(dave)).toEqual({
      node: dave.querySelector('.status__action-bar'),
      position: 'afterend',
    });
    expect(adapter.placeBar(post(doc, '10'))).toEqual({
      node: doc.querySelector('.detailed-status__action-bar'),
      position: 'afterend',
    });
  });

  it('finds a reply that arrives later, with its thread position', () => {
    const doc = page();
    const url = new URL(PAGE_URL);
    // Positions are cached per thread column: read once before the reply arrives.
    extractAll(adapter, doc, PAGE_URL);
    const template = post(doc, '13').closest('[tabindex="-1"]')!;
    const arrived = template.cloneNode(true) as Element;
    const status = arrived.querySelector('div.status')!;
    status.setAttribute('data-id', ID('17'));
    status.querySelector('.display-name__html')!.textContent = 'Noor';
    status.querySelector('.display-name__account')!.textContent = '@noor';
    status.querySelector('a.status__display-name')!.setAttribute('href', '/@noor');
    status.querySelector('a.status__relative-time')!.setAttribute('href', `/@noor/${ID('17')}`);
    status.querySelector('time')!.setAttribute('datetime', '2025-06-10T16:00:00.000Z');
    status.querySelector('.status__content__text')!.innerHTML = '<p>Late reply.</p>';
    doc.querySelector('.load-more')!.before(arrived);
    const found = adapter.find(arrived);
    expect(found).toEqual([status]);
    expect(adapter.extract(status, url)).toEqual({
      id: ID('17'),
      author: { name: 'Noor', handle: 'noor@example.org', profileUrl: 'https://social.example.org/@noor' },
      text: 'Late reply.',
      time: '2025-06-10T16:00:00.000Z',
      permalink: `https://social.example.org/@noor/${ID('17')}`,
      depth: 3,
      parentId: ID('10'),
    });
    expect(adapter.find(status)).toEqual([status]);
    expect(adapter.find(status.querySelector('.status__content')!)).toEqual([]);
  });

  it('gives no thread position outside a thread page, and the page host for handles without a state', () => {
    const doc = page();
    doc.querySelector('.detailed-status__wrapper')!.remove();
    doc.querySelector('script#initial-state')!.remove();
    const comments = extractAll(adapter, doc, 'https://social.example.org/home');
    expect(comments).toHaveLength(8);
    expect(comments.every((comment) => comment.depth === undefined && comment.parentId === undefined)).toBe(
      true,
    );
    expect(comments[0]!.author.handle).toBe('bob@social.example.org');
  });

  it('detects the web app by its root and markers, not other pages', () => {
    expect(adapter.detect(page(), new URL(PAGE_URL))).toBe(true);
    const wordpress = fixture('generic/wordpress-html5.html');
    expect(adapter.detect(wordpress, new URL('https://trail.example/p'))).toBe(false);
    expect(adapter.find(wordpress)).toEqual([]);
    expect(
      adapter.detect(fixture('lemmy/post-comments-2025.html'), new URL('https://lemmy.example/post/1')),
    ).toBe(false);
  });
});
