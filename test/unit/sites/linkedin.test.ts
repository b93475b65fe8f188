import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linkedInAdapter } from '../../../lib/sites/linkedin';
import type { ControlLocator } from '../../../lib/sites/types';
import { expectSane, extractAll, fixture, realPage, realPagesAvailable } from './helpers';

const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7312345678901234567/';
const PULSE_URL = 'https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook';

const feed = (): Document => fixture('linkedin/feed-comments-2025.html');
const html = (markup: string): Document =>
  parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as Document;

/** What a native locator finds for a comment element. */
function control(locator: ControlLocator | undefined, el: Element): Element | null {
  if (locator === undefined) return null;
  if (typeof locator === 'function') return locator(el);
  return el.matches(locator) ? el : el.querySelector(locator);
}

const native = linkedInAdapter.native;
const urn = (comment: string): string => `urn:li:comment:(activity:7312345678901234567,${comment})`;
const commentLink = (comment: string): string =>
  `${POST_URL}?commentUrn=${encodeURIComponent(urn(comment)).replace('(', '%28').replace(')', '%29')}`;

function byUrn(doc: Document, comment: string): Element {
  const el = doc.querySelector(`[data-id="${urn(comment)}"]`);
  if (!el) throw new Error(`no comment ${comment}`);
  return el;
}

describe('linkedInAdapter on the feed (hand-written 2025 fixture)', () => {
  it('reads every comment and reply with its URN, permalink and thread position', () => {
    const comments = extractAll(linkedInAdapter, feed(), POST_URL);
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: urn('7312349900000000001'),
        author: { name: 'Priya Raman', profileUrl: 'https://www.linkedin.com/in/priya-raman-9a8b7c/' },
        text: 'Congrats on the round! 🎉 Tomás Oliveira this is the team I told you about.\nDetails: lnkd.in/eXmPl3q',
        permalink: commentLink('7312349900000000001'),
        depth: 0,
      },
      {
        id: urn('7312349900000000002'),
        author: { name: 'Tomás Oliveira', profileUrl: 'https://www.linkedin.com/in/tomas-oliveira-42/' },
        text: 'Thanks Priya, applying today.',
        // A reply's link names the comment it answers and the reply.
        permalink: `${commentLink('7312349900000000001')}&replyUrn=${encodeURIComponent(
          urn('7312349900000000002'),
        )
          .replace('(', '%28')
          .replace(')', '%29')}`,
        depth: 1,
        parentId: urn('7312349900000000001'),
      },
      {
        // A member LinkedIn hides: the placeholder name without a profile link is no name.
        id: urn('7312349900000000003'),
        author: { name: '' },
        text: 'Is the role open to contractors?',
        permalink: commentLink('7312349900000000003'),
        depth: 0,
      },
      {
        id: urn('7312349900000000004'),
        author: { name: '<b onmouseover=alert(1)>Mallory</b>' },
        text: 'DM me <script>alert(2)</script> for a referral',
        permalink: commentLink('7312349900000000004'),
        depth: 0,
      },
      {
        // Neither the "Author" badge nor the headline is part of the name.
        id: urn('7312349900000000005'),
        author: { name: 'Contoso', profileUrl: 'https://www.linkedin.com/company/contoso/' },
        text: 'Yes, contractors are welcome.\nSend your CV to jobs@contoso.example',
        permalink: commentLink('7312349900000000005'),
        depth: 0,
      },
    ]);
  });

  it('gives no time for relative timestamps ("2h")', () => {
    expect(extractAll(linkedInAdapter, feed(), POST_URL).every((comment) => comment.time === undefined)).toBe(
      true,
    );
  });

  it('finds the comment’s own Like toggle, never the post’s nor a reply’s, and reads aria-pressed', () => {
    const doc = feed();
    const priya = byUrn(doc, '7312349900000000001');
    const like = control(native.like, priya);
    expect(like?.getAttribute('aria-label')).toBe('React Like to Priya Raman’s comment');
    expect(native.liked?.(like as Element)).toBe(false);
    const tomasLike = control(native.like, byUrn(doc, '7312349900000000002'));
    expect(tomasLike?.getAttribute('aria-label')).toBe('React Like to Tomás Oliveira’s comment');
    expect(native.liked?.(tomasLike as Element)).toBe(true);
    for (const el of linkedInAdapter.find(doc)) {
      expect(control(native.like, el)?.getAttribute('aria-label')).toMatch(/’s comment$/);
    }
  });

  it('finds Reply and the thread’s Quill reply box, not the post’s comment box', () => {
    const doc = feed();
    const priya = byUrn(doc, '7312349900000000001');
    expect(control(native.reply, priya)?.getAttribute('aria-label')).toBe('Reply to Priya Raman’s comment');
    const box = control(native.editor, priya);
    expect(box?.getAttribute('aria-placeholder')).toBe('Add a reply…');
    expect(control(native.editor, byUrn(doc, '7312349900000000002'))).toBe(box);
    expect(control(native.editor, byUrn(doc, '7312349900000000003'))).toBeNull();
  });

  it('finds Report and Delete in an opened "…" menu only', () => {
    const doc = feed();
    expect(control(native.report, byUrn(doc, '7312349900000000001'))?.textContent?.trim()).toBe('Report');
    expect(control(native.remove, byUrn(doc, '7312349900000000001'))).toBeNull();
    expect(control(native.remove, byUrn(doc, '7312349900000000005'))?.textContent?.trim()).toBe('Delete');
    expect(control(native.report, byUrn(doc, '7312349900000000003'))).toBeNull();
  });

  it('puts the bar after the comment’s own social bar, above its replies', () => {
    const doc = feed();
    const priya = byUrn(doc, '7312349900000000001');
    const placement = linkedInAdapter.placeBar(priya);
    expect(placement.position).toBe('afterend');
    expect(placement.node.className).toBe('comments-comment-social-bar--cr');
    expect(placement.node.closest('article')).toBe(priya);
  });

  it('finds comments in an added subtree and a reply added later', () => {
    const doc = feed();
    const priya = byUrn(doc, '7312349900000000001');
    expect(linkedInAdapter.find(priya)).toEqual([priya, byUrn(doc, '7312349900000000002')]);
    expect(
      linkedInAdapter.find(priya.querySelector('.comments-comment-item__main-content') as Element),
    ).toEqual([]);

    const late = doc.createElement('article');
    late.className = 'comments-comment-entity comments-comment-entity--reply';
    late.setAttribute('data-id', urn('7312349900000000009'));
    late.innerHTML =
      '<a class="comments-comment-meta__description-container" href="/in/noor-haddad/?miniProfileUrn=x">' +
      '<span class="comments-comment-meta__description-title">Noor Haddad</span></a>' +
      '<span class="comments-comment-item__main-content"><span dir="ltr">Same question here.</span></span>';
    priya.querySelector('.comments-replies-list')?.append(late);
    expect(linkedInAdapter.find(late)).toEqual([late]);
    expect(linkedInAdapter.extract(late, new URL(POST_URL))).toMatchObject({
      id: urn('7312349900000000009'),
      author: { name: 'Noor Haddad', profileUrl: 'https://www.linkedin.com/in/noor-haddad/' },
      text: 'Same question here.',
      depth: 1,
      parentId: urn('7312349900000000001'),
    });
  });

  it('keeps hostile content as text and never returns a script link', () => {
    const doc = feed();
    const before = doc.documentElement.outerHTML;
    const hostile = linkedInAdapter.extract(byUrn(doc, '7312349900000000004'), new URL(POST_URL));
    expect(hostile?.author.profileUrl).toBeUndefined();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null for things that are not comments', () => {
    const doc = feed();
    const url = new URL(POST_URL);
    expect(linkedInAdapter.extract(doc.querySelector('.feed-shared-update-v2') as Element, url)).toBeNull();
    expect(linkedInAdapter.extract(doc.body, url)).toBeNull();
    const stub = html(
      '<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,2)"></article>',
    );
    expect(linkedInAdapter.extract(stub.querySelector('article') as Element, url)).toBeNull();
  });

  it('reads the older comments-comment-item markup (2019–2023)', () => {
    const doc = html(`
      <article class="comments-comment-item comments-comments-list__comment-item" data-id="urn:li:comment:(activity:6900000000000000001,6900000000000000002)">
        <div class="comments-post-meta comments-comment-item__post-meta">
          <a class="app-aware-link tap-target comments-post-meta__actor-link" href="https://www.linkedin.com/in/jason-goh/?miniProfileUrn=x"></a>
          <a class="app-aware-link inline-flex tap-target" href="https://www.linkedin.com/in/jason-goh/">
            <h3 class="comments-post-meta__actor">
              <span class="comments-post-meta__name">
                <span class="comments-post-meta__name-text hoverable-link-text">
                  <span dir="ltr"><span aria-hidden="true">Jason Goh</span><span class="visually-hidden">View Jason Goh’s profile</span></span>
                </span>
              </span>
              <span class="comments-post-meta__headline">Student at NUS</span>
            </h3>
          </a>
        </div>
        <div class="comments-comment-item__options"><time class="comments-comment-item__timestamp">3d</time></div>
        <div class="comments-comment-item-content-body break-words">
          <span class="comments-comment-item__main-content feed-shared-main-content--comment">
            <div dir="ltr" class="update-components-text relative"><span dir="ltr">Great read, thanks!</span></div>
          </span>
        </div>
        <div class="comments-comment-item__social-actions">
          <div class="comments-comment-social-bar display-flex">
            <span class="reactions-react-button comments-comment-social-bar__reaction-action-button">
              <button aria-pressed="false" aria-label="React Like to Jason Goh’s comment" class="react-button__trigger">Like</button>
            </span>
            <button class="comments-comment-social-bar__reply-action-button">Reply</button>
          </div>
        </div>
      </article>`);
    const comments = extractAll(
      linkedInAdapter,
      doc,
      'https://www.linkedin.com/feed/update/urn:li:activity:6900000000000000001/',
    );
    expectSane(comments);
    expect(comments).toEqual([
      {
        id: 'urn:li:comment:(activity:6900000000000000001,6900000000000000002)',
        author: { name: 'Jason Goh', profileUrl: 'https://www.linkedin.com/in/jason-goh/' },
        text: 'Great read, thanks!',
        permalink:
          'https://www.linkedin.com/feed/update/urn:li:activity:6900000000000000001/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A6900000000000000001%2C6900000000000000002%29',
        depth: 0,
      },
    ]);
    const el = linkedInAdapter.find(doc)[0] as Element;
    expect(control(native.like, el)?.textContent).toBe('Like');
    expect(control(native.reply, el)?.textContent).toBe('Reply');
    expect(linkedInAdapter.placeBar(el).node.className).toBe('comments-comment-social-bar display-flex');
  });

  it('reads the state of the newer "Reaction button state" toggle', () => {
    const doc = html(
      '<button aria-label="Reaction button state: no reaction">Like</button><button aria-label="Reaction button state: Celebrate">Celebrate</button>',
    );
    const states = [...doc.querySelectorAll('button')].map((button) => native.liked?.(button));
    expect(states).toEqual([false, true]);
  });

  it('detects LinkedIn by host or canonical link, and nothing else', () => {
    expect(linkedInAdapter.detect(feed(), new URL(POST_URL))).toBe(true);
    expect(linkedInAdapter.detect(feed(), new URL('file:///saved/post.html'))).toBe(true);
    const blog = fixture('generic/wordpress-html5.html');
    expect(linkedInAdapter.detect(blog, new URL('https://trail.example/p'))).toBe(false);
    expect(linkedInAdapter.find(blog)).toEqual([]);
  });
});

if (!realPagesAvailable)
  console.warn('Skipping the LinkedIn real-page tests: ../shared/fixtures/real-pages is missing.');

describe.runIf(realPagesAvailable)(
  'linkedInAdapter on a Pulse article seen signed out (real ~2022 page)',
  () => {
    const pulse = (): Document => realPage('linkedin/linkedin-pulse-article-logged-out-2022.html');

    it('reads the 10 comments with their authors', () => {
      // Counted in the raw file: 10 `<section class="comment">`, 10 `class="comment__actor-name"` links and
      // 10 `class="comment__message"`; "See more comments" leads to the sign-in page.
      const comments = extractAll(linkedInAdapter, pulse(), PULSE_URL);
      expectSane(comments);
      expect(comments.map((comment) => comment.author.name)).toEqual([
        'Zoe Kibbey',
        'Candida Mottershead',
        'Supriya Bahri, CCP, CBP',
        'Nancy Varela',
        'CHANNAIAH Rakesh',
        'Debra Weller',
        'Heather Bordo, Thinking Partner, Alignment Builder, Certified Executive Coach',
        'Brigid Pelino BA/MIR/C.Dir.',
        'Seleena Juma',
        'William ten Holder',
      ]);
      // No ids, no permalinks, no replies on this view; times are relative ("6y").
      for (const comment of comments) {
        expect(comment.id).toMatch(/^h-[0-9a-f]{8}$/);
        expect(comment.permalink).toBeUndefined();
        expect(comment.time).toBeUndefined();
        expect(comment.depth).toBeUndefined();
        expect(comment.author.profileUrl).toMatch(/^https:\/\/(?:www|uk|ca|in)\.linkedin\.com\/in\/[^?]+$/);
      }
      expect(comments[0]?.author.profileUrl).toBe('https://uk.linkedin.com/in/zoekibbey');
    });

    it('keeps the paragraphs of a comment written with line breaks, and no control text', () => {
      const comments = extractAll(linkedInAdapter, pulse(), PULSE_URL);
      expect(comments[0]?.text).toBe(
        'Thank you for sharing your what sets your soul on fire.\n' +
          'In the same way that Pantone likes to have a colour of the year (In case of interest - Greenery for 2017 ' +
          'https://www.pantone.com/color-of-the-year-2017), I was inspired by a blog a few years back to pick a word ' +
          'for the year. Last year i set it as "Nurture" and this year I have selected "Courage". I want to be brave ' +
          "and bold this year but also stay true to the word courage's origins and do this from the heart.\n" +
          'Happy new year!',
      );
      expect(comments[7]?.text).toBe('Love!!');
      expect(comments.some((comment) => /Like|Reply|Report this comment/.test(comment.text))).toBe(false);
    });

    it('finds the sign-in Like and Reply buttons and the Report item of the "…" menu', () => {
      const el = linkedInAdapter.find(pulse())[0] as Element;
      expect(control(native.like, el)?.getAttribute('aria-label')).toBe('Sign in to like this comment');
      expect(native.liked?.(control(native.like, el) as Element)).toBe(false);
      expect(control(native.reply, el)?.getAttribute('aria-label')).toBe('Sign in to reply to this comment');
      expect(control(native.report, el)?.textContent?.trim()).toBe('Report this comment');
      expect(control(native.remove, el)).toBeNull();
      expect(control(native.editor, el)).toBeNull();
      const placement = linkedInAdapter.placeBar(el);
      expect(placement.position).toBe('afterend');
      expect(placement.node.className).toBe('comment__actions');
    });

    it('gives the same ids on a second parse and detects the page', () => {
      const ids = extractAll(linkedInAdapter, pulse(), PULSE_URL).map((comment) => comment.id);
      expect(extractAll(linkedInAdapter, pulse(), PULSE_URL).map((comment) => comment.id)).toEqual(ids);
      expect(linkedInAdapter.detect(pulse(), new URL(PULSE_URL))).toBe(true);
    });
  },
);
