import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flarumAdapter } from '../../../lib/sites/flarum';
import { genericAdapter } from '../../../lib/sites/generic';
import type { ControlLocator } from '../../../lib/sites/types';
import { expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const discussionUrl = 'https://forum.example/d/42-tubeless-tyres-at-low-pressure';
const url = new URL(discussionUrl);
const page = (): Document => fixture('flarum/discussion-2025.html');
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null =>
  typeof locator === 'function' ? locator(comment) : locator ? comment.querySelector(locator) : null;
/** The post element of the stream item with that post id. */
const post = (doc: Document, id: number): Element => {
  const el = doc.querySelector(`.PostStream-item[data-id="${id}"] > article`);
  if (!el) throw new Error(`no post ${id} in the fixture`);
  return el;
};

const EXPECTED = [
  {
    id: '201',
    author: { name: 'Ana Lima', handle: 'ana', profileUrl: 'https://forum.example/u/ana' },
    text: 'Has anyone run tubeless at 1.4 bar on rocky trails?\nMine burped twice on the last descent.',
    time: '2025-03-01T09:15:00.000Z',
    permalink: 'https://forum.example/d/42-tubeless-tyres-at-low-pressure/1',
  },
  {
    id: '202',
    author: { name: 'Ben Okafor', handle: 'benok', profileUrl: 'https://forum.example/u/benok' },
    // The quote of post 1 is not Ben's text; the emoji is, from its picture's alt.
    text: 'Try 1.6 bar 🙂 and a tyre insert.',
    time: '2025-03-01T10:02:00.000Z',
    permalink: 'https://forum.example/d/42-tubeless-tyres-at-low-pressure/2',
  },
  {
    // A deleted account: Flarum shows "[deleted]" without a profile link, which is no name.
    id: '204',
    author: { name: '' },
    text: 'Inserts saved my rims last summer.',
    time: '2025-03-03T18:30:00.000Z',
    // The permalink input carries no value here: built from the discussion URL and the post number.
    permalink: 'https://forum.example/d/42-tubeless-tyres-at-low-pressure/4',
  },
  {
    id: '206',
    author: {
      name: '<b onmouseover=alert(1)>Mallory',
      handle: 'mallory',
      profileUrl: 'https://forum.example/u/mallory',
    },
    text: 'Free pumps <script>alert(3)</script>\nClaim yours today.',
    time: '2025-03-05T21:45:00.000Z',
    // The dropdown's `javascript:` permalink is refused; the built one stands.
    permalink: 'https://forum.example/d/42-tubeless-tyres-at-low-pressure/6',
  },
];

describe('flarumAdapter', () => {
  it('describes itself as self-hosted software chosen by detect', () => {
    expect(flarumAdapter).toMatchObject({ id: 'flarum', label: 'Flarum', matches: [] });
    for (const path of flarumAdapter.fixtures) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('detects Flarum by its boot markup and nothing else', () => {
    expect(flarumAdapter.detect(page(), url)).toBe(true);
    for (const path of [
      'generic/wordpress-html5.html',
      'generic/forum-xenforo.html',
      'generic/forum-phpbb3.html',
      'generic/forum-phpbb2.html',
      'generic/forum-vbulletin.html',
      'generic/forum-mybb.html',
      'generic/microdata.html',
    ]) {
      expect(flarumAdapter.detect(fixture(path), url)).toBe(false);
    }
  });

  it('reads comment posts; hidden posts, events, placeholders and the crawler copy are not comments', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const found = flarumAdapter.find(doc);
    expect(found.map((el) => el.parentElement?.getAttribute('data-id'))).toEqual([
      '201',
      '202',
      '204',
      '206',
    ]);
    const comments = extractAll(flarumAdapter, doc, discussionUrl);
    expectSane(comments);
    expect(comments).toEqual(EXPECTED);
    // Hostile text stays text and nothing in the page changed.
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(flarumAdapter.extract(post(doc, 205), url)).toBeNull();
    expect(flarumAdapter.extract(post(doc, 203), url)).toBeNull();
    expect(flarumAdapter.extract(doc.querySelector('.ReplyPlaceholder')!, url)).toBeNull();
    expect(flarumAdapter.extract(doc.body, url)).toBeNull();
  });

  it('builds permalinks from the page URL, whatever post it points at and under a base path', () => {
    const doc = page();
    const deletedAuthor = post(doc, 204);
    expect(flarumAdapter.extract(deletedAuthor, new URL(`${discussionUrl}/6`))?.permalink).toBe(
      `${discussionUrl}/4`,
    );
    expect(
      flarumAdapter.extract(deletedAuthor, new URL('https://example.org/community/d/42-tubeless?near=2'))
        ?.permalink,
    ).toBe('https://example.org/community/d/42-tubeless/4');
    // Not a discussion URL (a user's page): no permalink rather than a wrong one.
    expect(
      flarumAdapter.extract(deletedAuthor, new URL('https://forum.example/u/ana'))?.permalink,
    ).toBeUndefined();
  });

  it('places the bar right under the post body, above the actions', () => {
    const first = post(page(), 201);
    expect(flarumAdapter.placeBar(first)).toEqual({
      node: first.querySelector('.Post-body'),
      position: 'afterend',
    });
  });

  it('finds a post the stream draws later, from its stream item or the post itself', () => {
    const doc = page();
    const item = doc.createElement('div');
    item.className = 'PostStream-item';
    item.setAttribute('data-number', '7');
    item.setAttribute('data-id', '207');
    item.setAttribute('data-type', 'comment');
    const drawn = post(doc, 201).cloneNode(true) as Element;
    drawn.querySelector('.username')!.textContent = 'Sam Reyes';
    drawn.querySelector('.PostUser-name a')!.setAttribute('href', '/u/sam');
    drawn.querySelector('.Post-body')!.textContent = 'Same tyres, 1.8 bar, no burps.';
    drawn.querySelector('.PostMeta-permalink')!.setAttribute('value', `${discussionUrl}/7`);
    item.append(drawn);
    doc.querySelector('.PostStream-item[data-index="6"]')!.replaceWith(item);
    expect(flarumAdapter.find(item)).toEqual([drawn]);
    expect(flarumAdapter.find(drawn)).toEqual([drawn]);
    expect(flarumAdapter.find(doc)).toHaveLength(5);
    expect(flarumAdapter.extract(drawn, url)).toMatchObject({
      id: '207',
      author: { name: 'Sam Reyes', handle: 'sam' },
      text: 'Same tyres, 1.8 bar, no burps.',
      permalink: `${discussionUrl}/7`,
    });
    expect(flarumAdapter.find(drawn.querySelector('.Post-body')!)).toEqual([]);
  });

  it('is part of the generic adapter, which reads the same posts', () => {
    const doc = page();
    expect(genericAdapter.find(doc)).toEqual(flarumAdapter.find(doc));
    expect(extractAll(genericAdapter, doc, discussionUrl)).toEqual(EXPECTED);
  });
});

describe('flarumAdapter native controls', () => {
  const { native } = flarumAdapter;
  const doc = page();

  it('likes with the likes extension’s button and reads "Unlike" as pressed', () => {
    const like = locate(native.like, post(doc, 201));
    expect(like?.closest('li')?.className).toBe('item-like');
    expect(native.liked!(like!)).toBe(false);
    expect(native.liked!(locate(native.like, post(doc, 202))!)).toBe(true);
  });

  it('replies through the mentions extension into the composer', () => {
    const reply = locate(native.reply, post(doc, 201));
    expect(reply?.closest('li')?.className).toBe('item-reply');
    expect(reply?.textContent?.trim()).toBe('Reply');
    expect(locate(native.editor, post(doc, 201))?.matches('textarea.TextEditor-editor')).toBe(true);
  });

  it('flags and deletes from the post’s controls menu when offered', () => {
    const first = post(doc, 201);
    expect(locate(native.report, first)?.textContent?.trim()).toBe('Flag');
    expect(locate(native.remove, first)?.textContent?.trim()).toBe('Delete');
    // Ben's own post: no flag; the author may delete it.
    expect(locate(native.report, post(doc, 202))).toBeNull();
    expect(locate(native.remove, post(doc, 202))?.textContent?.trim()).toBe('Delete');
    // A member's view: neither.
    expect(locate(native.report, post(doc, 204))).toBeNull();
    expect(locate(native.remove, post(doc, 204))).toBeNull();
  });

  it('declares every step', () => {
    expect(native.missing).toBeUndefined();
  });
});

describe.runIf(realPagesAvailable)('flarumAdapter on real pages (../shared/fixtures/real-pages)', () => {
  it.each([
    'wordpress/netzpolitik-2016-wp-html5-comments.html',
    'xenforo/katzen-forum-xf2-thread.html',
    'phpbb/flyaway-phpbb2-subsilver-2005-15posts.html',
    'discourse/meta-discourse-2.4-crawler-view-onebox.html',
    'stackexchange/english-se-q250245-2017.html',
    'github/github-issue-react-viewer-2025-defuddle56.html',
  ])('finds no Flarum on %s (no real Flarum page exists here)', (path) => {
    const doc = realPage(path);
    expect(flarumAdapter.detect(doc, new URL('https://forum.example/d/1'))).toBe(false);
    expect(flarumAdapter.find(doc)).toEqual([]);
  });
});
