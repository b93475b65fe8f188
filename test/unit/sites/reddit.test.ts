import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { redditAdapter } from '../../../lib/sites/reddit';
import type { ControlLocator } from '../../../lib/sites/types';
import {
  REAL_PAGES,
  extractAll as extractAllWith,
  expectSane,
  fixture,
  realPage,
  realPagesAvailable,
} from './helpers';

const extractAll = (doc: Document, url: string) => extractAllWith(redditAdapter, doc, url);

const SHREDDIT_URL = 'https://www.reddit.com/r/Coffee/comments/1j1abcd/how_do_you_store_whole_beans/';
const OLD_URL = 'https://old.reddit.com/r/bikewrench/comments/1bikes1/chain_skips/';

/** A locator of the adapter, run on one comment. */
function locate(locator: ControlLocator | undefined, comment: Element): Element | null {
  if (locator === undefined) throw new Error('the adapter declares no locator for this step');
  return typeof locator === 'string'
    ? comment.matches(locator)
      ? comment
      : comment.querySelector(locator)
    : locator(comment);
}

const native = redditAdapter.native;

function shredditComment(doc: Document, thingId: string): Element {
  const el = doc.querySelector(`shreddit-comment[thingid="${thingId}"]`);
  if (!el) throw new Error(`no ${thingId} in the fixture`);
  return el;
}

function oldComment(doc: Document, fullname: string): Element {
  const el = doc.querySelector(`div.thing[data-fullname="${fullname}"]`);
  if (!el) throw new Error(`no ${fullname} in the fixture`);
  return el;
}

function ownActionRow(comment: Element): Element {
  const row = [...comment.children].find((child) => child.getAttribute('slot') === 'actionRow');
  if (!row) throw new Error('no action row');
  return row;
}

/**
 * What the live page renders in the open shadow roots a saved page loses: the vote buttons of
 * each action row, and the items of its overflow menu.
 */
function attachShreddit(comment: Element, options: { own?: boolean } = {}): void {
  const row = ownActionRow(comment);
  row.attachShadow({ mode: 'open' }).innerHTML = `<div class="flex items-center">
      <span class="flex items-center">
        <button upvote aria-pressed="false" data-testid="up"><svg icon-name="upvote-outline"></svg></button>
        <faceplate-number number="42">42</faceplate-number>
        <button downvote aria-pressed="false" data-testid="down"><svg icon-name="downvote-outline"></svg></button>
      </span>
      <slot name="comment-reply"></slot><slot name="comment-share"></slot><slot name="overflow"></slot>
    </div>`;
  const item = (noun: string, label: string) =>
    `<faceplate-tracker noun="${noun}"><li role="presentation"><div role="menuitem" tabindex="-1" data-testid="${noun}">${label}</div></li></faceplate-tracker>`;
  const ownItems = options.own ? item('edit', 'Edit') + item('delete', 'Delete') : '';
  const menu = row.querySelector('shreddit-overflow-menu');
  if (menu) {
    menu.attachShadow({ mode: 'open' }).innerHTML = `<faceplate-dropdown-menu>
      <button aria-label="Open comment actions">…</button>
      <faceplate-menu>${item('save', 'Save')}${ownItems}${item('report', 'Report')}</faceplate-menu>
    </faceplate-dropdown-menu>`;
  }
}

describe('redditAdapter on shreddit (hand-written fixture, 2025 markup)', () => {
  it('reads every live comment, skipping the deleted and the removed', () => {
    const comments = extractAll(fixture('reddit/shreddit-2025.html'), SHREDDIT_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 't1_m8k2a1b',
        author: { name: 'roast_ninja', profileUrl: 'https://www.reddit.com/user/roast_ninja/' },
        text: "Airtight opaque canister, away from heat and light.\nFreeze what you won't use within two weeks.",
        time: '2025-03-02T10:01:12.345Z',
        permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8k2a1b/',
        depth: 0,
      },
      {
        id: 't1_m8k3c2d',
        author: { name: 'BeanCounter_42', profileUrl: 'https://www.reddit.com/user/BeanCounter_42/' },
        // The quote of the parent is not this comment's text; link text and emoji are.
        text: "Doesn't freezing ruin the oils? ☕ I read the opposite on Home-Barista 🤔",
        time: '2025-03-02T10:20:00.000Z',
        permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8k3c2d/',
        depth: 1,
        parentId: 't1_m8k2a1b',
      },
      {
        id: 't1_m8k4e3f',
        author: { name: 'roast_ninja', profileUrl: 'https://www.reddit.com/user/roast_ninja/' },
        text: 'Only if it thaws and refreezes. Portion it into single doses first.',
        time: '2025-03-02T11:05:30.000Z',
        permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8k4e3f/',
        depth: 2,
        parentId: 't1_m8k3c2d',
      },
      {
        // A reply to a deleted comment keeps its place in the thread; the javascript: permalink is dropped.
        id: 't1_m8k6i5j',
        author: { name: 'espresso_elif', profileUrl: 'https://www.reddit.com/user/espresso_elif/' },
        text: 'It said <script>alert("beans")</script> and this link before it went.',
        time: '2025-03-02T12:30:00.000Z',
        depth: 1,
        parentId: 't1_m8k5g4h',
      },
      {
        // The account is deleted but the comment is not: no name, the text stays; time from <time>.
        id: 't1_m8k7k6l',
        author: { name: '' },
        text: 'Keep them in the bag they came in if it has a one-way valve.',
        time: '2025-03-02T13:45:00.000Z',
        permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8k7k6l/',
        depth: 0,
      },
      {
        id: 't1_m8k9o8p',
        // Distinguished (`is-mod-distinguished`, the MOD label): the subreddit's team speaking.
        author: { name: 'Mod_Barista', profileUrl: 'https://www.reddit.com/user/Mod_Barista/', staff: true },
        text: 'Reminder: no links to shops in this thread. 👍',
        time: '2025-03-02T15:10:00.000Z',
        permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8k9o8p/',
        depth: 0,
      },
    ]);
  });

  it('skips deleted and removed comments: nothing left to answer', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const url = new URL(SHREDDIT_URL);
    const found = redditAdapter.find(doc);
    for (const id of ['t1_m8k5g4h', 't1_m8k8m7n']) {
      const el = shredditComment(doc, id);
      // A boolean, not `not.toContain`: the assertion library would print the whole page.
      expect(found.includes(el)).toBe(false);
      expect(redditAdapter.extract(el, url)).toBeNull();
    }
    // Neither the post nor "more replies" rows are comments.
    expect(redditAdapter.extract(doc.querySelector('shreddit-post')!, url)).toBeNull();
    expect(redditAdapter.extract(doc.querySelector('faceplate-partial')!, url)).toBeNull();
  });

  it('leaves hostile content inert and the page untouched', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const before = doc.documentElement.outerHTML;
    const hostile = redditAdapter.extract(shredditComment(doc, 't1_m8k6i5j'), new URL(SHREDDIT_URL))!;
    expect(hostile.text).not.toContain('pwned');
    expect(hostile.permalink).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the bar at the end of the body, the only slotted place that renders', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const comment = shredditComment(doc, 't1_m8k3c2d');
    expect(redditAdapter.placeBar(comment)).toEqual({
      node: doc.getElementById('t1_m8k3c2d-comment-rtjson-content'),
      position: 'beforeend',
    });
  });

  it("finds the upvote in the action row's shadow root, never the downvote, and reads its state", () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const parent = shredditComment(doc, 't1_m8k2a1b');
    const reply = shredditComment(doc, 't1_m8k3c2d');
    // Only the reply's row is hydrated: the parent must not borrow its nested reply's button.
    attachShreddit(reply);
    expect(locate(native.like, parent)).toBeNull();
    const up = locate(native.like, reply)!;
    expect(up.hasAttribute('upvote')).toBe(true);
    expect(up.hasAttribute('downvote')).toBe(false);
    expect(native.liked!(up)).toBe(false);
    up.setAttribute('aria-pressed', 'true');
    expect(native.liked!(up)).toBe(true);

    // The parent was upvoted before: its row says vote-state="UP" even before aria-pressed is set.
    attachShreddit(parent);
    const parentUp = locate(native.like, parent)!;
    expect(parentUp.getAttribute('data-testid')).toBe('up');
    expect(native.liked!(parentUp)).toBe(true);
  });

  it('reaches an upvote nested one shadow root deeper (shreddit-vote-animations)', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const comment = shredditComment(doc, 't1_m8k9o8p');
    const rowRoot = ownActionRow(comment).attachShadow({ mode: 'open' });
    rowRoot.innerHTML = '<shreddit-vote-animations></shreddit-vote-animations>';
    const host = rowRoot.querySelector('shreddit-vote-animations')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button downvote></button><button upvote></button>';
    expect(locate(native.like, comment)!.hasAttribute('upvote')).toBe(true);
  });

  it("finds each comment's own reply button, report and delete items, and the reply editor", () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const parent = shredditComment(doc, 't1_m8k2a1b');
    const reply = shredditComment(doc, 't1_m8k3c2d');
    const replyButton = locate(native.reply, parent)!;
    expect(replyButton.tagName).toBe('BUTTON');
    expect(replyButton.textContent?.trim()).toBe('Reply');
    expect(replyButton.closest('shreddit-comment-action-row')?.getAttribute('comment-id')).toBe('t1_m8k2a1b');

    // Overflow items live in the menu's shadow root, hydrated on the live page only.
    expect(locate(native.report, reply)).toBeNull();
    attachShreddit(reply, { own: true });
    expect(locate(native.report, reply)?.getAttribute('data-testid')).toBe('report');
    expect(locate(native.remove, reply)?.getAttribute('data-testid')).toBe('delete');
    expect(locate(native.remove, parent)).toBeNull();

    // Pressing Reply loads the composer into the comment's own action row.
    expect(locate(native.editor, parent)).toBeNull();
    const replyRow = ownActionRow(reply);
    replyRow.insertAdjacentHTML(
      'beforeend',
      '<shreddit-async-loader bundlename="comment_composer"><comment-composer-host><faceplate-form><shreddit-composer><div contenteditable="true" role="textbox" name="body" data-testid="composer"></div></shreddit-composer></faceplate-form></comment-composer-host></shreddit-async-loader>',
    );
    expect(locate(native.editor, reply)?.getAttribute('data-testid')).toBe('composer');
    // The reply's composer is not its parent's.
    expect(locate(native.editor, parent)).toBeNull();
  });

  it('finds a comment inserted later, and the comments of a subtree only', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const parent = shredditComment(doc, 't1_m8k2a1b');
    expect(redditAdapter.find(parent).map((el) => el.getAttribute('thingid'))).toEqual([
      't1_m8k2a1b',
      't1_m8k3c2d',
      't1_m8k4e3f',
    ]);
    expect(redditAdapter.find(doc.getElementById('t1_m8k2a1b-comment-rtjson-content')!)).toEqual([]);

    const deep = shredditComment(doc, 't1_m8k4e3f');
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = `<shreddit-comment thingid="t1_m8kzz99" author="late_sipper" depth="3" parentid="t1_m8k4e3f"
        permalink="/r/Coffee/comments/1j1abcd/comment/m8kzz99/" created="2025-03-03T08:00:00.000000+0000" slot="children-t1_m8k4e3f-0">
        <div slot="comment" id="t1_m8kzz99-comment-rtjson-content"><div class="md"><p>Vacuum canisters work too.</p></div></div>
      </shreddit-comment>`;
    const added = wrapper.firstElementChild!;
    deep.append(added);
    expect(redditAdapter.find(added)).toEqual([added]);
    expect(redditAdapter.extract(added, new URL(SHREDDIT_URL))).toEqual({
      id: 't1_m8kzz99',
      author: { name: 'late_sipper', profileUrl: 'https://www.reddit.com/user/late_sipper/' },
      text: 'Vacuum canisters work too.',
      time: '2025-03-03T08:00:00.000Z',
      permalink: 'https://www.reddit.com/r/Coffee/comments/1j1abcd/comment/m8kzz99/',
      depth: 3,
      parentId: 't1_m8k4e3f',
    });
  });

  it('marks a distinguished comment as the team, and no other', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    const url = new URL(SHREDDIT_URL);
    const staff = extractAll(doc, SHREDDIT_URL).filter((comment) => 'staff' in comment.author);
    expect(staff.map((comment) => comment.id)).toEqual(['t1_m8k9o8p']);
    // `is-mod-distinguished="false"` is a plain comment.
    const mod = shredditComment(doc, 't1_m8k9o8p');
    mod.setAttribute('is-mod-distinguished', 'false');
    expect(redditAdapter.extract(mod, url)!.author).not.toHaveProperty('staff');
    // The badge extensions select in the meta: `distinguished-as="ADMIN"` (a Reddit admin) or MODERATOR.
    const plain = shredditComment(doc, 't1_m8k2a1b');
    const meta = [...plain.children].find((child) => child.getAttribute('slot') === 'commentMeta')!;
    meta.insertAdjacentHTML(
      'beforeend',
      '<shreddit-comment-author-modifier-icon distinguished-as="ADMIN"></shreddit-comment-author-modifier-icon>',
    );
    expect(redditAdapter.extract(plain, url)!.author.staff).toBe(true);
    // Its reply's meta is not its own: the reply stays a member's.
    expect(redditAdapter.extract(shredditComment(doc, 't1_m8k3c2d'), url)!.author).not.toHaveProperty(
      'staff',
    );
  });

  it('runs a single querySelectorAll per find once the page era is known', () => {
    const doc = fixture('reddit/shreddit-2025.html');
    expect(redditAdapter.find(doc)).toHaveLength(6);
    const spy = vi.spyOn(doc, 'querySelectorAll');
    expect(redditAdapter.find(doc)).toHaveLength(6);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('redditAdapter on old.reddit (hand-written moderator view)', () => {
  it('reads the comments, skipping the deleted one and the "load more" row', () => {
    const comments = extractAll(fixture('reddit/old-reddit-moderator.html'), OLD_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 't1_k1aaaa1',
        author: { name: 'spoke_wrench', profileUrl: 'https://www.reddit.com/user/spoke_wrench/' },
        text: 'Check the B-tension screw and the hanger alignment before anything else.\nB-tension: 5–6 mm gap\nHanger: use the alignment tool',
        time: '2024-03-12T08:30:00.000Z',
        permalink: 'https://old.reddit.com/r/bikewrench/comments/1bikes1/chain_skips/k1aaaa1/',
        depth: 0,
      },
      {
        // The edit box of one's own comment and the quoted parent are not the text.
        id: 't1_k1bbbb2',
        author: { name: 'tyre_lever', profileUrl: 'https://www.reddit.com/user/tyre_lever/' },
        text: 'That was it 🎉 Park Tool has a good guide.',
        time: '2024-03-12T09:02:00.000Z',
        permalink: 'https://old.reddit.com/r/bikewrench/comments/1bikes1/chain_skips/k1bbbb2/',
        depth: 1,
        parentId: 't1_k1aaaa1',
      },
      {
        // Under the deleted t1_k1cccc3; every link of this one is javascript: and dropped.
        id: 't1_k1dddd4',
        author: { name: 'bmx_dad', profileUrl: 'https://www.reddit.com/user/bmx_dad/' },
        text: "They posted <script>alert('chain')</script> and a link, then deleted it.",
        time: '2024-03-12T09:45:00.000Z',
        depth: 3,
        parentId: 't1_k1cccc3',
      },
      {
        id: 't1_k1eeee5',
        author: { name: 'gravel_grinder', profileUrl: 'https://www.reddit.com/user/gravel_grinder/' },
        text: 'Worn chainring teeth do this too. Shark-fin shape = replace.',
        time: '2024-03-12T10:00:00.000Z',
        permalink: 'https://old.reddit.com/r/bikewrench/comments/1bikes1/chain_skips/k1eeee5/',
        depth: 0,
      },
    ]);
    const doc = fixture('reddit/old-reddit-moderator.html');
    expect(redditAdapter.extract(oldComment(doc, 't1_k1cccc3'), new URL(OLD_URL))).toBeNull();
    expect(redditAdapter.extract(oldComment(doc, 't1_k1zzzz9'), new URL(OLD_URL))).toBeNull();
    expect(redditAdapter.extract(oldComment(doc, 't3_1bikes1'), new URL(OLD_URL))).toBeNull();
  });

  it('marks a comment distinguished as a moderator or an admin, not a moderator’s plain one', () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    const url = new URL(OLD_URL);
    // tyre_lever moderates the subreddit, but this comment is not distinguished: `author submitter` only.
    expect(extractAll(doc, OLD_URL).some((comment) => 'staff' in comment.author)).toBe(false);
    const mine = oldComment(doc, 't1_k1bbbb2');
    const link = mine.querySelector('.entry .tagline a.author')!;
    link.classList.replace('submitter', 'moderator');
    mine.querySelector('.entry .tagline .userattrs')!.innerHTML =
      '[<a class="moderator" title="moderator of /r/bikewrench, speaking officially" href="/r/bikewrench/about/moderators">M</a>]';
    expect(redditAdapter.extract(mine, url)!.author).toEqual({
      name: 'tyre_lever',
      profileUrl: 'https://www.reddit.com/user/tyre_lever/',
      staff: true,
    });
    // The reply under it is still a member's: only the comment's own tagline counts.
    expect(redditAdapter.extract(oldComment(doc, 't1_k1dddd4'), url)!.author).not.toHaveProperty('staff');
    // An admin speaking officially: `author admin` and [A].
    const first = oldComment(doc, 't1_k1aaaa1');
    first.querySelector('.entry .tagline .userattrs')!.innerHTML =
      '[<a class="admin" title="reddit admin, speaking officially" href="/about/team">A</a>]';
    expect(redditAdapter.extract(first, url)!.author.staff).toBe(true);
  });

  it('likes with the up arrow (pressed: .upmod), never the down arrow', () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    const upvoted = locate(native.like, oldComment(doc, 't1_k1aaaa1'))!;
    expect(upvoted.className).toBe('arrow upmod');
    expect(native.liked!(upvoted)).toBe(true);
    const fresh = locate(native.like, oldComment(doc, 't1_k1bbbb2'))!;
    expect(fresh.className).toBe('arrow up');
    expect(fresh.getAttribute('data-event-action')).toBe('upvote');
    expect(native.liked!(fresh)).toBe(false);
  });

  it("finds each comment's own controls: moderator remove (not spam), own delete, report, reply", () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    const theirs = oldComment(doc, 't1_k1aaaa1');
    const mine = oldComment(doc, 't1_k1bbbb2');
    expect(locate(native.remove, theirs)?.getAttribute('data-event-action')).toBe('remove');
    expect(locate(native.remove, theirs)?.closest('.thing')).toBe(theirs);
    expect(locate(native.remove, mine)?.closest('form')?.classList.contains('del-button')).toBe(true);
    expect(locate(native.report, theirs)?.classList.contains('reportbtn')).toBe(true);
    // My own comment offers no report; its reply's report button is not mine.
    expect(locate(native.report, mine)).toBeNull();
    const reply = locate(native.reply, mine)!;
    expect(reply.getAttribute('onclick')).toBe('return reply(this)');
    expect(reply.closest('.thing')).toBe(mine);
  });

  it('finds the open reply box, never the hidden edit box of an own comment', () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    expect(locate(native.editor, oldComment(doc, 't1_k1aaaa1'))?.getAttribute('data-testid')).toBe(
      'reply-to-k1aaaa1',
    );
    expect(locate(native.editor, oldComment(doc, 't1_k1bbbb2'))).toBeNull();
  });

  it('puts the bar under the button row, above the replies', () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    const comment = oldComment(doc, 't1_k1aaaa1');
    const placement = redditAdapter.placeBar(comment);
    expect(placement.position).toBe('afterend');
    expect(placement.node.matches('ul.flat-list.buttons')).toBe(true);
    expect(placement.node.closest('.thing')).toBe(comment);
  });

  it('finds a comment appended later by "load more comments"', () => {
    const doc = fixture('reddit/old-reddit-moderator.html');
    // The replies of t1_k1bbbb2: the deleted t1_k1cccc3 (skipped) and, under it, t1_k1dddd4.
    const table = doc.getElementById('siteTable_t1_k1bbbb2')!;
    table.insertAdjacentHTML(
      'beforeend',
      `<div class=" thing id-t1_k1ffff6 noncollapsed comment " data-fullname="t1_k1ffff6" data-type="comment" data-author="late_rider">
        <div class="midcol unvoted"><div class="arrow up"></div><div class="arrow down"></div></div>
        <div class="entry unvoted"><p class="tagline"><a class="author" href="https://old.reddit.com/user/late_rider">late_rider</a></p>
          <form class="usertext"><div class="usertext-body"><div class="md"><p>Same here.</p></div></div></form></div>
        <div class="child"></div></div>`,
    );
    const added = oldComment(doc, 't1_k1ffff6');
    expect(redditAdapter.find(added)).toEqual([added]);
    expect(redditAdapter.find(table).map((el) => el.getAttribute('data-fullname'))).toEqual([
      't1_k1dddd4',
      't1_k1ffff6',
    ]);
    expect(redditAdapter.extract(added, new URL(OLD_URL))).toMatchObject({
      id: 't1_k1ffff6',
      author: { name: 'late_rider' },
      text: 'Same here.',
      depth: 2,
      parentId: 't1_k1bbbb2',
    });
  });
});

describe('redditAdapter on the redesign (logged-in controls, hand-written snippet)', () => {
  // The saved redesign pages are logged out: no Reply button, no composer. This is the hashed-class
  // action row as a logged-in user sees it, with the reply box open (DraftJS contenteditable).
  const page = parseHTML(`<html><body><div>
    <div id="t1_abc123" tabindex="-1" style="padding-left:16px" class="_3sf33">
      <div class="_1DooE"><div class="_3Wv3a"><div class="_36AIN t1_abc123"><i class="threadline"></i></div></div></div>
      <div class="Comment t1_abc123 P8SGA">
        <div class="_3tw__"><span class="_1RIl5">level 1</span>
          <div data-testid="post-comment-header"><a data-testid="comment_author_link" href="/user/fern_owl/">fern_owl</a>
            <a data-testid="comment_timestamp" id="CommentTopMeta--Created--t1_abc123" href="https://www.reddit.com/r/ferns/comments/x1/comment/abc123/?utm_source=reddit&amp;context=3">2 hr. ago</a></div>
          <div data-testid="comment"><div class="RichTextJSON-root"><p>Mist them daily.</p></div></div>
          <div class="_3KgrO">
            <div id="vote-arrows-t1_abc123"><button aria-label="upvote" aria-pressed="true" class="voteButton" data-click-id="upvote"><i class="icon icon-upvoted"></i></button>
              <div>12</div><button aria-label="downvote" aria-pressed="false" class="voteButton" data-click-id="downvote"><i class="icon icon-downvote"></i></button></div>
            <div class="XZK-L"><button class="_374Hk"><i class="icon icon-comment"></i>Reply</button>
              <div id="t1_abc123-comment-share-menu"><button class="_374Hk">Share</button></div>
              <button class="_374Hk">Report</button><button class="_374Hk">Save</button><button class="_374Hk">Remove</button></div>
          </div>
          <div class="_2M2wO"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="draft"></div></div></div>
        </div>
      </div>
    </div></div></body></html>`).document as unknown as Document;
  const comment = page.getElementById('t1_abc123')!;

  it('reads the comment and cleans the permalink', () => {
    expect(redditAdapter.find(page)).toEqual([comment]);
    expect(redditAdapter.extract(comment, new URL('https://www.reddit.com/r/ferns/comments/x1/'))).toEqual({
      id: 't1_abc123',
      author: { name: 'fern_owl', profileUrl: 'https://www.reddit.com/user/fern_owl/' },
      text: 'Mist them daily.',
      permalink: 'https://www.reddit.com/r/ferns/comments/x1/comment/abc123/',
      depth: 0,
    });
    expect(redditAdapter.placeBar(comment)).toEqual({
      node: page.getElementById('vote-arrows-t1_abc123')!.parentElement,
      position: 'afterend',
    });
  });

  it('finds upvote (pressed), reply, report, remove and the reply editor', () => {
    const up = locate(native.like, comment)!;
    expect(up.getAttribute('data-click-id')).toBe('upvote');
    expect(native.liked!(up)).toBe(true);
    expect(locate(native.reply, comment)?.textContent).toBe('Reply');
    expect(locate(native.report, comment)?.textContent).toBe('Report');
    expect(locate(native.remove, comment)?.textContent).toBe('Remove');
    expect(locate(native.editor, comment)?.getAttribute('data-testid')).toBe('draft');
  });
});

describe('redditAdapter.detect', () => {
  it('is true on Reddit hosts and on saved Reddit pages, false elsewhere', () => {
    const shreddit = fixture('reddit/shreddit-2025.html');
    expect(redditAdapter.detect(shreddit, new URL(SHREDDIT_URL))).toBe(true);
    expect(redditAdapter.detect(shreddit, new URL('file:///home/me/saved.html'))).toBe(true);
    expect(
      redditAdapter.detect(
        fixture('reddit/old-reddit-moderator.html'),
        new URL('https://np.reddit.com/r/x/'),
      ),
    ).toBe(true);
    const wordpress = fixture('generic/wordpress-html5.html');
    expect(redditAdapter.detect(wordpress, new URL('https://trail.example/p'))).toBe(false);
    expect(redditAdapter.find(wordpress)).toEqual([]);
    expect(redditAdapter.detect(wordpress, new URL('https://notreddit.com/r/x'))).toBe(false);
  });

  it('declares the Reddit hosts and every native step', () => {
    expect(redditAdapter.matches).toEqual([
      'https://www.reddit.com/*',
      'https://old.reddit.com/*',
      'https://new.reddit.com/*',
      'https://np.reddit.com/*',
      'https://sh.reddit.com/*',
    ]);
    expect(native.missing).toBeUndefined();
    for (const step of ['like', 'reply', 'editor', 'remove', 'report'] as const) {
      expect(native[step]).toBeTypeOf('function');
    }
  });
});

if (!realPagesAvailable) {
  console.warn(`Skipping the Reddit adapter's real-page tests: ${REAL_PAGES} does not exist.`);
}

/** Real pages are large and only read here: each is parsed once. */
const parsedPages = new Map<string, Document>();
function savedPage(path: string): Document {
  let doc = parsedPages.get(path);
  if (!doc) {
    doc = realPage(path);
    parsedPages.set(path, doc);
  }
  return doc;
}

describe.runIf(realPagesAvailable)(
  'redditAdapter on real saved pages (../shared/fixtures/real-pages)',
  { timeout: 60_000 },
  () => {
    it('old.reddit 2018 (r/aww): 197 comments in 98 threads', () => {
      const url =
        'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/';
      const doc = savedPage('reddit/old-reddit-2018-aww-blogskipper.html');
      const comments = extractAll(doc, url);
      expectSane(comments);
      // Counted in the markup: 197 `data-type="comment"` things (182 plain, 9 controversial, 6
      // collapsed below the score threshold, none `.deleted`); the 2 `morechildren` rows and the
      // link are not comments.
      expect(comments).toHaveLength(197);
      expect(new Set(comments.map((comment) => comment.author.name)).size).toBe(150);
      expect(
        comments.every((comment) => comment.author.profileUrl && comment.time && comment.permalink),
      ).toBe(true);
      expect(comments.every((comment) => comment.permalink?.startsWith(url))).toBe(true);
      expect(comments.slice(0, 10).map((comment) => comment.author.name)).toEqual([
        'Brookefemale',
        'glitterpig09',
        'Brookefemale',
        'wlsb',
        'melibeli7',
        'glitterpig09',
        'Brookefemale',
        'Caladrea',
        'hinataro',
        'Brookefemale',
      ]);
      expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(98);
      expect(Math.max(...comments.map((comment) => comment.depth ?? 0))).toBe(8);
      expect(comments[0]).toEqual({
        id: 't1_dxr0evr',
        author: { name: 'Brookefemale', profileUrl: 'https://www.reddit.com/user/Brookefemale/' },
        text: 'Bonus pics of Ben on a walk/ chillin like a cool kid.\nEdit: Bonus Bonus',
        time: '2018-04-21T21:36:45.000Z',
        permalink: `${url}dxr0evr/`,
        depth: 0,
      });
      const byId = (id: string) => comments.find((comment) => comment.id === id);
      // Collapsed below the score threshold, still a comment.
      expect(byId('t1_dxrhgrc')).toMatchObject({
        text: 'What’re you, a cop?',
        depth: 5,
        parentId: 't1_dxrhcx1',
        time: '2018-04-22T03:21:45.000Z',
      });
      // Quotes of the parent are left out.
      expect(byId('t1_dxrs8sw')?.text).toBe(
        "Seems like that's something you should take into account when deciding to move.\nOh alright, that makes it ok.",
      );
      expect(byId('t1_dxrrk8f')?.text).toBe("Then don't have a cat?");
    });

    it('old.reddit 2018: no comment is distinguished, and the submitter is not the team', () => {
      const url =
        'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/';
      const doc = savedPage('reddit/old-reddit-2018-aww-blogskipper.html');
      // The page's only user attribute is the submitter's [S] (`grep -o 'class="author [a-z]*'`).
      expect(doc.querySelectorAll('.userattrs a.moderator, .userattrs a.admin')).toHaveLength(0);
      expect(doc.querySelectorAll('.comment .userattrs a.submitter').length).toBeGreaterThan(0);
      const comments = extractAll(doc, url);
      expect(comments.some((comment) => 'staff' in comment.author)).toBe(false);
    });

    it('old.reddit 2018: logged-out controls (upvote and reply and report, no remove)', () => {
      const doc = savedPage('reddit/old-reddit-2018-aww-blogskipper.html');
      for (const comment of redditAdapter.find(doc)) {
        const up = locate(native.like, comment)!;
        expect(up.getAttribute('aria-label')).toBe('upvote');
        expect(native.liked!(up)).toBe(false);
      }
      const first = redditAdapter.find(doc)[0]!;
      expect(locate(native.reply, first)?.textContent).toBe('reply');
      expect(locate(native.report, first)?.getAttribute('data-event-action')).toBe('report');
      expect(locate(native.remove, first)).toBeNull();
      expect(redditAdapter.placeBar(first).node.matches('ul.flat-list.buttons')).toBe(true);
    });

    it('new Reddit, hashed classes (r/Showerthoughts): 173 comments', () => {
      const url =
        'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour_of_ice_cream/';
      const doc = savedPage('reddit/new-reddit-2019-redesign-showerthoughts.html');
      const comments = extractAll(doc, url);
      expectSane(comments);
      // Counted in the markup: 197 `div#t1_…` comment nodes, of which 24 are placeholders without a
      // `data-testid="comment"` body (11 "[deleted]", 11 "Comment deleted by user", 2 "Comment
      // removed by moderator"): 173 bodies, 173 `comment_author_link`s.
      expect(comments).toHaveLength(173);
      expect(comments.every((comment) => comment.author.name && comment.author.profileUrl)).toBe(true);
      expect(new Set(comments.map((comment) => comment.author.name)).size).toBe(164);
      // Times are relative ("4 yr. ago") and stay unread; permalinks lose their tracking parameters.
      expect(comments.some((comment) => comment.time)).toBe(false);
      expect(
        comments.every((comment) =>
          comment.permalink?.startsWith('https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/'),
        ),
      ).toBe(true);
      expect(comments.filter((comment) => comment.depth === 0)).toHaveLength(57);
      expect(comments.filter((comment) => comment.depth === 1)).toHaveLength(116);
      expect(comments.slice(0, 3)).toEqual([
        {
          id: 't1_ehq47gs',
          author: { name: 'LorenzoPg', profileUrl: 'https://www.reddit.com/user/LorenzoPg/' },
          text: 'Fun fact: Vanilla (the real stuff) has a similar price to silver.',
          permalink: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/ehq47gs/',
          depth: 0,
        },
        {
          id: 't1_ehq4og3',
          author: { name: 'emptyzombiekilla', profileUrl: 'https://www.reddit.com/user/emptyzombiekilla/' },
          text: "Is there a cheaper alternative?\nEdit: While I have your attention check to make sure you're on WiFi.",
          permalink: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/ehq4og3/',
          depth: 1,
          parentId: 't1_ehq47gs',
        },
        expect.objectContaining({ id: 't1_ehqcmq9', depth: 1, parentId: 't1_ehq47gs' }),
      ]);
      // Every reply's parent is a comment of the list or one of the skipped placeholders.
      const ids = new Set(comments.map((comment) => comment.id));
      const orphans = comments.filter((comment) => comment.parentId && !ids.has(comment.parentId));
      expect(orphans).toHaveLength(13);
      expect(orphans[0]).toMatchObject({ id: 't1_ehpzjdq', parentId: 't1_ehpvli5' });
      expect(redditAdapter.extract(doc.getElementById('t1_ehpvli5')!, new URL(url))).toBeNull();
    });

    it('new Reddit, hashed classes: upvote (not downvote) and report, logged out', () => {
      const doc = savedPage('reddit/new-reddit-2019-redesign-showerthoughts.html');
      const comment = doc.getElementById('t1_ehq47gs')!;
      const up = locate(native.like, comment)!;
      expect(up.getAttribute('data-click-id')).toBe('upvote');
      expect(native.liked!(up)).toBe(false);
      expect(locate(native.report, comment)?.textContent).toBe('Report');
      expect(locate(native.reply, comment)).toBeNull();
      const placement = redditAdapter.placeBar(comment);
      expect(placement.position).toBe('afterend');
      expect(placement.node.querySelector('#vote-arrows-t1_ehq47gs')).not.toBeNull();
    });

    it('new Reddit, data-test-id (r/Python): 19 comments, authors and times from the page state', () => {
      const url =
        'https://www.reddit.com/r/Python/comments/1bbbwk/whats_your_opinion_on_what_to_include_in_init_py/';
      const doc = savedPage('reddit/new-reddit-2020-data-test-id-python-init.html');
      const comments = extractAll(doc, url);
      expectSane(comments);
      // Counted in the markup: 19 `div#t1_…` nodes, each with one `data-test-id="comment"` body.
      // The DOM of this page shows no author names: they come from `script#data` (window.___r).
      expect(comments).toHaveLength(19);
      expect(comments.map((comment) => comment.author.name)).toEqual([
        'reostra',
        'flying-sheep',
        'sirk390',
        'elb0w',
        'billsil',
        'fullouterjoin',
        'gfixler',
        '', // [deleted] account, text kept
        'freshhawk',
        'otheraccount',
        'shigawire',
        'rkern',
        'mirashii',
        'UloPe',
        'iarcfsil',
        'barisumog',
        'kay_schluehr',
        'yowmamasita',
        'kay_schluehr',
      ]);
      expect(comments.every((comment) => comment.time && comment.permalink?.startsWith(url))).toBe(true);
      expect(comments.map((comment) => comment.depth)).toEqual([
        0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1,
      ]);
      expect(comments[1]).toEqual({
        id: 't1_c95ey1k',
        author: { name: 'flying-sheep', profileUrl: 'https://www.reddit.com/user/flying-sheep/' },
        text:
          'also, flat is better than nested, really.\n' +
          'having to import stuff from various places to make basic uses of the api work is very much against python’s philosophy.\n' +
          'as for the .api subpackage: why not just use __init__.py? it’s less stuff to type and remember and feels like a pretty natural place for the “public API”.',
        time: '2013-03-30T22:48:10.000Z',
        permalink: `${url}c95ey1k/`,
        depth: 1,
        parentId: 't1_c95cjs5',
      });
      expect(comments[7]).toMatchObject({ id: 't1_c95ravk', author: { name: '' }, depth: 0 });
      expect(comments[8]).toMatchObject({ id: 't1_c95wyu5', parentId: 't1_c95ravk' });
      // Code blocks keep their lines.
      expect(comments[0]!.text).toContain(
        'e.g.\nstuff/\n__init__.py\nbigstuff.py\nprivateStuff.py\nAnd __init__.py',
      );
      const up = locate(native.like, doc.getElementById('t1_c95cjs5')!)!;
      expect(up.getAttribute('aria-label')).toBe('upvote');
    });

    it('new Reddit, data-test-id: the page state’s `distinguishType` marks a moderator speaking', () => {
      const url =
        'https://www.reddit.com/r/Python/comments/1bbbwk/whats_your_opinion_on_what_to_include_in_init_py/';
      const doc = savedPage('reddit/new-reddit-2020-data-test-id-python-init.html');
      // None of the 19 comments in the DOM is distinguished ("distinguishType":null in the state).
      expect(extractAll(doc, url).some((comment) => 'staff' in comment.author)).toBe(false);
      // The state also holds t1_c95efb3, by BioGeek with "distinguishType":"moderator", which the
      // saved DOM does not render (nor its parent t1_c95e7ae). Rendered as its neighbours are:
      const rendered = doc.getElementById('t1_c95dsuy')!.cloneNode(true) as Element;
      rendered.id = 't1_c95efb3';
      doc.getElementById('t1_c95dsuy')!.after(rendered);
      expect(redditAdapter.extract(rendered, new URL(url))!.author).toEqual({
        name: 'BioGeek',
        profileUrl: 'https://www.reddit.com/user/BioGeek/',
        staff: true,
      });
    });

    it('detects the saved pages and leaves unrelated real pages alone', () => {
      for (const path of [
        'reddit/old-reddit-2018-aww-blogskipper.html',
        'reddit/new-reddit-2019-redesign-showerthoughts.html',
        'reddit/new-reddit-2020-data-test-id-python-init.html',
      ]) {
        expect(redditAdapter.detect(savedPage(path), new URL('file:///saved.html'))).toBe(true);
      }
      const hn = savedPage('hackernews/hn-ask-best-papers-2023.html');
      expect(redditAdapter.detect(hn, new URL('https://news.ycombinator.com/item?id=1'))).toBe(false);
      expect(redditAdapter.find(hn)).toEqual([]);
    });
  },
);
