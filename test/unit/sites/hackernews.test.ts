import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { hackerNewsAdapter } from '../../../lib/sites/hackernews';
import type { ControlLocator } from '../../../lib/sites/types';
import {
  expectSane,
  extractAll as extractWith,
  fixture as fixtureAt,
  REAL_PAGES,
  realPage,
  realPagesAvailable,
} from './helpers';

const THREAD_URL = 'https://news.ycombinator.com/item?id=44800001';
const fixture = (name: string): Document => fixtureAt(`hackernews/${name}`);
const extractAll = (doc: Document, url: string): Comment[] => extractWith(hackerNewsAdapter, doc, url);
const row = (doc: Document, id: string): Element => {
  // The collapse toggle `a.togg` repeats the row's id, so look the row up by tag.
  const el = doc.querySelector(`tr[id="${id}"]`);
  if (!el) throw new Error(`no row ${id} in the fixture`);
  return el;
};
const locate = (locator: ControlLocator | undefined, comment: Element): Element | null => {
  if (locator === undefined) return null;
  return typeof locator === 'string' ? comment.querySelector(locator) : locator(comment);
};
const { native } = hackerNewsAdapter;

describe('hackerNewsAdapter on hand-written 2025 pages', () => {
  it('describes itself', () => {
    expect(hackerNewsAdapter.id).toBe('hackernews');
    expect(hackerNewsAdapter.label).toBe('Hacker News');
    expect(hackerNewsAdapter.matches).toEqual(['https://news.ycombinator.com/*']);
    for (const path of hackerNewsAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('detects Hacker News by its host only', () => {
    expect(hackerNewsAdapter.detect(fixture('current-2025.html'), new URL(THREAD_URL))).toBe(true);
    const blog = fixtureAt('generic/wordpress-html5.html');
    expect(hackerNewsAdapter.detect(blog, new URL('https://trail.example/p'))).toBe(false);
    expect(hackerNewsAdapter.find(blog)).toEqual([]);
  });

  it('reads a thread: ids, authors, UTC times, permalinks, depth and parents', () => {
    const comments = extractAll(fixture('current-2025.html'), THREAD_URL);
    expectSane(comments);
    const user = (name: string) => ({ name, profileUrl: `https://news.ycombinator.com/user?id=${name}` });
    const item = (id: string) => `https://news.ycombinator.com/item?id=${id}`;
    expect(comments).toEqual([
      {
        id: '44800101',
        author: user('ana_l'),
        text:
          'Mine lasted four nights on eco mode. 🔦 Specs: https://lumen.example/specs\n' +
          '> survives a week of camping\nCarry a spare cell and it will.',
        time: '2025-08-05T21:13:25.000Z',
        permalink: item('44800101'),
        depth: 0,
      },
      {
        id: '44800102',
        author: user('benok'),
        text: 'Did you use eco mode the whole time?',
        time: '2025-08-05T21:40:02.000Z',
        permalink: item('44800102'),
        depth: 1,
        parentId: '44800101',
      },
      {
        id: '44800103',
        author: user('lumen'),
        // cleanText collapses the code block's spacing.
        text: 'Yes, eco the whole time.\nruntime = 96 h\noutput = 40 lm\nThat is what the box says too.',
        time: '2025-08-05T22:55:10.000Z',
        permalink: item('44800103'),
        depth: 2,
        parentId: '44800102',
      },
      // Deleted: HN keeps the row for its replies, without the author.
      {
        id: '44800104',
        author: { name: '' },
        text: '[deleted]',
        time: '2025-08-05T19:02:44.000Z',
        permalink: item('44800104'),
        depth: 0,
      },
      {
        id: '44800105',
        author: user('chloe_m'),
        // The script element is dropped, escaped markup stays inert text, the javascript: link is text.
        text: 'Whatever they wrote, try <script>alert(1)</script> in the search box and this link.',
        time: '2025-08-05T19:30:00.000Z',
        permalink: item('44800105'),
        depth: 1,
        parentId: '44800104',
      },
      {
        id: '44800106',
        author: user('lampdeals'),
        text: '[flagged]',
        time: '2025-08-05T19:45:00.000Z',
        permalink: item('44800106'),
        depth: 0,
      },
      // Dead, shown because the visitor turned on showdead.
      {
        id: '44800107',
        author: user('cheaplamps'),
        text: 'Buy lamps at 90% off here.',
        time: '2025-08-05T20:00:00.000Z',
        permalink: item('44800107'),
        depth: 0,
      },
    ]);
  });

  it('leaves the story, its text and its form alone', () => {
    const doc = fixture('current-2025.html');
    expect(hackerNewsAdapter.find(doc).map((el) => el.id)).not.toContain('44800001');
    expect(hackerNewsAdapter.extract(row(doc, '44800001'), new URL(THREAD_URL))).toBeNull();
    expect(hackerNewsAdapter.extract(doc.body, new URL(THREAD_URL))).toBeNull();
  });

  it('puts the bar under the reply link', () => {
    const doc = fixture('current-2025.html');
    const placement = hackerNewsAdapter.placeBar(row(doc, '44800101'));
    expect(placement.position).toBe('afterend');
    expect(placement.node.className).toBe('reply');
    expect(placement.node.closest('tr.athing')).toBe(row(doc, '44800101'));
  });

  it('finds the upvote, never the downvote, and reads whether it was used', () => {
    const doc = fixture('current-2025.html');
    const like = locate(native.like, row(doc, '44800101'));
    expect(like?.id).toBe('up_44800101');
    expect(like?.getAttribute('href')).toContain('how=up');
    expect(native.liked?.(like!)).toBe(false);
    // After a vote HN hides the arrow and offers "unvote".
    const voted = locate(native.like, row(doc, '44800102'));
    expect(voted?.id).toBe('up_44800102');
    expect(native.liked?.(voted!)).toBe(true);
    // No arrow on one's own comment, nor on deleted and dead ones.
    for (const id of ['44800103', '44800104', '44800107'])
      expect(locate(native.like, row(doc, id))).toBeNull();
    for (const el of hackerNewsAdapter.find(doc)) {
      expect(locate(native.like, el)?.id ?? '').not.toMatch(/^down_/);
    }
  });

  it('finds the reply link, which opens the reply page, and its editor there', () => {
    const doc = fixture('current-2025.html');
    const reply = locate(native.reply, row(doc, '44800101'));
    expect(reply?.getAttribute('href')).toBe('reply?id=44800101&goto=item%3Fid%3D44800001%2344800101');
    expect(reply?.textContent).toBe('reply');
    expect(locate(native.reply, row(doc, '44800104'))).toBeNull();
    // The thread's own form answers the story, not the comment.
    expect(locate(native.editor, row(doc, '44800101'))).toBeNull();

    const page = fixture('comment-page-2025.html');
    const editor = locate(native.editor, row(page, '44800101'));
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(editor?.closest('form')?.querySelector('input[name="parent"]')?.getAttribute('value')).toBe(
      '44800101',
    );
  });

  it('finds flag on the comment page and delete on the visitor’s own comment only', () => {
    const thread = fixture('current-2025.html');
    // In a thread HN offers flag only behind the timestamp (the comment's page).
    expect(locate(native.report, row(thread, '44800101'))).toBeNull();
    expect(locate(native.remove, row(thread, '44800103'))?.getAttribute('href')).toBe(
      'delete-confirm?id=44800103&goto=item%3Fid%3D44800001%2344800103',
    );
    for (const id of ['44800101', '44800102', '44800104', '44800105']) {
      expect(locate(native.remove, row(thread, id))).toBeNull();
    }
    const page = fixture('comment-page-2025.html');
    expect(locate(native.report, row(page, '44800101'))?.getAttribute('href')).toBe(
      'flag?id=44800101&auth=dd44&goto=item%3Fid%3D44800101',
    );
    expect(native.missing).toBeUndefined();
  });

  it("threads a comment's own page under the comment on top", () => {
    const comments = extractAll(
      fixture('comment-page-2025.html'),
      'https://news.ycombinator.com/item?id=44800101',
    );
    expectSane(comments);
    expect(
      comments.map(({ id, author, text, depth, parentId }) => ({
        id,
        name: author.name,
        text,
        depth,
        parentId,
      })),
    ).toEqual([
      {
        id: '44800101',
        name: 'ana_l',
        text: 'Mine lasted four nights on eco mode.',
        depth: 0,
        parentId: undefined,
      },
      {
        id: '44800102',
        name: 'benok',
        text: 'Did you use eco mode the whole time?',
        depth: 1,
        parentId: '44800101',
      },
      { id: '44800103', name: 'lumen', text: 'Yes, eco the whole time.', depth: 2, parentId: '44800102' },
    ]);
  });

  it('finds a comment row added later, and nothing inside a row', () => {
    const doc = fixture('current-2025.html');
    const tree = doc.querySelector('table.comment-tree')!;
    expect(hackerNewsAdapter.find(tree)).toHaveLength(7);
    const added = row(doc, '44800102').cloneNode(true) as Element;
    added.id = '44800199';
    added.querySelector('a.hnuser')!.textContent = 'dora';
    added.querySelector('.commtext')!.textContent = 'Late answer.';
    added.querySelector('.age a')!.setAttribute('href', 'item?id=44800199');
    row(doc, '44800103').after(added);
    expect(hackerNewsAdapter.find(added)).toEqual([added]);
    expect(hackerNewsAdapter.extract(added, new URL(THREAD_URL))).toMatchObject({
      id: '44800199',
      author: { name: 'dora' },
      text: 'Late answer.',
      depth: 1,
      parentId: '44800101',
    });
    expect(hackerNewsAdapter.find(added.querySelector('td.default')!)).toEqual([]);
    expect(hackerNewsAdapter.find(doc)).toHaveLength(8);
  });
});

if (!realPagesAvailable) {
  console.warn(`Skipping the Hacker News real-page tests: ${REAL_PAGES} does not exist.`);
}

/**
 * Independent count: the authors in document order, read from the raw file with a regular
 * expression (one `user?id=` link per comment header), not through the DOM.
 */
function rawAuthors(path: string, header: RegExp): string[] {
  const html = readFileSync(`${REAL_PAGES}${path}`, 'utf8');
  return [...html.matchAll(header)].map((match) => match[1]!);
}

function depthCounts(comments: Comment[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { depth } of comments) counts[depth ?? -1] = (counts[depth ?? -1] ?? 0) + 1;
  return counts;
}

describe.runIf(realPagesAvailable)(
  'hackerNewsAdapter on real saved pages (../shared/fixtures/real-pages)',
  { timeout: 60_000 },
  () => {
    it('2023 thread (athing rows, span.commtext, indent attribute): 100 comments', () => {
      const path = 'hackernews/hn-ask-best-papers-2023.html';
      const url = 'https://news.ycombinator.com/item?id=36817231';
      const comments = extractAll(realPage(path), url);
      expectSane(comments);
      // `grep -c 'class="athing comtr"'` gives 100; the indent attributes give 58/26/11/3/2 per level.
      expect(comments).toHaveLength(100);
      expect(depthCounts(comments)).toEqual({ 0: 58, 1: 26, 2: 11, 3: 3, 4: 2 });
      const authors = rawAuthors(path, /<tr class="athing comtr" id="\d+">.*?class="hnuser">([^<]+)<\/a>/gs);
      expect(authors).toHaveLength(100);
      expect(comments.map((comment) => comment.author.name)).toEqual(authors);
      expect(new Set(authors).size).toBe(78);
      expect(authors.slice(0, 3)).toEqual(['PaulRobinson', 'cvwright', 'tnecniv']);
      for (const comment of comments) {
        expect(comment.id).toMatch(/^\d{8}$/);
        expect(comment.permalink).toBe(`https://news.ycombinator.com/item?id=${comment.id}`);
        expect(comment.author.profileUrl).toBe(`https://news.ycombinator.com/user?id=${comment.author.name}`);
        expect(comment.time).toMatch(/^2023-07-2\dT/);
        expect(comment.text).not.toMatch(/\breply$|\[–\]|\bnext\b \[/m);
        if (comment.depth) expect(comment.parentId).toMatch(/^\d{8}$/);
      }
      expect(comments[0]).toMatchObject({ id: '36818754', time: '2023-07-21T19:51:36.000Z', depth: 0 });
      expect(comments[0]!.text).toMatch(/^Claude Shannon's "A Mathematical Theory of Communication"\[1\]/);
      expect(comments[0]!.text).toMatch(
        /\n\[1\] https:\/\/people\.math\.harvard\.edu\/~ctm\/home\/text\/others\/shanno\.\.\.$/,
      );
      expect(comments[1]).toMatchObject({ id: '36821956', depth: 1, parentId: '36818754' });
      expect(comments[2]).toMatchObject({ id: '36823679', depth: 1, parentId: '36818754' });
      expect(comments.at(-1)).toEqual({
        id: '36819066',
        author: { name: 'femiagbabiaka', profileUrl: 'https://news.ycombinator.com/user?id=femiagbabiaka' },
        text:
          'Lisanne Bainbridge, Ironies of Automation. Especially timely now when every company is bolting a ' +
          'LLM onto the side of their software.',
        time: '2023-07-21T20:15:59.000Z',
        permalink: 'https://news.ycombinator.com/item?id=36819066',
        depth: 0,
      });
      // Every reply's parent is an earlier comment one level up.
      const byId = new Map(comments.map((comment) => [comment.id, comment]));
      for (const comment of comments.filter((reply) => reply.depth)) {
        expect(byId.get(comment.parentId!)?.depth).toBe(comment.depth! - 1);
      }
    });

    it('2012 thread (classic rows without ids, spacer widths, span.comment, prettified): 94 comments', () => {
      const path = 'hackernews/hn-2012-ask-prettified-newhackers.html';
      const url = 'https://news.ycombinator.com/item?id=4655144';
      const doc = realPage(path);
      const comments = extractAll(doc, url);
      expectSane(comments);
      // `grep -c 'class="comment"'` gives 94; the spacer widths 0/40/…/240 px give 39/24/12/8/6/3/2.
      expect(comments).toHaveLength(94);
      expect(depthCounts(comments)).toEqual({ 0: 39, 1: 24, 2: 12, 3: 8, 4: 6, 5: 3, 6: 2 });
      const authors = rawAuthors(path, /<span class="comhead">\s*<a href="user\?id=([^"]+)">/g);
      expect(authors).toHaveLength(94);
      expect(comments.map((comment) => comment.author.name)).toEqual(authors);
      expect(new Set(authors).size).toBe(72);
      for (const comment of comments) {
        expect(comment.id).toMatch(/^\d{7}$/);
        expect(comment.permalink).toBe(`https://news.ycombinator.com/item?id=${comment.id}`);
        // Only "11 days ago": no absolute time on the page.
        expect(comment.time).toBeUndefined();
        expect(comment.text).not.toMatch(/\breply$|^reply$/m);
      }
      expect(comments[0]).toMatchObject({
        id: '4655212',
        author: { name: 'kaisdavis', profileUrl: 'https://news.ycombinator.com/user?id=kaisdavis' },
        depth: 0,
      });
      // The `<pre><code>` list keeps its lines; the text ends before the reply link.
      expect(comments[0]!.text).toContain('* What sort of projects they work on\n');
      expect(comments[0]!.text).toMatch(
        /This gets me the positions I want working on the problems I want to solve\.$/,
      );
      expect(comments[1]).toMatchObject({
        id: '4655622',
        author: { name: 'asmithmd1' },
        depth: 1,
        parentId: '4655212',
      });
      expect(comments[3]).toMatchObject({
        id: '4657020',
        author: { name: 'hnriot' },
        depth: 3,
        parentId: '4655917',
      });
      expect(comments.at(-1)).toEqual({
        id: '4657418',
        author: { name: 'adrianwaj', profileUrl: 'https://news.ycombinator.com/user?id=adrianwaj' },
        text: "related question - if I wanted to, what'd be the best method to post tech job ads to my site http://hackerbra.in ?",
        permalink: 'https://news.ycombinator.com/item?id=4657418',
        depth: 0,
      });
      const like = locate(native.like, hackerNewsAdapter.find(doc)[0]!);
      expect(like?.id).toBe('up_4655212');
    });
  },
);
