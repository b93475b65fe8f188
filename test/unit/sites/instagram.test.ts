import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { instagramAdapter } from '../../../lib/sites/instagram';
import type { ControlLocator } from '../../../lib/sites/types';
import { expectSane, extractAll as extractWith, fixture as fixtureAt } from './helpers';

const POST_URL = 'https://www.instagram.com/p/DEmoTr4il01/';

const fixture = (): Document => fixtureAt('instagram/post-comments-2025.html');
const extractAll = (doc: Document, url = POST_URL): Comment[] => extractWith(instagramAdapter, doc, url);

/** The comment box found for the comment whose permalink ends with this id. */
function box(doc: Document, id: string): Element {
  const found = instagramAdapter.find(doc).find((el) => el.querySelector(`a[href$="/${id}/"] time`) !== null);
  if (!found) throw new Error(`no comment ${id} in the fixture`);
  return found;
}

function locate(locator: ControlLocator | undefined, comment: Element): Element | null {
  if (locator === undefined) throw new Error('no locator');
  return typeof locator === 'string' ? comment.querySelector(locator) : locator(comment);
}

describe('instagramAdapter on a hand-written 2025 post page', () => {
  it('describes itself', () => {
    expect(instagramAdapter.id).toBe('instagram');
    expect(instagramAdapter.label).toBe('Instagram');
    expect(instagramAdapter.matches).toEqual(['https://www.instagram.com/*']);
    for (const path of instagramAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads the comments and their replies, not the caption', () => {
    const comments = extractAll(fixture());
    expectSane(comments);
    // Three comments and the two shown replies of the first; the caption (its time links to the
    // post), the folded replies of the third comment and the "load more" rows are not comments.
    expect(
      comments.map(({ id, author, depth, parentId }) => ({ id, handle: author.handle, depth, parentId })),
    ).toEqual([
      { id: '17923456789012345', handle: 'nadia.trails', depth: 0, parentId: undefined },
      { id: '18034567890123456', handle: 'mara.q', depth: 1, parentId: '17923456789012345' },
      { id: '18034567890123457', handle: 'ben.ortiz', depth: 1, parentId: '17923456789012345' },
      { id: '17923456789012346', handle: 'ben.ortiz', depth: 0, parentId: undefined },
      { id: '17923456789012347', handle: 'chloe_m', depth: 0, parentId: undefined },
    ]);
    expect(comments[0]).toEqual({
      id: '17923456789012345',
      author: {
        name: 'nadia.trails',
        handle: 'nadia.trails',
        profileUrl: 'https://www.instagram.com/nadia.trails/',
      },
      // Mention and hashtag links are part of the text; "12 likes", "Reply" and the username are not.
      text: 'Gorgeous! Which boots? 🥾 @mara.q #winterhiking',
      time: '2025-01-13T15:10:00.000Z',
      permalink: 'https://www.instagram.com/p/DEmoTr4il01/c/17923456789012345/',
      depth: 0,
    });
    expect(comments[1]).toEqual({
      id: '18034567890123456',
      author: { name: 'mara.q', handle: 'mara.q', profileUrl: 'https://www.instagram.com/mara.q/' },
      // The "Author" badge beside the name is not text.
      text: '@nadia.trails Lowa Renegade, warm enough down to -15 °C.',
      time: '2025-01-13T16:00:00.000Z',
      permalink: 'https://www.instagram.com/p/DEmoTr4il01/c/17923456789012345/r/18034567890123456/',
      depth: 1,
      parentId: '17923456789012345',
    });
    // The "… more" expander of a long comment is a control, not text.
    expect(comments[4]!.text).toBe('Merci pour l’itinéraire ! On y va samedi');
    expect(comments.some((comment) => comment.text.includes('North loop'))).toBe(false);
  });

  it('keeps hostile markup inert: escaped tags stay text, scripts and javascript: links add nothing', () => {
    const ben = extractAll(fixture())[3]!;
    expect(ben.text).toBe('<img src=x onerror=alert(1)> looks cold see this & "that"');
    expect(ben.text).not.toContain('__rungPwned');
  });

  it('returns null for what is not a comment', () => {
    const doc = fixture();
    const url = new URL(POST_URL);
    const caption = doc.querySelector('h1')!.parentElement!.parentElement!;
    expect(instagramAdapter.find(caption)).toEqual([]);
    expect(instagramAdapter.extract(caption, url)).toBeNull();
    expect(instagramAdapter.extract(doc.body, url)).toBeNull();
    const nadia = box(doc, '17923456789012345');
    expect(instagramAdapter.extract(nadia.querySelector('span[style]')!, url)).toBeNull();
  });

  it('finds a comment added later, and nothing around or inside it', () => {
    const doc = fixture();
    const thread = box(doc, '17923456789012346').parentElement!.parentElement!;
    const added = thread.cloneNode(true) as Element;
    added.querySelector('time')!.closest('a')!.setAttribute('href', '/p/DEmoTr4il01/c/17923456789012348/');
    thread.after(added);
    const addedBox = instagramAdapter.find(added);
    expect(addedBox).toHaveLength(1);
    expect(instagramAdapter.find(addedBox[0]!)).toEqual(addedBox);
    expect(instagramAdapter.find(addedBox[0]!.querySelector('time')!.closest('span')!)).toEqual([]);
    expect(instagramAdapter.extract(addedBox[0]!, new URL(POST_URL))).toMatchObject({
      id: '17923456789012348',
      author: { handle: 'ben.ortiz' },
      depth: 0,
    });
    expect(instagramAdapter.find(doc)).toHaveLength(6);
  });

  it('gives an empty author name when the account is gone, and skips an empty row', () => {
    const doc = fixture();
    const chloe = box(doc, '17923456789012347');
    for (const link of chloe.querySelectorAll('a[href="/chloe_m/"]')) link.remove();
    expect(instagramAdapter.extract(chloe, new URL(POST_URL))).toEqual({
      id: '17923456789012347',
      author: { name: '' },
      text: 'Merci pour l’itinéraire ! On y va samedi',
      time: '2025-01-14T09:15:00.000Z',
      permalink: 'https://www.instagram.com/p/DEmoTr4il01/c/17923456789012347/',
      depth: 0,
    });
    chloe.querySelector('span[style], span.xeuugli')!.remove();
    expect(instagramAdapter.extract(chloe, new URL(POST_URL))).toBeNull();
  });

  it('places the bar at the end of the text column, not as a column of the row', () => {
    const doc = fixture();
    const nadia = box(doc, '17923456789012345');
    const column = nadia.querySelector('span[style]')!.parentElement!;
    expect(instagramAdapter.placeBar(nadia)).toEqual({ node: column, position: 'beforeend' });
  });

  it('locates the comment’s heart (never the post’s) and reads its pressed state', () => {
    const doc = fixture();
    const { like, liked } = instagramAdapter.native;
    const heart = locate(like, box(doc, '17923456789012345'))!;
    expect(heart.getAttribute('role')).toBe('button');
    expect(heart.querySelector('svg')?.getAttribute('aria-label')).toBe('Like');
    expect(heart.querySelector('svg')?.getAttribute('height')).toBe('12');
    expect(liked!(heart)).toBe(false);
    const pressed = locate(like, box(doc, '18034567890123456'))!;
    expect(liked!(pressed)).toBe(true);
  });

  it('locates "Reply" (not "Hide replies" or the likes count) and the post’s comment box', () => {
    const doc = fixture();
    const nadia = box(doc, '17923456789012345');
    const reply = locate(instagramAdapter.native.reply, nadia)!;
    expect(reply.textContent).toBe('Reply');
    expect(reply.getAttribute('role')).toBe('button');
    const editor = locate(instagramAdapter.native.editor, nadia)!;
    expect(editor.tagName).toBe('TEXTAREA');
    expect(editor.getAttribute('aria-label')).toBe('Add a comment…');
  });

  it('locates report and remove in the options dialog, else the options button', () => {
    const doc = fixture();
    const { remove, report } = instagramAdapter.native;
    const nadia = box(doc, '17923456789012345');
    expect(locate(report, nadia)?.textContent).toBe('Report');
    expect(locate(remove, nadia)?.textContent).toBe('Delete');
    doc.querySelector('[role="dialog"]')!.remove();
    const options = nadia.querySelector('svg[aria-label="Comment Options"]')!.closest('[role="button"]');
    expect(locate(report, nadia)).toBe(options);
    expect(locate(remove, nadia)).toBe(options);
    // The options button shows on hover only: none on the other rows of this page.
    expect(locate(report, box(doc, '17923456789012346'))).toBeNull();
  });

  it('detects Instagram by host, or by its page metadata on a saved copy; not an unrelated page', () => {
    expect(instagramAdapter.detect(fixture(), new URL(POST_URL))).toBe(true);
    expect(instagramAdapter.detect(fixture(), new URL('file:///home/me/post.html'))).toBe(true);
    const blog = fixtureAt('generic/wordpress-html5.html');
    expect(instagramAdapter.detect(blog, new URL('https://trail.example/2026/06/packing/'))).toBe(false);
    expect(instagramAdapter.find(blog)).toEqual([]);
  });

  it('gives the same ids on a second parse', () => {
    expect(extractAll(fixture()).map((comment) => comment.id)).toEqual(
      extractAll(fixture()).map((comment) => comment.id),
    );
  });

  it('reads the older list markup (2022–2023 builds) with the same anchors', () => {
    // Shape of the `ul._a9ym > div[role=button] > li` builds, reduced to what the rules use.
    const { document } = parseHTML(`<!doctype html><html><body><article><div><ul class="_a9z6 _a9za">
      <div role="button" class="_a9zr"><li class="_a9zj _a9zl"><div class="_a9zm"><div class="_a9zr">
        <h2 class="_a9zc"><a href="/mara.q/">mara.q</a></h2><h1 class="_aacl" dir="auto">Caption</h1>
        <time class="_a9ze" datetime="2022-10-01T09:00:00.000Z">3w</time></div></div></li></div>
      <ul class="_a9ym"><div role="button" class="_a9zj _a9zl"><li class="_a9zj _a9zl _a9z5"><div class="_a9zm">
        <div class="_a9zn _a9zo"><a href="/nadia.trails/"><img alt="nadia.trails's profile picture"></a></div>
        <div class="_a9zr"><h3 class="_a9zc"><div class="xt0psk2"><span class="xt0psk2"><a href="/nadia.trails/" role="link">nadia.trails</a></span></div></h3>
          <div class="_a9zs"><span class="_aacl _aaco _aacu _aacx _aad7 _aade" dir="auto">Lovely light.</span></div>
          <div class="_ab8w"><span class="_aaqe"><a class="_a9zg _a6hd" href="/p/CjOld01/c/17900000000000001/" role="link"><time class="_a9ze _a9zf" datetime="2022-10-01T10:00:00.000Z" title="Oct 1, 2022">2w</time></a></span>
            <button class="_a9ze" type="button"><div class="_a9zf">Reply</div></button></div></div>
        <span class="_a9zu"><button class="_abl-" type="button"><div class="_abm0 _abl_"><span class="_abm0"><svg aria-label="Like" height="12" width="12"></svg></span></div></button></span>
      </div></li></div>
      <li><ul class="_a9yo"><li><div class="_a9yp"><button class="_acan _acao _acas"><span class="_a9yr">View replies (1)</span></button></div></li></ul></li></ul>
    </ul></div><section><textarea aria-label="Add a comment…"></textarea></section></article></body></html>`);
    const doc = document as unknown as Document;
    const comments = extractAll(doc, 'https://www.instagram.com/p/CjOld01/');
    expect(comments).toEqual([
      {
        id: '17900000000000001',
        author: {
          name: 'nadia.trails',
          handle: 'nadia.trails',
          profileUrl: 'https://www.instagram.com/nadia.trails/',
        },
        text: 'Lovely light.',
        time: '2022-10-01T10:00:00.000Z',
        permalink: 'https://www.instagram.com/p/CjOld01/c/17900000000000001/',
        depth: 0,
      },
    ]);
    const [old] = instagramAdapter.find(doc);
    expect(locate(instagramAdapter.native.reply, old!)?.tagName).toBe('BUTTON');
    expect(
      locate(instagramAdapter.native.like, old!)?.querySelector('svg[aria-label="Like"]'),
    ).not.toBeNull();
  });
});
