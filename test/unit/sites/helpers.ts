import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { Comment } from '../../../lib/comment';
import { decodeHtml } from '../../../lib/sites/decode';
import type { SiteAdapter } from '../../../lib/sites/types';

/** Hand-written fixtures, one folder per adapter. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Third-party saved pages beside the repository (never copied into it). */
export const REAL_PAGES = fileURLToPath(new URL('../../../../shared/fixtures/real-pages/', import.meta.url));
export const realPagesAvailable = existsSync(REAL_PAGES);

/** A saved page as the browser would read it: bytes decoded by BOM or declared charset. */
export function parse(path: string): Document {
  return parseHTML(decodeHtml(new Uint8Array(readFileSync(path)))).document as unknown as Document;
}

export const fixture = (relativePath: string): Document => parse(`${FIXTURES}${relativePath}`);
export const realPage = (relativePath: string): Document => parse(`${REAL_PAGES}${relativePath}`);

/** Every comment the adapter finds, extracted; fails when a found element yields no comment. */
export function extractAll(adapter: SiteAdapter, doc: Document, url: string): Comment[] {
  const pageUrl = new URL(url);
  const found = adapter.find(doc);
  const comments = found.flatMap((el) => adapter.extract(el, pageUrl) ?? []);
  expect(comments).toHaveLength(found.length);
  return comments;
}

export const byId = (doc: Document, id: string): Element => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`no #${id} in the fixture`);
  return el;
};

/** What every comment must satisfy, whatever the page. */
export function expectSane(comments: Comment[]): void {
  for (const comment of comments) {
    expect(comment.text).not.toBe('');
    expect(comment.text).not.toMatch(/^(Reply|Like|Antworten|Répondre|Share|Report|permalink)$/im);
    for (const link of [comment.permalink, comment.author.profileUrl]) {
      if (link !== undefined) expect(link).toMatch(/^https?:\/\//);
    }
    if (comment.time !== undefined) expect(comment.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  }
  expect(new Set(comments.map((comment) => comment.id)).size).toBe(comments.length);
}
