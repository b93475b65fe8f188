import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import type { ControlLocator } from '../../../lib/sites/types';
import { xAdapter } from '../../../lib/sites/x';
import {
  expectSane,
  extractAll as extractWith,
  fixture as fixtureAt,
  REAL_PAGES,
  realPage,
  realPagesAvailable,
} from './helpers';

const STATUS_URL = 'https://x.com/maraquinn/status/1878812345678901234';
const LEGACY_URL = 'https://twitter.com/KingBeyonceStan/status/745276948213968896';
const LEGACY_PAGE = 'twitter/twitter-legacy-status-2016.html';

const fixture = (): Document => fixtureAt('x/status-replies-2025.html');
const extractAll = (doc: Document, url = STATUS_URL): Comment[] => extractWith(xAdapter, doc, url);

/** The post article whose status link carries this id. */
function tweet(doc: Document, id: string): Element {
  const link = doc.querySelector(`article[data-testid="tweet"] a[href$="/status/${id}"]`);
  const article = link?.closest('article[data-testid="tweet"]');
  if (!article) throw new Error(`no post ${id} in the fixture`);
  return article;
}

function legacyTweet(doc: Document, id: string): Element {
  const el = doc.querySelector(`div.tweet[data-tweet-id="${id}"]`);
  if (!el) throw new Error(`no tweet ${id} on the page`);
  return el;
}

function locate(locator: ControlLocator | undefined, comment: Element): Element | null {
  if (locator === undefined) throw new Error('no locator');
  return typeof locator === 'string' ? comment.querySelector(locator) : locator(comment);
}

describe('xAdapter on today’s X (hand-written 2025 status page)', () => {
  it('describes itself', () => {
    expect(xAdapter.id).toBe('x');
    expect(xAdapter.label).toBe('X (Twitter)');
    expect(xAdapter.matches).toEqual([
      'https://x.com/*',
      'https://twitter.com/*',
      'https://mobile.twitter.com/*',
      'https://mobile.x.com/*',
    ]);
    for (const path of xAdapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads every post of the conversation, the focal post included', () => {
    const comments = extractAll(fixture());
    // Six posts: the focal post, Ben (quoting @trailnotes), Chloé, Dan (media only), Lena, Mara again.
    // Not counted: the promoted "Ad" post, the quoted post inside Ben's, the deleted reply's
    // tombstone row, "Show more replies" and "Discover more" rows.
    expect(comments.map((comment) => comment.id)).toEqual([
      '1878812345678901234',
      '1878813000000000001',
      '1878813500000000002',
      '1878814000000000003',
      '1878815000000000004',
      '1878816000000000005',
    ]);
    // Dan's post is a photo without text; every other post must be sane, text included.
    expectSane(comments.filter((comment) => comment.id !== '1878814000000000003'));
    expect(comments[0]).toEqual({
      id: '1878812345678901234',
      author: { name: 'Mara Quinn', handle: 'maraquinn', profileUrl: 'https://x.com/maraquinn' },
      // X keeps line breaks as newline characters (pre-wrap); the emoji is a twemoji picture.
      text: 'North loop done in 6h, ice on the upper switchbacks.\nThanks for the tips, everyone 🙏',
      time: '2025-01-13T15:04:00.000Z',
      permalink: 'https://x.com/maraquinn/status/1878812345678901234',
    });
    expect(comments[5]).toMatchObject({
      author: { name: 'Mara Quinn', handle: 'maraquinn' },
      text: '@benortiz the same loop, yes. Go clockwise.',
    });
    expect(new Set(comments.map((comment) => comment.author.handle)).size).toBe(5);
    // X shows no thread structure a page could rely on: posts stay flat.
    expect(comments.every((comment) => comment.depth === undefined && comment.parentId === undefined)).toBe(
      true,
    );
  });

  it('keeps a quoted post out of the quoting post’s author and text', () => {
    const comments = extractAll(fixture());
    expect(comments[1]).toEqual({
      id: '1878813000000000001',
      author: { name: 'Ben Ortiz', handle: 'benortiz', profileUrl: 'https://x.com/benortiz' },
      text: 'Same route as this one? 👀',
      time: '2025-01-13T15:20:11.000Z',
      permalink: 'https://x.com/benortiz/status/1878813000000000001',
    });
    expect(comments.some((comment) => comment.text.includes('21 km'))).toBe(false);
  });

  it('reads the visible text of links and hashtags, not the "Replying to" line', () => {
    const chloe = extractAll(fixture())[2]!;
    expect(chloe.author).toEqual({
      name: 'Chloé Martin',
      handle: 'chloe_m',
      profileUrl: 'https://x.com/chloe_m',
    });
    expect(chloe.text).toBe('Yes! Map here: trailmaps.example/north\nBring microspikes. #hiking');
  });

  it('returns a media-only post with its author and an empty text', () => {
    expect(extractAll(fixture())[3]).toEqual({
      id: '1878814000000000003',
      author: { name: 'Dan 📷', handle: 'pixel_dan', profileUrl: 'https://x.com/pixel_dan' },
      text: '',
      time: '2025-01-13T17:45:00.000Z',
      permalink: 'https://x.com/pixel_dan/status/1878814000000000003',
    });
  });

  it('keeps hostile markup inert: escaped tags stay text, scripts and javascript: links add nothing', () => {
    const lena = extractAll(fixture())[4]!;
    expect(lena.author.name).toBe('Lena <b>Low</b>');
    expect(lena.text).toBe(`<script>alert('hi')</script> see my trail & "quotes"`);
    expect(lena.text).not.toContain('__rungPwned');
  });

  it('skips promoted posts, quoted posts and tombstones', () => {
    const doc = fixture();
    const ad = doc.querySelector('article a[href="/summitgear"]')!.closest('article')!;
    expect(xAdapter.find(doc).includes(ad)).toBe(false);
    expect(xAdapter.find(ad)).toEqual([]);
    expect(xAdapter.extract(ad, new URL(STATUS_URL))).toBeNull();
    const tombstone = [...doc.querySelectorAll('[data-testid="cellInnerDiv"]')].find((cell) =>
      cell.textContent?.includes('deleted by the post author'),
    )!;
    expect(xAdapter.find(tombstone)).toEqual([]);
    // A tracking wrapper around a post marks it promoted (pre-2023); one around a video inside a
    // post does not.
    const dan = tweet(doc, '1878814000000000003');
    dan.querySelector('[data-testid="tweetPhoto"]')!.innerHTML =
      '<div data-testid="placementTracking"><div data-testid="videoPlayer"></div></div>';
    expect(xAdapter.find(dan)).toEqual([dan]);
    const lena = tweet(doc, '1878815000000000004');
    const wrapper = doc.createElement('div');
    wrapper.setAttribute('data-testid', 'placementTracking');
    lena.replaceWith(wrapper);
    wrapper.append(lena);
    expect(xAdapter.find(wrapper)).toEqual([]);
    // A quote that an older build rendered as a nested article is not a post of its own.
    const outer = tweet(doc, '1878813000000000001');
    const nested = doc.createElement('article');
    nested.setAttribute('data-testid', 'tweet');
    outer.querySelector('div[role="link"]')!.append(nested);
    expect(xAdapter.find(outer)).toEqual([outer]);
    expect(xAdapter.extract(nested, new URL(STATUS_URL))).toBeNull();
  });

  it('finds a post added later, and nothing around or inside it', () => {
    const doc = fixture();
    const list = doc.querySelector('[aria-label="Timeline: Conversation"] > div')!;
    const cell = tweet(doc, '1878816000000000005').closest('[data-testid="cellInnerDiv"]')!;
    const added = cell.cloneNode(true) as Element;
    added.querySelector('time')!.closest('a')!.setAttribute('href', '/maraquinn/status/1878817000000000006');
    added.querySelector('[data-testid="tweetText"] > span')!.textContent = ' one more thing.';
    list.append(added);
    const article = added.querySelector('article')!;
    expect(xAdapter.find(added)).toEqual([article]);
    expect(xAdapter.find(article)).toEqual([article]);
    expect(xAdapter.find(article.querySelector('[data-testid="tweetText"]')!)).toEqual([]);
    expect(xAdapter.extract(article, new URL(STATUS_URL))).toMatchObject({
      id: '1878817000000000006',
      text: '@benortiz one more thing.',
      permalink: 'https://x.com/maraquinn/status/1878817000000000006',
    });
    expect(xAdapter.find(doc)).toHaveLength(7);
  });

  it('does not crash on a post without author links or text (a withheld account)', () => {
    const doc = fixture();
    const chloe = tweet(doc, '1878813500000000002');
    for (const link of chloe.querySelectorAll('[data-testid="User-Name"] a[href="/chloe_m"]')) link.remove();
    expect(xAdapter.extract(chloe, new URL(STATUS_URL))).toMatchObject({
      id: '1878813500000000002',
      author: { name: '' },
      text: 'Yes! Map here: trailmaps.example/north\nBring microspikes. #hiking',
    });
    chloe.querySelector('[data-testid="tweetText"]')!.remove();
    expect(xAdapter.extract(chloe, new URL(STATUS_URL))).toBeNull();
  });

  it('places the bar after the action row', () => {
    const doc = fixture();
    const ben = tweet(doc, '1878813000000000001');
    expect(xAdapter.placeBar(ben)).toEqual({
      node: ben.querySelector('[role="group"]'),
      position: 'afterend',
    });
  });

  it('locates the like control (pressed or not), never repost or bookmark', () => {
    const doc = fixture();
    const { like, liked } = xAdapter.native;
    const focal = locate(like, tweet(doc, '1878812345678901234'))!;
    expect(focal.getAttribute('data-testid')).toBe('unlike');
    expect(liked!(focal)).toBe(true);
    const ben = locate(like, tweet(doc, '1878813000000000001'))!;
    expect(ben.getAttribute('data-testid')).toBe('like');
    expect(ben.getAttribute('aria-label')).toBe('2 Likes. Like');
    expect(liked!(ben)).toBe(false);
  });

  it('locates reply and the reply dialog’s editor, not the inline box of the focal post', () => {
    const doc = fixture();
    const chloe = tweet(doc, '1878813500000000002');
    expect(locate(xAdapter.native.reply, chloe)?.getAttribute('aria-label')).toBe('0 Replies. Reply');
    const editor = locate(xAdapter.native.editor, chloe)!;
    expect(editor.getAttribute('contenteditable')).toBe('true');
    expect(editor.closest('[role="dialog"]')).not.toBeNull();
  });

  it('locates report and remove in the caret menu: the caret while closed, the item once open', () => {
    const doc = fixture();
    const { remove, report } = xAdapter.native;
    // Ben's menu is open: it offers "Report post" and no "Delete" (not the user's post).
    const ben = tweet(doc, '1878813000000000001');
    expect(locate(report, ben)?.textContent).toBe('Report post');
    expect(locate(remove, ben)).toBeNull();
    // Chloé's menu is closed: pressing the caret opens it.
    const chloe = tweet(doc, '1878813500000000002');
    const caret = chloe.querySelector('[data-testid="caret"]');
    expect(locate(report, chloe)).toBe(caret);
    expect(locate(remove, chloe)).toBe(caret);
    // The user's own post: once its menu is open, "Delete" is there.
    const own = tweet(doc, '1878816000000000005');
    own.querySelector('[data-testid="caret"]')!.setAttribute('aria-expanded', 'true');
    const menu = doc.querySelector('[data-testid="Dropdown"]')!;
    const item = doc.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.innerHTML = '<div dir="ltr"><span>Delete</span></div>';
    menu.prepend(item);
    expect(locate(remove, own)).toBe(item);
  });

  it('detects X by host, or by its markers on a saved copy; not an unrelated page', () => {
    expect(xAdapter.detect(fixture(), new URL(STATUS_URL))).toBe(true);
    expect(xAdapter.detect(fixture(), new URL('file:///home/me/saved.html'))).toBe(true);
    const blog = fixtureAt('generic/wordpress-html5.html');
    expect(xAdapter.detect(blog, new URL('https://trail.example/2026/06/packing/'))).toBe(false);
    expect(xAdapter.find(blog)).toEqual([]);
  });

  it('gives the same ids on a second parse', () => {
    expect(extractAll(fixture()).map((comment) => comment.id)).toEqual(
      extractAll(fixture()).map((comment) => comment.id),
    );
  });
});

if (!realPagesAvailable) {
  console.warn(`Skipping the X adapter's real-page tests: ${REAL_PAGES} does not exist.`);
}

describe.runIf(realPagesAvailable)('xAdapter on the legacy status page (twitter.com, 2016)', () => {
  const legacy = (): Document => realPage(LEGACY_PAGE);

  /*
   * The INDEX counts 11 replies; we assert 12 posts, the permalink tweet included. Counted
   * independently with `grep -o 'data-tweet-id="[0-9]*"' | sort -u`: 12 ids, each on one
   * `div.tweet`: 1 in `#ancestors` (the tweet the page's tweet answers), the `.permalink-tweet`
   * itself, 8 in the author's ThreadedConversation and 2 `ThreadedConversation--loneTweet`s. The
   * "11" is every tweet but the permalink one. The permalink tweet counts because on X every post
   * on the page is a post like the others, with the same like / reply / report controls, and the
   * same adapter runs on timelines where no post is "the main one".
   */
  it('reads 12 posts: the ancestor, the permalink tweet and 10 replies', () => {
    const comments = extractAll(legacy(), LEGACY_URL);
    expectSane(comments);
    expect(comments).toHaveLength(12);
    expect(comments.map((comment) => comment.author.handle)).toEqual([
      ...Array<string>(10).fill('KingBeyonceStan'),
      'LikeaStar1032',
      'PurelyIdle',
    ]);
    expect(new Set(comments.map((comment) => comment.author.name))).toEqual(
      new Set(['Lina Morgana', 'Naomi Shambles', 'Idle']),
    );
    expect(comments[1]).toEqual({
      id: '745276948213968896',
      author: {
        name: 'Lina Morgana',
        handle: 'KingBeyonceStan',
        profileUrl: 'https://twitter.com/KingBeyonceStan',
      },
      text: "Now before you write me off as bias I'm going to start out with one of my all time favorites. Like, I love her.",
      time: '2016-06-21T15:27:25.000Z',
      permalink: 'https://twitter.com/KingBeyonceStan/status/745276948213968896',
      depth: 1,
      parentId: '745085351287455744',
    });
    // Line breaks kept; the hidden pic.twitter.com link of the attached picture left out.
    expect(comments[2]!.text).toBe(
      "Amy Lee:\n-The first white woman I ever loved.\n-Hauntingly beautiful timbre\n-She doesn't have the range.",
    );
    // Mention and emoji picture (img.Emoji with alt) read as text.
    expect(comments[10]!.text).toBe(
      "@KingBeyonceStan I'm gonna use “she doesn't have the range” anytime somebody does too much with not enough 😂",
    );
    expect(comments[11]).toMatchObject({
      id: '745857012706189312',
      author: { name: 'Idle', handle: 'PurelyIdle', profileUrl: 'https://twitter.com/PurelyIdle' },
      text: '@KingBeyonceStan Brandi does not have the range',
      time: '2016-06-23T05:52:23.000Z',
      permalink: 'https://twitter.com/PurelyIdle/status/745857012706189312',
    });
    expect(comments.every((comment) => comment.time && comment.permalink)).toBe(true);
  });

  it('threads the page: ancestor, permalink tweet, a reply chain and lone replies', () => {
    const comments = extractAll(legacy(), LEGACY_URL);
    expect(comments.map(({ depth, parentId }) => ({ depth, parentId }))).toEqual([
      { depth: 0, parentId: undefined },
      { depth: 1, parentId: '745085351287455744' },
      // The author's thread: each tweet answers the one above it.
      { depth: 2, parentId: '745276948213968896' },
      { depth: 3, parentId: '745277679436447745' },
      { depth: 4, parentId: '745278392837115909' },
      { depth: 5, parentId: '745279035786174464' },
      { depth: 6, parentId: '745279838437572608' },
      { depth: 7, parentId: '745281102277906432' },
      { depth: 8, parentId: '745281313435881472' },
      { depth: 9, parentId: '745281845571379202' },
      // Lone replies answer the permalink tweet.
      { depth: 2, parentId: '745276948213968896' },
      { depth: 2, parentId: '745276948213968896' },
    ]);
  });

  it('locates the legacy like and reply controls; no menu items on a logged-out page', () => {
    const doc = legacy();
    const focal = legacyTweet(doc, '745276948213968896');
    const like = locate(xAdapter.native.like, focal)!;
    expect(like.matches('.ProfileTweet-actionButton.js-actionFavorite')).toBe(true);
    expect(like.matches('.ProfileTweet-actionButtonUndo')).toBe(false);
    expect(xAdapter.native.liked!(like)).toBe(false);
    focal.classList.add('favorited');
    expect(xAdapter.native.liked!(like)).toBe(true);
    expect(locate(xAdapter.native.reply, focal)?.matches('.js-actionReply')).toBe(true);
    // Logged out: no reply dialog, and the "More" menu only copies or embeds.
    expect(locate(xAdapter.native.editor, focal)).toBeNull();
    expect(locate(xAdapter.native.remove, focal)).toBeNull();
    expect(locate(xAdapter.native.report, focal)).toBeNull();
    expect(xAdapter.placeBar(focal)).toEqual({
      node: focal.querySelector('.stream-item-footer'),
      position: 'afterend',
    });
  });

  it('finds a single tweet subtree and detects the page', () => {
    const doc = legacy();
    const item = doc.getElementById('stream-item-tweet-745342225454751745')!;
    expect(xAdapter.find(item)).toEqual([legacyTweet(doc, '745342225454751745')]);
    expect(xAdapter.detect(doc, new URL(LEGACY_URL))).toBe(true);
    expect(xAdapter.detect(doc, new URL('file:///saved/twitter.html'))).toBe(true);
  });
});
