/**
 * Reading the comments of a saved page outside a browser, with the adapter its URL selects: what
 * `npm run extract` prints. Works on pages nobody here has seen: any charset, several MB, deleted
 * comments and authors.
 */
import type { Comment } from '../comment';
import { decodeHtml } from './decode';
import { adapterFor } from './registry';

export interface ExtractedPage {
  adapter: string;
  comments: Pick<Comment, 'id' | 'author' | 'text' | 'time' | 'permalink'>[];
}

/** `parse` turns HTML into a document (linkedom in Node); kept outside so the adapters stay DOM-only. */
export function extractPage(bytes: Uint8Array, url: URL, parse: (html: string) => Document): ExtractedPage {
  const doc = parse(decodeHtml(bytes));
  const adapter = adapterFor(url, doc);
  adapter.prepareSavedPage?.(doc);
  const comments = adapter.find(doc).flatMap((element) => {
    const comment = adapter.extract(element, url);
    if (!comment) return [];
    const { id, author, text, time, permalink } = comment;
    return [{ id, author, text, time, permalink }];
  });
  return { adapter: adapter.id, comments };
}
