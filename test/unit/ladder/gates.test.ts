import { describe, expect, it } from 'vitest';
import { signalsOf } from '../../../lib/ladder/signals';
import { readDevSet } from '../../../scripts/dev-set';

// The gated patterns are tried only when a comment holds one of their words. A gate word forgotten
// when an alternative is added would silently drop matches: reading every dev-set comment with all
// gates open must give the same signals.
describe('gated patterns', () => {
  it('read the same signals as with every gate open, on all the dev set', () => {
    const differing = readDevSet()
      .filter(({ text }) => JSON.stringify(signalsOf(text)) !== JSON.stringify(signalsOf(text, 'all open')))
      .map(({ id }) => id);
    expect(differing).toEqual([]);
  });
});
