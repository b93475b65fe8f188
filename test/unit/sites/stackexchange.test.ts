import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { matchesPattern } from '../../../lib/sites/registry';
import { stackExchangeAdapter as adapter } from '../../../lib/sites/stackexchange';
import type { ControlLocator } from '../../../lib/sites/types';
import { byId, expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const PAGE_URL = 'https://cooking.stackexchange.com/questions/901/keep-starter-alive';
const page = (): Document => fixture('stackexchange/question-2025.html');
const locate = (locator: ControlLocator | undefined, el: Element): Element | null =>
  typeof locator === 'function' ? locator(el) : locator ? el.querySelector(locator) : null;

describe('stackExchangeAdapter on the 2024–25 markup (hand-written fixture)', () => {
  it('describes itself and lists fixtures that exist', () => {
    expect(adapter.id).toBe('stackexchange');
    expect(adapter.label).toBe('Stack Exchange');
    for (const path of adapter.fixtures.filter((file) => file.startsWith('test/'))) {
      expect(existsSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)))).toBe(true);
    }
  });

  it('reads the question, the answers and the comments under each, in page order', () => {
    const doc = page();
    const comments = extractAll(adapter, doc, PAGE_URL);
    expectSane(comments);
    expect(comments.map(({ id, depth, parentId }) => ({ id, depth, parentId }))).toEqual([
      { id: 'question-901', depth: 0, parentId: undefined },
      { id: 'comment-7001', depth: 1, parentId: 'question-901' },
      { id: 'comment-7002', depth: 1, parentId: 'question-901' },
      { id: 'comment-7003', depth: 1, parentId: 'question-901' },
      { id: 'answer-902', depth: 0, parentId: undefined },
      { id: 'comment-7010', depth: 1, parentId: 'answer-902' },
      { id: 'answer-903', depth: 0, parentId: undefined },
    ]);
    expect(comments[0]).toEqual({
      id: 'question-901',
      // The last signature is the asker's; the first one is the editor's.
      author: { name: 'Ana Lima', profileUrl: 'https://cooking.stackexchange.com/users/12/ana-lima' },
      // A quoted source is the author's text on Stack Exchange; the page's <script> is not.
      text:
        'I leave for three weeks. The jar usually sits on the counter and gets fed twice a day.\n' +
        'A starter can be dried and revived later.\nIs that true? This guide says so.',
      time: '2025-03-01T08:00:00.000Z',
      permalink: 'https://cooking.stackexchange.com/q/901',
      depth: 0,
    });
    expect(comments[1]).toEqual({
      id: 'comment-7001',
      author: { name: 'Chloé Martin', profileUrl: 'https://cooking.stackexchange.com/users/44/chloe-martin' },
      text: 'Keep it in the fridge, it slows down a lot. 🍞 Works for me every summer.',
      // The 2024–25 title carries the licence after the time.
      time: '2025-03-01T08:20:00.000Z',
      permalink: `${PAGE_URL}#comment7001_901`,
      depth: 1,
      parentId: 'question-901',
    });
    expect(comments[4]).toMatchObject({
      author: { name: 'Ben Okafor', profileUrl: 'https://cooking.stackexchange.com/users/31/ben-okafor' },
      text: 'Feed it, then put it in the fridge. Three weeks is fine; discard half and feed twice when you are back.\nSee my notes.',
      time: '2025-03-01T12:30:00.000Z',
      permalink: 'https://cooking.stackexchange.com/a/902',
    });
  });

  it('keeps deleted accounts as the plain name the page shows, without a profile', () => {
    const comments = extractAll(adapter, page(), PAGE_URL);
    const byCommentId = (id: string): Comment => comments.find((comment) => comment.id === id)!;
    expect(byCommentId('comment-7002').author).toEqual({ name: 'user98765' });
    expect(byCommentId('answer-903')).toMatchObject({
      author: { name: 'user12345' },
      text: 'Just bake bread before leaving and start a new one when you return.',
      time: '2025-03-02T07:45:00.000Z',
    });
  });

  it('marks the Stacks "Mod" and "Staff" badges beside an author, never beside an editor', () => {
    // The fixture has no badge: nobody is the team. The tests add Stacks' `s-badge` where the name is.
    const doc = page();
    expect(extractAll(adapter, doc, PAGE_URL).some((comment) => 'staff' in comment.author)).toBe(false);
    const badge = (kind: string, label: string) =>
      `<span class="s-badge s-badge__${kind} s-badge__xs ml4">${label}</span>`;
    const question = doc.querySelector('#question')!;
    // Ben Okafor edited the question (the first signature): the asker is still Ana Lima, a member.
    const editorName = question.querySelector('.post-signature .user-details a')!;
    expect(editorName.textContent).toBe('Ben Okafor');
    editorName.insertAdjacentHTML('afterend', badge('moderator', 'Mod'));
    const read = (el: Element) => adapter.extract(el, new URL(PAGE_URL))!;
    expect(read(question).author).not.toHaveProperty('staff');
    // His own answer, signed with the badge: the team.
    const answer = byId(doc, 'answer-902');
    answer
      .querySelector('.post-signature .user-details a')!
      .insertAdjacentHTML('afterend', badge('moderator', 'Mod'));
    expect(read(answer).author.staff).toBe(true);
    // An employee's comment.
    const comment = byId(doc, 'comment-7001');
    comment.querySelector('.comment-user')!.insertAdjacentHTML('afterend', badge('staff', 'Staff'));
    expect(read(comment).author).toEqual({
      name: 'Chloé Martin',
      profileUrl: 'https://cooking.stackexchange.com/users/44/chloe-martin',
      staff: true,
    });
    // The asker's own comment (`comment-user owner`) is not the team.
    expect(read(byId(doc, 'comment-7003')).author).not.toHaveProperty('staff');
  });

  it('keeps hostile content inert: escaped markup stays text, javascript: links are dropped', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const comments = extractAll(adapter, doc, PAGE_URL);
    const hostile = comments.find((comment) => comment.id === 'comment-7002')!;
    expect(hostile.text).toBe(
      'Drying works: spread it thin on parchment <script>alert(1)</script> and crumble it.',
    );
    const linkless = comments.find((comment) => comment.id === 'comment-7010')!;
    expect(linkless.author).toEqual({ name: 'Ana Lima' });
    expect(comments.every((comment) => !comment.text.includes('document.cookie'))).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the bar under the post body and under the comment body', () => {
    const doc = page();
    const question = doc.querySelector('#question')!;
    expect(adapter.placeBar(question)).toEqual({
      node: question.querySelector('.js-post-body'),
      position: 'afterend',
    });
    const comment = byId(doc, 'comment-7001');
    expect(adapter.placeBar(comment)).toEqual({
      node: comment.querySelector('.comment-body'),
      position: 'afterend',
    });
  });

  it('finds the site’s own controls, never a downvote or a comment’s control for its post', () => {
    const doc = page();
    const { native } = adapter;
    const question = doc.querySelector('#question')!;
    const accepted = byId(doc, 'answer-902');
    const own = byId(doc, 'answer-903');
    const liked = byId(doc, 'comment-7001');
    const mine = byId(doc, 'comment-7003');

    const upvote = locate(native.like, question)!;
    expect(upvote.matches('.js-vote-up-btn')).toBe(true);
    expect(native.liked!(upvote)).toBe(false);
    expect(native.liked!(locate(native.like, accepted)!)).toBe(true);
    const commentUpvote = locate(native.like, liked)!;
    expect(commentUpvote.matches('.comment-up')).toBe(true);
    expect(native.liked!(commentUpvote)).toBe(true);
    expect(native.liked!(locate(native.like, byId(doc, 'comment-7002'))!)).toBe(false);
    // My own comment has no upvote: nothing rather than the post's.
    expect(locate(native.like, mine)).toBeNull();

    // Replying to a post or to one of its comments is the post's "Add a comment".
    const addComment = byId(doc, 'comments-link-901').querySelector('.js-add-link');
    expect(locate(native.reply, question)).toBe(addComment);
    expect(locate(native.reply, liked)).toBe(addComment);
    expect(locate(native.reply, byId(doc, 'comment-7010'))).toBe(
      byId(doc, 'comments-link-902').querySelector('.js-add-link'),
    );
    expect(locate(native.editor, liked)).toBe(doc.querySelector('#add-comment-901 textarea'));

    expect(locate(native.remove, own)!.textContent?.trim()).toBe('Delete');
    expect(locate(native.remove, question)).toBeNull();
    expect(locate(native.remove, mine)!.matches('.js-comment-delete')).toBe(true);
    expect(locate(native.remove, liked)).toBeNull();
    expect(locate(native.report, question)!.matches('.js-flag-post-link')).toBe(true);
    expect(locate(native.report, liked)!.matches('.js-comment-flag')).toBe(true);
    expect(native.missing).toBeUndefined();
  });

  it('finds a comment added later, and nothing inside a comment body', () => {
    const doc = page();
    const list = byId(doc, 'comments-902').querySelector('ul')!;
    const added = doc.createElement('li');
    added.id = 'comment-7011';
    added.className = 'comment js-comment';
    added.innerHTML =
      '<div class="comment-text"><div class="comment-body"><span class="comment-copy">Late tip: add rye.</span> – ' +
      '<a class="comment-user" href="/users/50/noor">Noor</a> <span class="comment-date"><a class="comment-link" ' +
      'href="#comment7011_902"><span class="relativetime-clean" title="2025-04-01 09:00:00Z">Apr 1</span></a></span></div></div>';
    list.append(added);
    expect(adapter.find(added)).toEqual([added]);
    expect(adapter.find(list)).toHaveLength(2);
    expect(adapter.find(added.querySelector('.comment-copy')!)).toEqual([]);
    expect(adapter.extract(added, new URL(PAGE_URL))).toEqual({
      id: 'comment-7011',
      author: { name: 'Noor', profileUrl: 'https://cooking.stackexchange.com/users/50/noor' },
      text: 'Late tip: add rye.',
      time: '2025-04-01T09:00:00.000Z',
      permalink: `${PAGE_URL}#comment7011_902`,
      depth: 1,
      parentId: 'answer-902',
    });
    // An empty comment row (a template) is not a comment.
    const stub = doc.createElement('li');
    stub.id = 'comment-0';
    stub.className = 'comment js-comment';
    list.append(stub);
    expect(adapter.find(list)).toHaveLength(2);
    expect(adapter.extract(stub, new URL(PAGE_URL))).toBeNull();
  });

  it('detects Stack Exchange question pages only', () => {
    expect(adapter.detect(page(), new URL(PAGE_URL))).toBe(true);
    expect(adapter.detect(page(), new URL('https://stackoverflow.com/questions/901'))).toBe(true);
    expect(adapter.detect(page(), new URL('https://evil.example/questions/901'))).toBe(false);
    expect(
      adapter.detect(fixture('generic/wordpress-html5.html'), new URL('https://superuser.com/questions/1')),
    ).toBe(false);
    expect(adapter.find(fixture('generic/wordpress-html5.html'))).toEqual([]);
  });

  it('declares match patterns for every Stack Exchange domain, with and without subdomains', () => {
    const matched = (url: string) => adapter.matches.some((pattern) => matchesPattern(pattern, new URL(url)));
    for (const url of [
      'https://stackoverflow.com/questions/1',
      'https://meta.stackoverflow.com/questions/1',
      'https://pt.stackoverflow.com/questions/1',
      'https://english.stackexchange.com/questions/1',
      'https://meta.english.stackexchange.com/questions/1',
      'https://superuser.com/questions/1',
      'https://www.serverfault.com/questions/1',
      'https://askubuntu.com/questions/1',
      'https://mathoverflow.net/questions/1',
      'https://stackapps.com/questions/1',
    ]) {
      expect(matched(url)).toBe(true);
    }
    expect(matched('https://notstackoverflow.com/questions/1')).toBe(false);
    expect(matched('https://stackexchange.com.evil.example/')).toBe(false);
  });
});

if (!realPagesAvailable) console.warn('Skipping the Stack Exchange real-page tests: no ../shared/fixtures.');

describe.runIf(realPagesAvailable)(
  'stackExchangeAdapter on the real 2017 page (English Language & Usage)',
  () => {
    const url =
      'https://english.stackexchange.com/questions/250245/a-hypernym-for-insects-worms-and-the-like';
    const comments = (): Comment[] =>
      extractAll(adapter, realPage('stackexchange/english-se-q250245-2017.html'), url);

    it('finds 11 posts and 35 comments', () => {
      // Counted in the markup independently: `grep -c 'id="answer-[0-9]'` gives 10 answers plus the one
      // `div.question[data-questionid]`; `grep -c '<tr id="comment-[0-9]*" class="comment'` gives 35
      // comment rows (5+5+5+5+2+5+4+0+1+3+0 per post), each with one `.comment-user` link.
      const all = comments();
      expectSane(all);
      expect(all).toHaveLength(46);
      expect(all.filter((comment) => comment.depth === 0)).toHaveLength(11);
      expect(all.filter((comment) => comment.depth === 1)).toHaveLength(35);
      expect(adapter.detect(realPage('stackexchange/english-se-q250245-2017.html'), new URL(url))).toBe(true);
    });

    it('reads the post authors from the last signature, not the editor’s', () => {
      const posts = comments().filter((comment) => comment.depth === 0);
      expect(posts.map((post) => post.author.name)).toEqual([
        'Tushar Raj',
        'Margana', // edited by Tushar Raj, whose signature comes first
        'Scimonster',
        'KRyan',
        'ExOttoyuhr',
        'Nick Volynkin',
        'Vynce',
        'Mynamite',
        'henriko',
        'Yohann V.',
        'Scimonster',
      ]);
      expect(posts.map((post) => post.id)).toEqual([
        'question-250245',
        'answer-250251',
        'answer-250247',
        'answer-250404',
        'answer-250250',
        'answer-250285',
        'answer-250265',
        'answer-250281',
        'answer-250602',
        'answer-250344',
        'answer-250846',
      ]);
      expect(posts[1]).toMatchObject({
        author: { name: 'Margana', profileUrl: 'https://english.stackexchange.com/users/121987/margana' },
        time: '2015-06-03T19:55:45.000Z',
        permalink: 'https://english.stackexchange.com/a/250251',
      });
      expect(posts[0]!.permalink).toBe('https://english.stackexchange.com/q/250245');
      expect(posts.every((post) => post.time && post.author.profileUrl)).toBe(true);
    });

    it('reads every comment with its author, time, permalink and post', () => {
      const all = comments();
      const replies = all.filter((comment) => comment.depth === 1);
      expect(new Set(all.map((comment) => comment.author.name)).size).toBe(28);
      expect(new Set(replies.map((comment) => comment.author.name)).size).toBe(26);
      expect(replies.filter((comment) => comment.author.name === 'Tushar Raj')).toHaveLength(5);
      expect(replies.every((comment) => comment.time && comment.author.profileUrl)).toBe(true);
      expect(replies.map((comment) => comment.parentId)).toEqual([
        ...Array<string>(5).fill('question-250245'),
        ...Array<string>(5).fill('answer-250251'),
        ...Array<string>(5).fill('answer-250247'),
        ...Array<string>(5).fill('answer-250404'),
        ...Array<string>(2).fill('answer-250250'),
        ...Array<string>(5).fill('answer-250285'),
        ...Array<string>(4).fill('answer-250265'),
        'answer-250602',
        ...Array<string>(3).fill('answer-250344'),
      ]);
      expect(replies[0]).toEqual({
        id: 'comment-544268',
        author: { name: 'oerkelens', profileUrl: 'https://english.stackexchange.com/users/54363/oerkelens' },
        text:
          'For all those critters except worms, the word is arthropods. Worms, however are not arthropods. You ' +
          'can choose to ignore biology, but worms are simply very, very different. You could go for critters, ' +
          'which would prolly include all you mentioned. Insect is plain wrong, spiders and worms are not ' +
          'insects. As for bug, it excludes worms as well according to Wikipedia.',
        time: '2015-06-03T19:38:53.000Z',
        permalink: `${url}#comment544268_250245`,
        depth: 1,
        parentId: 'question-250245',
      });
      const last = replies[replies.length - 1]!;
      expect(last).toMatchObject({
        id: 'comment-544787',
        author: { name: 'Tushar Raj' },
        text: '+1 for nuisibles!',
      });
      // The comment text stops before the "– user date" line.
      expect(replies.some((comment) => /–|\bat \d\d:\d\d$/.test(comment.text))).toBe(false);
    });

    it('marks the ♦ of a post’s author or a comment’s author as the team, never an editor’s', () => {
      // Nobody on this page is a moderator: no `mod-flair` anywhere. The tests add it where Stack
      // Exchange prints it, right after the name link (`<span class="mod-flair" title="moderator">♦</span>`).
      const doc = realPage('stackexchange/english-se-q250245-2017.html');
      expect(doc.querySelectorAll('.mod-flair')).toHaveLength(0);
      expect(extractAll(adapter, doc, url).some((comment) => 'staff' in comment.author)).toBe(false);
      const flair = '<span class="mod-flair" title="moderator">♦</span>';
      const answer = doc.querySelector('.answer[data-answerid="250251"]')!;
      const [editor, owner] = [...answer.querySelectorAll('.post-signature .user-details')] as [
        Element,
        Element,
      ];
      // A moderator who edited the answer is not its author.
      editor.querySelector('a')!.insertAdjacentHTML('afterend', flair);
      const read = (el: Element) => adapter.extract(el, new URL(url))!;
      expect(read(answer).author).toEqual({
        name: 'Margana',
        profileUrl: 'https://english.stackexchange.com/users/121987/margana',
      });
      owner.querySelector('a')!.insertAdjacentHTML('afterend', flair);
      expect(read(answer).author.staff).toBe(true);
      // A comment: the diamond after its `.comment-user`; the other comments stay members'.
      const comment = doc.getElementById('comment-544268')!;
      comment.querySelector('.comment-user')!.insertAdjacentHTML('afterend', flair);
      expect(read(comment).author).toEqual({
        name: 'oerkelens',
        profileUrl: 'https://english.stackexchange.com/users/54363/oerkelens',
        staff: true,
      });
      const staff = extractAll(adapter, doc, url).filter((item) => item.author.staff);
      expect(staff.map((item) => item.id)).toEqual(['comment-544268', 'answer-250251']);
    });

    it('keeps the question’s quoted dictionary entries and leaves out the post menu', () => {
      const question = comments()[0]!;
      expect(question.text.startsWith('From Oxford:\ninsect:\nany small creature with six legs')).toBe(true);
      expect(question.text).toContain('Also, how right/wrong is it to use insect or bug for this purpose?');
      expect(question.text).not.toMatch(/improve this question|share|single-word-requests/);
    });
  },
);
