import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, declaredMatches, matchesPattern } from '../../../lib/sites/registry';
import type { NativeStep } from '../../../lib/sites/types';
import { parseHTML } from 'linkedom';
import { hackerNewsPage, threadPage } from '../../../bench/generate';
import { fixture, parse } from './helpers';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const STEPS: readonly NativeStep[] = ['like', 'reply', 'remove', 'report'];
/** Chrome's match pattern grammar, for the patterns Rung declares (http(s) only). */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)\/.*$/;

describe('the adapter registry', () => {
  it('gives every adapter a unique id and the generic adapter the last word', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('declares only valid match patterns', () => {
    for (const pattern of declaredMatches()) expect(pattern).toMatch(MATCH_PATTERN);
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s lives in its own file, has fixtures that exist and a test file that uses it',
    (id, adapter) => {
      expect(adapter.fixtures.length).toBeGreaterThan(0);
      for (const path of adapter.fixtures) {
        const where = path.startsWith('fixtures/real-pages/') ? SHARED : REPO;
        // Real pages live beside the repository; CI has them, a bare clone may not.
        if (where === SHARED && !existsSync(SHARED)) continue;
        expect(existsSync(`${where}${path}`), path).toBe(true);
      }
      const testFile = `${REPO}test/unit/sites/${id}.test.ts`;
      expect(existsSync(testFile), testFile).toBe(true);
      // One file per site: the adapter lives in lib/sites/<id>.ts and its test imports it from there.
      expect(existsSync(`${REPO}lib/sites/${id}.ts`)).toBe(true);
      expect(readFileSync(testFile, 'utf8')).toContain(`lib/sites/${id}'`);
    },
  );

  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s says, for every ladder step, how the site does it or why it cannot',
    (_id, adapter) => {
      for (const step of STEPS) {
        const locator = adapter.native[step];
        const reason = adapter.native.missing?.[step];
        expect(locator !== undefined || (reason !== undefined && reason.length > 5), step).toBe(true);
      }
      if (adapter.native.reply) expect(adapter.native.editor).toBeDefined();
    },
  );

  const gradualAdapters = ADAPTERS.filter((adapter) => adapter.gradual).map(
    (adapter) => [adapter.id, adapter] as const,
  );
  it('has adapters that find in parts (the generic one and Hacker News)', () => {
    expect(gradualAdapters.map(([id]) => id).sort()).toEqual(['generic', 'hackernews']);
  });

  /** Elements as their place in the document, so that failures print readably. */
  const placesIn = (doc: Document) => {
    const place = new Map([...doc.querySelectorAll('*')].map((el, index) => [el, index]));
    return (elements: Element[]) => elements.map((el) => place.get(el) ?? `detached ${el.tagName}`);
  };
  const drain = (steps: Generator<void, Element[], void>) => {
    let pauses = 0;
    for (let step = steps.next(); ; step = steps.next(), pauses++)
      if (step.done) return { pauses, found: step.value };
  };

  it.each(gradualAdapters)(
    '%s finds in parts exactly what it finds at once, on every fixture',
    (_id, adapter) => {
      const gradual = adapter.gradual!;
      for (const path of adapter.fixtures) {
        const where = path.startsWith('fixtures/real-pages/') ? SHARED : REPO;
        if (!existsSync(`${where}${path}`)) continue;
        const doc = parse(`${where}${path}`);
        const places = placesIn(doc);
        const all = places(adapter.find(doc));
        for (const count of [0, 1, 2, 3, 7, 40, all.length + 1]) {
          expect(places(gradual.first(doc, count)), `${path}, first ${count}`).toEqual(all.slice(0, count));
        }
        expect(places(drain(gradual.all(doc)).found), path).toEqual(all);
      }
    },
  );

  /** A WordPress thread whose every comment two strategies see (twins), with replies, made long. */
  function longTwinsPage(copies: number): Document {
    const doc = fixture('generic/wordpress-microdata-twins.html');
    const list = doc.querySelector('ol.comment-list')!;
    const threads = [...list.children];
    for (let copy = 1; copy < copies; copy++) {
      for (const thread of threads) {
        const clone = thread.cloneNode(true) as Element;
        for (const el of [clone, ...clone.querySelectorAll('[id]')]) el.id = `${el.id}-${copy}`;
        list.append(clone);
      }
    }
    return doc;
  }

  it.each([
    ['generic', () => parseHTML(threadPage(1_200)).document as unknown as Document],
    ['generic', () => longTwinsPage(400)],
    ['hackernews', () => parseHTML(hackerNewsPage(1_200)).document as unknown as Document],
  ])('%s pauses while finding the comments of a long page, and finds the same', (id, page) => {
    const adapter = ADAPTERS.find((candidate) => candidate.id === id)!;
    const doc = page();
    const places = placesIn(doc);
    const all = places(adapter.find(doc));
    expect(all.length).toBeGreaterThanOrEqual(1_200);
    const { pauses, found } = drain(adapter.gradual!.all(doc));
    expect(places(found)).toEqual(all);
    expect(pauses).toBeGreaterThan(1);
    expect(places(adapter.gradual!.first(doc, 40))).toEqual(all.slice(0, 40));
  });

  it('chooses a site by its URL, self-hosted software by its page, and the generic adapter otherwise', () => {
    const wordpress = fixture('generic/wordpress-html5.html');
    expect(adapterFor(new URL('https://old.reddit.com/r/aww/comments/8e3f5x/x/')).id).toBe('reddit');
    expect(adapterFor(new URL('https://www.youtube.com/watch?v=abc')).id).toBe('youtube');
    expect(adapterFor(new URL('https://news.ycombinator.com/item?id=1')).id).toBe('hackernews');
    expect(adapterFor(new URL('https://disqus.com/embed/comments/?f=x')).id).toBe('disqus');
    expect(adapterFor(new URL('https://blog.example/post/'), wordpress).id).toBe('wordpress');
    expect(adapterFor(new URL('https://blog.example/post/')).id).toBe('generic');
    expect(
      adapterFor(new URL('http://127.0.0.1:4173/forum-thread.html'), fixture('generic/microdata.html')).id,
    ).toBe('generic');
    // A self-hosted program's adapter never claims a page by its URL alone.
    for (const adapter of ADAPTERS.filter((candidate) => candidate.matches.length === 0)) {
      expect(
        declaredMatches().some((pattern) => matchesPattern(pattern, new URL('https://blog.example/'))),
      ).toBe(false);
      expect(adapter.detect(fixture('generic/no-comments.html'), new URL('https://blog.example/'))).toBe(
        false,
      );
    }
  });
});
