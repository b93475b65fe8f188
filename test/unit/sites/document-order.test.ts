import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inDocumentOrder, mergeInDocumentOrder, precedes } from '../../../lib/sites/strategy';

const { document } = parseHTML(`<html><body>
  <div id="a"><p id="a1"></p><p id="a2"><span id="a2x"></span></p></div>
  <div id="b"></div><div id="c"><p id="c1"></p></div>
</body></html>`);
const el = (id: string) => document.getElementById(id) as unknown as Element;

describe('document order', () => {
  it('orders ancestors, siblings and cousins', () => {
    expect(precedes(el('a'), el('a2x'))).toBe(true);
    expect(precedes(el('a2x'), el('a'))).toBe(false);
    expect(precedes(el('a1'), el('a2'))).toBe(true);
    expect(precedes(el('a2x'), el('c1'))).toBe(true);
    expect(precedes(el('c1'), el('a2x'))).toBe(false);
    expect(precedes(el('c'), el('b'))).toBe(false);
  });

  it('merges lists that are each in order, and sorts a list that is not', () => {
    const ids = (elements: Element[]) => elements.map((element) => element.id);
    expect(
      ids(
        mergeInDocumentOrder([
          [el('a'), el('a2x'), el('c')],
          [el('a1'), el('b'), el('c1')],
        ]),
      ),
    ).toEqual(['a', 'a1', 'a2x', 'b', 'c', 'c1']);
    expect(ids(inDocumentOrder([el('c1'), el('a2'), el('b'), el('a')]))).toEqual(['a', 'a2', 'b', 'c1']);
  });
});
