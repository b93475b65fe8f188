import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  NOISE_SELECTOR,
  cleanText,
  decodeFragment,
  fnv1a,
  parseTime,
  stableId,
  timeOf,
} from '../../../lib/sites/dom';

function element(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('cleanText', () => {
  it('keeps paragraphs as single line breaks and collapses whitespace', () => {
    const el = element(`<div>
      <p>First   paragraph,
         still the first.</p>
      <p>Second&nbsp;one<br>with a break.</p>
      <ul><li>one</li><li>two</li></ul>
    </div>`);
    expect(cleanText(el)).toBe('First paragraph, still the first.\nSecond one\nwith a break.\none\ntwo');
  });

  it('drops controls, quotes, signatures, scripts and hidden text', () => {
    const el = element(`<div>
      <blockquote>Quoted parent</blockquote>
      <p>Own words <span hidden>hidden</span><span aria-hidden="true">icon</span><span style="display: none">x</span></p>
      <script>alert(1)</script><style>p{}</style>
      <div class="signature">My signature</div>
      <a class="comment-reply-link" href="#">Reply</a> <button>Like</button> <span class="screen-reader-text">Reply to Ana</span>
      <form><input value="typed"><textarea>draft</textarea></form>
    </div>`);
    expect(cleanText(el)).toBe('Own words');
  });

  it('reads emoji pictures as their emoji and ignores other images', () => {
    const el = element(
      '<p>Merci <img class="emoji" alt="🙂" src="e.svg"> <img alt="banner" src="b.png"></p>',
    );
    expect(cleanText(el)).toBe('Merci 🙂');
  });

  it('keeps the line breaks of preformatted text', () => {
    const el = element('<div><p>Run:</p><pre>npm test\nnpm run build</pre></div>');
    expect(cleanText(el)).toBe('Run:\nnpm test\nnpm run build');
  });

  it('reads the element itself even when it matches an exclusion, and takes extra exclusions', () => {
    const el = element(
      '<blockquote class="postcontent">Body <span class="edited">edited</span></blockquote>',
    );
    expect(cleanText(el)).toBe('Body edited');
    expect(cleanText(el, `${NOISE_SELECTOR}, .edited`)).toBe('Body');
  });

  it('leaves the page untouched', () => {
    const el = element('<div><p>Text</p><button>Reply</button><script>x()</script></div>');
    const before = el.outerHTML;
    cleanText(el);
    expect(el.outerHTML).toBe(before);
  });

  it('survives nesting deeper than the call stack', () => {
    const depth = 15_000;
    const el = element(`<div>${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}</div>`);
    expect(cleanText(el)).toBe('deep');
  });
});

describe('parseTime', () => {
  it.each([
    ['2016-06-23T17:21:09+02:00', '2016-06-23T15:21:09.000Z'],
    ['2018-09-27T15:11:51+0200', '2018-09-27T13:11:51.000Z'],
    ['2014-02-06T04:55:19Z', '2014-02-06T04:55:19.000Z'],
    ['2026-03-01T08:15:00.250Z', '2026-03-01T08:15:00.250Z'],
    ['2026-03-01 08:15', '2026-03-01T08:15:00.000Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
  ])('reads the ISO string %s', (value, iso) => {
    expect(parseTime(value)).toBe(iso);
  });

  it('reads unix seconds and milliseconds', () => {
    expect(parseTime('1538053911')).toBe('2018-09-27T13:11:51.000Z');
    expect(parseTime('1538053911000')).toBe('2018-09-27T13:11:51.000Z');
  });

  it.each([
    ['Posted: Wed Feb 02, 2005 10:08 pm  Post subject: Hi', '2005-02-02T22:08:00.000Z'],
    ['Thu Feb 03, 2005 12:38 am', '2005-02-03T00:38:00.000Z'],
    ['June 23, 2016 at 5:21 pm', '2016-06-23T17:21:00.000Z'],
    ['February 6, 2014,  5:27am', '2014-02-06T05:27:00.000Z'],
    ['3rd March 2026', '2026-03-03T00:00:00.000Z'],
    ['23 juin 2016 à 17h21', '2016-06-23T17:21:00.000Z'],
    ['1er février 2026 à 9 h 05', '2026-02-01T09:05:00.000Z'],
    ['17 novembre 2026 à 9 h 40 min', '2026-11-17T09:40:00.000Z'],
    ['23. Juni 2016 um 17:21 Uhr', '2016-06-23T17:21:00.000Z'],
    ['27. September 2018', '2018-09-27T00:00:00.000Z'],
    ['3. März 2026, 08:00', '2026-03-03T08:00:00.000Z'],
    ['02.03.2026, 14:20', '2026-03-02T14:20:00.000Z'],
    ['Wed, 02 Feb 2005 22:08:00 +0100', '2005-02-02T21:08:00.000Z'],
  ])('reads the human date %s', (value, iso) => {
    expect(parseTime(value)).toBe(iso);
  });

  it.each([
    '',
    '   ',
    '2 hours ago',
    'vor 3 Tagen',
    'Yesterday, 10:00 AM',
    '03-04-2026, 09:12 AM',
    '31 February 2026',
    '2026-13-01',
    'June 3, 2026 at 13:00 pm',
    '12 posts in 2005',
    '99999',
  ])('gives nothing for %j rather than a guess', (value) => {
    expect(parseTime(value)).toBeUndefined();
  });

  it('gives nothing for null and undefined', () => {
    expect(parseTime(null)).toBeUndefined();
    expect(parseTime(undefined)).toBeUndefined();
  });
});

describe('timeOf', () => {
  it('prefers datetime, then a unix data-time, then content, then the text', () => {
    expect(timeOf(element('<time datetime="2026-01-01T10:00:00Z" data-time="0">today</time>'))).toBe(
      '2026-01-01T10:00:00.000Z',
    );
    expect(timeOf(element('<time data-time="1768150800">Jan 11</time>'))).toBe('2026-01-11T17:00:00.000Z');
    expect(timeOf(element('<meta itemprop="dateCreated" content="2026-03-01T10:00:00Z">'))).toBe(
      '2026-03-01T10:00:00.000Z',
    );
    expect(timeOf(element('<a title="Permalink">March 3, 2009 at 9:41 pm</a>'))).toBe(
      '2009-03-03T21:41:00.000Z',
    );
    expect(timeOf(element('<span>just now</span>'))).toBeUndefined();
    expect(timeOf(null)).toBeUndefined();
  });
});

describe('stableId', () => {
  const sources = { author: 'Ana', text: 'Hello there' };

  it('prefers the id the adapter read, then the element id, then data ids, then the permalink fragment', () => {
    expect(
      stableId(element('<div id="comment-5" data-comment-id="5"></div>'), { ...sources, siteId: '23076' }),
    ).toBe('23076');
    expect(stableId(element('<div id="comment-5" data-comment-id="5"></div>'), sources)).toBe('comment-5');
    expect(stableId(element('<div data-comment-id="c5"></div>'), sources)).toBe('c5');
    expect(stableId(element('<div></div>'), { ...sources, permalink: 'https://x.example/p#comment-5' })).toBe(
      'comment-5',
    );
    expect(stableId(element('<div></div>'), { ...sources, permalink: 'https://x.example/p#caf%C3%A9' })).toBe(
      'café',
    );
  });

  it('ignores ids generated per page load', () => {
    expect(stableId(element('<div id="ember1234" data-post-id="88"></div>'), sources)).toBe('88');
    expect(stableId(element('<div id=":r1f:"></div>'), sources)).toMatch(/^h-[0-9a-f]{8}$/);
  });

  it('falls back to a hash of author and the first 200 characters of text', () => {
    const el = element('<div></div>');
    const id = stableId(el, sources);
    expect(id).toBe(`h-${fnv1a('Ana\nHello there')}`);
    expect(stableId(el, sources)).toBe(id);
    expect(stableId(el, { author: 'Ben', text: 'Hello there' })).not.toBe(id);
    const long = 'x'.repeat(200);
    expect(stableId(el, { author: 'Ana', text: `${long}tail one` })).toBe(
      stableId(el, { author: 'Ana', text: `${long}tail two` }),
    );
  });
});

describe('fnv1a and decodeFragment', () => {
  it('hashes like the reference FNV-1a', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('decodes fragments and survives broken escapes', () => {
    expect(decodeFragment('https://x.example/p#comment-5')).toBe('comment-5');
    expect(decodeFragment('https://x.example/p')).toBe('');
    expect(decodeFragment('#100%')).toBe('100%');
  });
});
