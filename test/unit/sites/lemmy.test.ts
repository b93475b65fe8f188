import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lemmyAdapter as adapter } from '../../../lib/sites/lemmy';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture } from './helpers';

const PAGE_URL = 'https://lemmy.example/post/4242';
const page = (): Document => fixture('lemmy/post-comments-2025.html');
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function'
    ? locator(el)
    : locator
      ? el.matches(locator)
        ? el
        : el.querySelector(locator)
      : null;

describe('lemmyAdapter on lemmy-ui 0.19 (hand-written fixture)', () => {
  it('describes itself as self-hosted software and lists fixtures that exist', () => {
    expect(adapter.id).toBe('lemmy');
    expect(adapter.label).toBe('Lemmy');
    expect(adapter.matches).toEqual([]);
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads the comment tree: authors, handles, texts, tooltip times, permalinks, threads', () => {
    const comments = extractAll(adapter, page(), PAGE_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'comment-101',
        author: { name: 'Ana Lima', handle: 'ana', profileUrl: 'https://lemmy.example/u/ana' },
        text: 'Four nights on one charge 🎉 with eco mode. Full numbers in the review.\nWould buy again.',
        // Edited: the tooltip's "Created:" line, 3:14:07 PM at GMT+02:00.
        time: '2025-06-10T13:14:07.000Z',
        permalink: 'https://lemmy.example/comment/101',
        depth: 0,
      },
      {
        // A remote account: the name without the "@other.example" suffix, the full handle from the link.
        // The quote of Ana's comment is not Bob's text.
        id: 'comment-102',
        author: {
          name: 'bob',
          handle: 'bob@other.example',
          profileUrl: 'https://lemmy.example/u/bob@other.example',
        },
        text: 'Mine died after two nights in the cold, @ana.',
        time: '2025-06-10T14:02:00.000Z',
        permalink: 'https://lemmy.example/comment/102',
        depth: 1,
        parentId: 'comment-101',
      },
      {
        // Deleted comments stay (their replies hang under them) with Lemmy's notice as text.
        id: 'comment-103',
        author: { name: 'Chloé', handle: 'chloé', profileUrl: 'https://lemmy.example/u/chlo%C3%A9' },
        text: 'deleted by creator',
        time: '2025-06-10T14:30:00.000Z',
        permalink: 'https://lemmy.example/comment/103',
        depth: 2,
        parentId: 'comment-102',
      },
      {
        id: 'comment-104',
        author: { name: 'Dev', handle: 'dev', profileUrl: 'https://lemmy.example/u/dev' },
        text: 'Whatever it was, I agree.',
        time: '2025-06-10T15:45:00.000Z',
        permalink: 'https://lemmy.example/comment/104',
        depth: 3,
        parentId: 'comment-103',
      },
      {
        id: 'comment-105',
        author: {
          name: '<img src=x onerror=alert(1)>',
          handle: 'mallory@evil.example',
          profileUrl: 'https://lemmy.example/u/mallory@evil.example',
        },
        text: 'Nice post <script>alert(3)</script> click here',
        // 1:00 AM at GMT-04:00.
        time: '2025-06-11T05:00:00.000Z',
        permalink: 'https://lemmy.example/comment/105',
        depth: 1,
        parentId: 'comment-101',
      },
      {
        id: 'comment-106',
        author: { name: 'Sam', handle: 'sam', profileUrl: 'https://lemmy.example/u/sam' },
        text: 'Thanks all, pinned the review.',
        time: '2025-06-11T09:05:00.000Z',
        permalink: 'https://lemmy.example/comment/106',
        depth: 0,
      },
    ]);
  });

  it('keeps hostile content inert and leaves the page untouched', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    extractAll(adapter, doc, PAGE_URL);
    for (const el of adapter.find(doc)) adapter.placeBar(el);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a comment whose author is gone as a nameless comment', () => {
    const doc = page();
    const dev = byId(doc, 'comment-104');
    dev.querySelector('a.person-listing')!.remove();
    expect(adapter.extract(dev, new URL(PAGE_URL))).toMatchObject({
      id: 'comment-104',
      author: { name: '' },
      text: 'Whatever it was, I agree.',
    });
  });

  it('finds the upvote (never the downvote or "View Votes"), reply, the open reply form, report and remove', () => {
    const doc = page();
    const [ana, bob, chloe, , mallory, sam] = adapter.find(doc) as [
      Element,
      Element,
      Element,
      Element,
      Element,
      Element,
    ];
    const like = locate(adapter.native.like, ana)!;
    expect(like.getAttribute('aria-label')).toBe('Upvote');
    expect(adapter.native.liked!(like)).toBe(true);
    expect(adapter.native.liked!(locate(adapter.native.like, bob)!)).toBe(false);
    expect(locate(adapter.native.like, mallory)!.getAttribute('aria-label')).toBe('Upvote');
    expect(locate(adapter.native.reply, bob)!.getAttribute('aria-label')).toBe('Reply');
    // Lemmy offers no reply under a deleted comment.
    expect(locate(adapter.native.reply, chloe)).toBeNull();
    // The form opened under Ana's comment (not the post's own form, nor her replies').
    expect(locate(adapter.native.editor, ana)?.getAttribute('id')).toBe('markdown-textarea-x7k2q');
    expect(locate(adapter.native.editor, bob)).toBeNull();
    // Menu items exist once the "more" menu was opened: a moderator's report and remove ...
    expect(locate(adapter.native.report, mallory)?.getAttribute('aria-label')).toBe('Create Report');
    expect(locate(adapter.native.remove, mallory)?.getAttribute('aria-label')).toBe('Remove Comment');
    // ... the author's own delete, and nothing while the menu was never opened.
    expect(locate(adapter.native.remove, sam)?.getAttribute('aria-label')).toBe('Delete');
    expect(locate(adapter.native.report, bob)).toBeNull();
    expect(adapter.native.missing).toBeUndefined();
  });

  it('finds the controls by their icons when the interface speaks another language', () => {
    const doc = page();
    const labels: Record<string, string> = {
      Upvote: 'Positiv bewerten',
      Downvote: 'Negativ bewerten',
      Reply: 'Antworten',
      'Create Report': 'Meldung erstellen',
      'Remove Comment': 'Kommentar entfernen',
    };
    for (const button of doc.querySelectorAll('[aria-label]')) {
      const german = labels[button.getAttribute('aria-label') ?? ''];
      if (german) button.setAttribute('aria-label', german);
    }
    const mallory = byId(doc, 'comment-105');
    expect(locate(adapter.native.like, mallory)?.getAttribute('aria-label')).toBe('Positiv bewerten');
    expect(locate(adapter.native.reply, mallory)?.getAttribute('aria-label')).toBe('Antworten');
    expect(locate(adapter.native.report, mallory)?.getAttribute('aria-label')).toBe('Meldung erstellen');
    expect(locate(adapter.native.remove, mallory)?.getAttribute('aria-label')).toBe('Kommentar entfernen');
  });

  it('puts the bar under the action row, or under the text without one', () => {
    const doc = page();
    const ana = byId(doc, 'comment-101');
    expect(adapter.placeBar(ana)).toEqual({
      node: ana.querySelector('.comment-bottom-btns'),
      position: 'afterend',
    });
    ana.querySelector('.comment-bottom-btns')!.remove();
    expect(adapter.placeBar(ana)).toEqual({ node: ana.querySelector('.md-div'), position: 'afterend' });
  });

  it('finds a reply loaded later ("more replies"), with its thread position', () => {
    const doc = page();
    const item = byId(doc, 'comment-105').parentElement!;
    const list = doc.createElement('ul');
    list.className = 'comments ms-1';
    list.innerHTML =
      '<li class="comment list-unstyled"><article id="comment-107" class="details comment-node py-2"><div class="ms-2">' +
      '<div class="d-flex flex-wrap align-items-center text-muted small"><a title="Noor" class="person-listing" href="/u/noor"><span>Noor</span></a>' +
      '<span class="moment-time" data-tippy-content="Wednesday, June 11th, 2025 at 10:00:00 AM GMT+00:00">now</span></div>' +
      '<div class="comment-content"><div class="md-div"><p>Late reply.</p></div></div></div></article></li>';
    item.append(list);
    const found = adapter.find(list);
    expect(found.map((el) => el.id)).toEqual(['comment-107']);
    expect(adapter.extract(found[0]!, new URL(PAGE_URL))).toEqual({
      id: 'comment-107',
      author: { name: 'Noor', handle: 'noor', profileUrl: 'https://lemmy.example/u/noor' },
      text: 'Late reply.',
      time: '2025-06-11T10:00:00.000Z',
      permalink: 'https://lemmy.example/comment/107',
      depth: 2,
      parentId: 'comment-105',
    });
    // The comment itself (re-rendered) is found; a piece of its text is not a comment.
    expect(adapter.find(found[0]!)).toEqual(found);
    expect(adapter.find(found[0]!.querySelector('.md-div')!)).toEqual([]);
  });

  it('skips the "more replies" row and returns null for what is not a comment', () => {
    const doc = page();
    const url = new URL(PAGE_URL);
    const moreReplies = doc.querySelector('div.comment-node:not([id])')!;
    expect(moreReplies.textContent).toContain('2 more replies');
    expect(adapter.find(doc).includes(moreReplies)).toBe(false);
    expect(adapter.extract(moreReplies, url)).toBeNull();
    expect(adapter.extract(doc.body, url)).toBeNull();
    expect(adapter.extract(doc.querySelector('li.comment')!, url)).toBeNull();
  });

  it('detects lemmy-ui by its markers, not other pages', () => {
    expect(adapter.detect(page(), new URL(PAGE_URL))).toBe(true);
    const wordpress = fixture('generic/wordpress-html5.html');
    expect(adapter.detect(wordpress, new URL('https://trail.example/p'))).toBe(false);
    expect(adapter.find(wordpress)).toEqual([]);
  });
});
