import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/sites/facebook';
import type { ControlLocator } from '../../../lib/sites/types';
import { expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const POST_URL =
  'https://www.facebook.com/trailheadcycling/posts/pfbid02kXw7QhN8vT3mLr5sYcPq1Zb9aJ6dGe4fHuR2nWxK7tLm';
const MOBILE_URL = 'https://m.facebook.com/story.php?story_fbid=4191173794300375&id=119240841493711';

const www = (): Document => fixture('facebook/www-post-comments-2025.html');
const html = (markup: string): Document =>
  parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as Document;

/** What a native locator finds for a comment element. */
function control(locator: ControlLocator | undefined, el: Element): Element | null {
  if (locator === undefined) return null;
  if (typeof locator === 'function') return locator(el);
  return el.matches(locator) ? el : el.querySelector(locator);
}

const native = facebookAdapter.native;

/** The comment article whose label starts with `label`. */
function article(doc: Document, label: string): Element {
  const found = [...doc.querySelectorAll('[role="article"]')].find((el) =>
    (el.getAttribute('aria-label') ?? '').startsWith(label),
  );
  if (!found) throw new Error(`no article labelled ${label}`);
  return found;
}

describe('facebookAdapter on www.facebook.com (hand-written 2025 fixture)', () => {
  it('reads every comment and reply, with ids, permalinks and thread positions', () => {
    const comments = extractAll(facebookAdapter, www(), POST_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: '1203948576123001',
        author: { name: 'Amélie Durand', profileUrl: 'https://www.facebook.com/amelie.durand.42' },
        text: 'Count me in! 🚴‍♀️ Route map: routes.example/sat-60\nIs the café stop still at km 35?',
        permalink: `${POST_URL}?comment_id=1203948576123001`,
        depth: 0,
      },
      {
        id: '1203948576123002',
        author: { name: 'Jonas Berg', profileUrl: 'https://www.facebook.com/profile.php?id=100004567890123' },
        // The mention of the parent's author is part of the reply as written.
        text: 'Amélie Durand yes, same café. They open at 10.',
        permalink: `${POST_URL}?comment_id=1203948576123001&reply_comment_id=1203948576123002`,
        depth: 1,
        parentId: '1203948576123001',
      },
      {
        // The timestamp link names this reply by its base64 id ("comment:POST_COMMENT").
        id: '1203948576123003',
        author: { name: 'Amélie Durand', profileUrl: 'https://www.facebook.com/amelie.durand.42' },
        text: 'Perfect, see you there 😄',
        permalink: `${POST_URL}?comment_id=Y29tbWVudDoxMDI5Mzg0NzU2MTAyOTM4XzEyMDM5NDg1NzYxMjMwMDM%3D`,
        depth: 2,
        parentId: '1203948576123002',
      },
      {
        // A deleted account: Facebook's placeholder name without a link is no name.
        id: '1203948576123004',
        author: { name: '' },
        text: 'Is the route gravel or road?',
        permalink: `${POST_URL}?comment_id=1203948576123004`,
        depth: 0,
      },
      {
        id: '1203948576123005',
        author: { name: '<img src=x onerror=alert(1)>' },
        text: 'Free bikes <script>alert(2)</script> claim here',
        permalink: `${POST_URL}?comment_id=1203948576123005`,
        depth: 0,
      },
      {
        id: '1203948576123006',
        author: { name: 'Trailhead Cycling Club', profileUrl: 'https://www.facebook.com/trailheadcycling' },
        // Neither the "Author" badge, the "See more" toggle nor the "Edited" label is text.
        text: 'Road all the way, 28 mm tyres are fine.\nBring lights: we are back after sunset.',
        permalink: `${POST_URL}?comment_id=Y29tbWVudDoxMDI5Mzg0NzU2MTAyOTM4XzEyMDM5NDg1NzYxMjMwMDY%3D`,
        depth: 0,
      },
    ]);
  });

  it('gives no time for relative timestamps ("2d") and the same ids on a second parse', () => {
    const first = extractAll(facebookAdapter, www(), POST_URL);
    expect(first.every((comment) => comment.time === undefined)).toBe(true);
    expect(extractAll(facebookAdapter, www(), POST_URL).map((comment) => comment.id)).toEqual(
      first.map((comment) => comment.id),
    );
  });

  it('finds the Like toggle of the comment itself, never the post’s nor a reply’s, and reads its state', () => {
    const doc = www();
    const amelie = article(doc, 'Comment by Amélie Durand');
    const jonas = article(doc, 'Reply by Jonas Berg');
    const like = control(native.like, amelie);
    expect(like?.getAttribute('aria-label')).toBe('Like');
    expect(like?.closest('[role="article"]')).toBe(amelie);
    expect(native.liked?.(like as Element)).toBe(false);
    const pressed = control(native.like, jonas);
    expect(pressed?.getAttribute('aria-label')).toBe('Remove Like');
    expect(native.liked?.(pressed as Element)).toBe(true);
    // The post's own Like (outside every comment) is never returned.
    const postLike = doc.querySelector('.post-actions [aria-label="Like"]');
    for (const el of facebookAdapter.find(doc)) expect(control(native.like, el)).not.toBe(postLike);
  });

  it('finds Reply, and the thread’s Lexical reply box once open', () => {
    const doc = www();
    const amelie = article(doc, 'Comment by Amélie Durand');
    const reply = control(native.reply, amelie);
    expect(reply?.textContent?.trim()).toBe('Reply');
    expect(reply?.closest('[role="article"]')).toBe(amelie);
    for (const label of ['Comment by Amélie Durand', 'Reply by Jonas Berg', 'Reply by Amélie Durand']) {
      expect(control(native.editor, article(doc, label))?.getAttribute('aria-label')).toBe(
        'Reply to Jonas Berg',
      );
    }
    // No reply box is open in the other threads: the post's "Write a comment…" box is not one.
    expect(control(native.editor, article(doc, 'Comment by Facebook user'))).toBeNull();
    expect(control(native.editor, article(doc, 'Comment by Trailhead'))).toBeNull();
  });

  it('says why remove and report have no locator', () => {
    expect(native.remove).toBeUndefined();
    expect(native.report).toBeUndefined();
    expect(native.missing?.remove).toMatch(/menu/);
    expect(native.missing?.report).toMatch(/menu/);
  });

  it('puts the bar after the comment’s own action row, above its replies', () => {
    const doc = www();
    const amelie = article(doc, 'Comment by Amélie Durand');
    const placement = facebookAdapter.placeBar(amelie);
    expect(placement.position).toBe('afterend');
    expect(placement.node.tagName).toBe('UL');
    expect(placement.node.closest('[role="article"]')).toBe(amelie);
    expect(placement.node.contains(control(native.like, amelie))).toBe(true);
  });

  it('finds comments in an added subtree and a comment added later', () => {
    const doc = www();
    const thread = article(doc, 'Comment by Trailhead').parentElement as Element;
    expect(facebookAdapter.find(thread)).toEqual([article(doc, 'Comment by Trailhead')]);
    const amelie = article(doc, 'Comment by Amélie Durand');
    expect(facebookAdapter.find(amelie)).toHaveLength(3);
    expect(facebookAdapter.find(amelie.querySelector('div[dir="auto"]') as Element)).toEqual([]);

    const late = doc.createElement('div');
    late.setAttribute('role', 'article');
    late.setAttribute('aria-label', 'Reply by Noor Haddad to Trailhead Cycling Club’s comment 1 minute ago');
    late.innerHTML =
      '<a href="https://www.facebook.com/noor.haddad?comment_id=1203948576123099" role="link"><span dir="auto">Noor Haddad</span></a>' +
      '<div dir="auto">Lights packed.</div>' +
      `<a href="${POST_URL}?comment_id=1203948576123006&amp;reply_comment_id=1203948576123099" role="link">1m</a>`;
    article(doc, 'Comment by Trailhead').append(late);
    expect(facebookAdapter.find(late)).toEqual([late]);
    expect(facebookAdapter.extract(late, new URL(POST_URL))).toEqual({
      id: '1203948576123099',
      author: { name: 'Noor Haddad', profileUrl: 'https://www.facebook.com/noor.haddad' },
      text: 'Lights packed.',
      permalink: `${POST_URL}?comment_id=1203948576123006&reply_comment_id=1203948576123099`,
      depth: 1,
      parentId: '1203948576123006',
    });
  });

  it('keeps hostile content as text and never returns a script link', () => {
    const doc = www();
    const before = doc.documentElement.outerHTML;
    const hostile = facebookAdapter.extract(article(doc, 'Comment by <img'), new URL(POST_URL));
    expect(hostile?.author).toEqual({ name: '<img src=x onerror=alert(1)>' });
    expect(hostile?.text).toBe('Free bikes <script>alert(2)</script> claim here');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null for articles that are not comments and for empty stubs', () => {
    const doc = www();
    const url = new URL(POST_URL);
    expect(facebookAdapter.extract(doc.querySelector('[aria-posinset="1"]') as Element, url)).toBeNull();
    expect(facebookAdapter.extract(doc.body, url)).toBeNull();
    const stub = html('<div role="article" aria-label="Comment by Someone 1 hour ago"><div></div></div>');
    const empty = stub.querySelector('[role="article"]') as Element;
    expect(facebookAdapter.find(stub)).toEqual([empty]);
    expect(facebookAdapter.extract(empty, url)).toBeNull();
  });

  it('reads the French interface', () => {
    const doc = html(`
      <div role="article" aria-label="Commentaire de Léa Martin il y a 3 jours">
        <a href="https://www.facebook.com/lea.martin?comment_id=555&amp;__cft__[0]=AZ" role="link"><span dir="auto">Léa Martin</span></a>
        <span dir="auto" lang="fr-FR"><div dir="auto">Départ à 8 h ?</div></span>
        <ul>
          <li><a href="https://www.facebook.com/velo.club/posts/pfbid0Ab?comment_id=555&amp;__cft__[0]=AZ" role="link">3 j</a></li>
          <li><div aria-label="J’aime" role="button"><span>J’aime</span></div></li>
          <li><div role="button"><span>Répondre</span></div></li>
        </ul>
        <div role="article" aria-label="Réponse de Hugo Petit au commentaire de Léa Martin il y a 2 jours">
          <a href="https://www.facebook.com/hugo.petit?comment_id=556" role="link"><span dir="auto">Hugo Petit</span></a>
          <div dir="auto">Oui, 8 h pile.</div>
          <ul>
            <li><a href="https://www.facebook.com/velo.club/posts/pfbid0Ab?comment_id=555&amp;reply_comment_id=556" role="link">2 j</a></li>
            <li><div aria-label="Retirer J’aime" aria-pressed="true" role="button"><span>J’aime</span></div></li>
            <li><div role="button"><span>Répondre</span></div></li>
          </ul>
          <div contenteditable="true" role="textbox" aria-label="Répondre à Hugo Petit"><p><br></p></div>
        </div>
      </div>`);
    const url = 'https://www.facebook.com/velo.club/posts/pfbid0Ab';
    const comments = extractAll(facebookAdapter, doc, url);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: '555',
        author: { name: 'Léa Martin', profileUrl: 'https://www.facebook.com/lea.martin' },
        text: 'Départ à 8 h ?',
        permalink: `${url}?comment_id=555`,
        depth: 0,
      },
      {
        id: '556',
        author: { name: 'Hugo Petit', profileUrl: 'https://www.facebook.com/hugo.petit' },
        text: 'Oui, 8 h pile.',
        permalink: `${url}?comment_id=555&reply_comment_id=556`,
        depth: 1,
        parentId: '555',
      },
    ]);
    const [lea, hugo] = facebookAdapter.find(doc) as [Element, Element];
    expect(native.liked?.(control(native.like, lea) as Element)).toBe(false);
    expect(native.liked?.(control(native.like, hugo) as Element)).toBe(true);
    expect(control(native.reply, hugo)?.textContent).toBe('Répondre');
    expect(control(native.editor, hugo)?.getAttribute('aria-label')).toBe('Répondre à Hugo Petit');
  });

  it('detects Facebook by host or canonical link, and nothing else', () => {
    expect(facebookAdapter.detect(www(), new URL(POST_URL))).toBe(true);
    expect(facebookAdapter.detect(html(''), new URL('https://web.facebook.com/groups/1/posts/2'))).toBe(true);
    expect(facebookAdapter.detect(www(), new URL('file:///saved/post.html'))).toBe(true);
    const blog = fixture('generic/wordpress-html5.html');
    expect(facebookAdapter.detect(blog, new URL('https://trail.example/p'))).toBe(false);
    expect(facebookAdapter.find(blog)).toEqual([]);
  });
});

/**
 * What the page's BigPipe script does in a browser: m.facebook.com ships the story and its comments
 * as markup inside `<div class="hidden_elem"><code><!-- … --></code></div>` and moves it into the
 * page once loaded. A saved response therefore holds its comments in an HTML comment.
 */
function renderBigPipe(doc: Document): Document {
  facebookAdapter.prepareSavedPage?.(doc);
  return doc;
}

describe('facebookAdapter mobile controls', () => {
  it('reads a pressed mobile Like from its data-store', () => {
    const doc = html(
      '<a data-store="{&quot;feedbackTarget&quot;:&quot;1_2&quot;,&quot;isComment&quot;:true,&quot;reaction&quot;:1}" href="/a/comment.php?viewer_reaction=1">Like</a>',
    );
    expect(native.liked?.(doc.querySelector('a') as Element)).toBe(true);
  });
});

if (!realPagesAvailable)
  console.warn('Skipping the Facebook real-page tests: ../shared/fixtures/real-pages is missing.');

describe.runIf(realPagesAvailable)('facebookAdapter on m.facebook.com (real 2021 story page)', () => {
  const PAGE = 'facebook/m-facebook-story-nintendo-2021.html';
  const mobile = (): Document => renderBigPipe(realPage(PAGE));

  it('finds nothing before BigPipe ran: the comments are still inside an HTML comment', () => {
    expect(facebookAdapter.find(realPage(PAGE))).toEqual([]);
  });

  it('reads the 30 comments with their authors', () => {
    // Counted in the raw file: 30 `data-sigil="comment"` (and 30 `data-commentid=` bodies), all in the
    // BigPipe payload; the 9 "replied · 2 replies" rows are links to replies not loaded, not comments.
    const comments = extractAll(facebookAdapter, mobile(), MOBILE_URL);
    expectSane(comments);
    expect(comments.map((comment) => comment.author.name)).toEqual([
      'Nintendo',
      'Victor Hirshfield',
      'Chris Cootware',
      'Marc-André Dion',
      'Matthew L. Ryan',
      'Tyler Gage',
      'Preston McAlhany',
      'Christian Chisolm',
      'Mila Vila',
      'Kelsey Jean Longnecker',
      'Jacob Peden',
      'Nolan Tashjian',
      'David Fadeley',
      'Vinny Fazio',
      'Jayson Lopez',
      'Kevin Corrales',
      'Louis Konakci',
      'Daniel Evans',
      'Skye Griffis',
      'Graham Holcomb',
      'Jordan Buckner',
      'Darian Hoffman',
      'Madeline Kraemer',
      'Tyler Decker',
      'Joshua Ruppert',
      'Corbin Fevang',
      'Elisabeth Skystone',
      'Joseph Cuevas',
      'Spencer Hackett',
      'Chad Daccache',
    ]);
    // Replies were not loaded: every comment is top level. Times are relative ("last Thu").
    expect(comments.every((comment) => comment.depth === 0 && comment.parentId === undefined)).toBe(true);
    expect(comments.every((comment) => comment.time === undefined)).toBe(true);
    expect(
      comments.every(
        (comment) =>
          /^\d{16}$/.test(comment.id) && comment.permalink === `${MOBILE_URL}&comment_id=${comment.id}`,
      ),
    ).toBe(true);
  });

  it('reads texts without badges, attachments or controls', () => {
    const comments = extractAll(facebookAdapter, mobile(), MOBILE_URL);
    // The page's own comment: neither its "Author" badge nor its video's "Play Video" label.
    expect(comments[0]).toEqual({
      id: '4192127297538358',
      author: { name: 'Nintendo', profileUrl: 'https://m.facebook.com/Nintendo/' },
      text:
        'The results are in! See if your answer made it on the charts. (If you haven’t answered already, ' +
        'comment now before you start the video! Which enemy from a Nintendo game are you most scared of?)',
      permalink: `${MOBILE_URL}&comment_id=4192127297538358`,
      depth: 0,
    });
    expect(comments[1]?.author.profileUrl).toBe('https://m.facebook.com/victor.hirshfield.3');
    expect(comments[3]?.text).toBe(
      "The piano from Super Mario 64.\nIf this thing didn't scared you the first time, I'll likely not trust you.",
    );
    expect(
      comments
        .find((comment) => comment.id === '4191205470963874')
        ?.text.endsWith('never want to touch that game again 😂'),
    ).toBe(true);
    expect(comments.some((comment) => /\b(?:Like|Reply|More)$/.test(comment.text))).toBe(false);
  });

  it('finds the mobile Like and Reply links and puts the bar after the action row', () => {
    const doc = mobile();
    const el = facebookAdapter.find(doc)[1] as Element;
    const like = control(native.like, el);
    expect(like?.textContent).toBe('Like');
    expect(like?.getAttribute('href')).toContain('reaction_comment_id=4191460680938353');
    expect(native.liked?.(like as Element)).toBe(false);
    const reply = control(native.reply, el);
    expect(reply?.textContent).toBe('Reply');
    expect(reply?.getAttribute('href')).toContain(
      '/comment/replies/?ctoken=4191173794300375_4191460680938353',
    );
    // The inline reply box loads into its placeholder only after Reply was pressed.
    expect(control(native.editor, el)).toBeNull();
    const placement = facebookAdapter.placeBar(el);
    expect(placement).toEqual({ node: like?.parentElement, position: 'afterend' });
    expect(placement.node.getAttribute('data-sigil')).toBe('ufi-inline-comment-actions');
  });

  it('detects the page by host, and by its canonical link when saved', () => {
    expect(facebookAdapter.detect(mobile(), new URL(MOBILE_URL))).toBe(true);
    expect(facebookAdapter.detect(mobile(), new URL('https://archive.example/fb.html'))).toBe(true);
  });
});
