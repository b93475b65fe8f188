import { describe, expect, it } from 'vitest';
import { authorKey, REGULAR_AFTER, standingFrom } from '../../../lib/members/standing';
import { makeLogEntry } from '../log/factory';

describe('member standing from the log', () => {
  it('knows a member by handle when the site has one, else by display name, in any case', () => {
    expect(authorKey({ name: 'Ann Example', handle: 'Ann_Ex' })).toBe('ann_ex');
    expect(authorKey({ name: '  Ann Example ' })).toBe('ann example');
    expect(authorKey({ name: 'Ann', handle: '  ' })).toBe('ann');
    expect(authorKey({ name: '' })).toBeUndefined();
  });

  it(`is a regular once the team has answered ${REGULAR_AFTER} of their other comments`, () => {
    const answered = ['c1', 'c2', 'c3'].map((commentId, index) =>
      makeLogEntry({ commentId, action: (['like', 'value', 'personalize'] as const)[index] }),
    );
    expect(standingFrom(answered, 'c9')).toBe('regular');
    expect(standingFrom(answered.slice(0, 2), 'c9')).toBeNull();
  });

  it('counts each comment once, never the comment being suggested for, and not removals, strikes or notes', () => {
    const history = [
      makeLogEntry({ commentId: 'c1', action: 'like' }),
      makeLogEntry({ commentId: 'c1', action: 'value' }),
      makeLogEntry({ commentId: 'c2', action: 'like' }),
      makeLogEntry({ commentId: 'c3', action: 'delete' }),
      makeLogEntry({ commentId: 'c4', action: 'strike', strike: 'warn' }),
      makeLogEntry({ commentId: 'c5', action: 'note' }),
      makeLogEntry({ commentId: 'c6', action: 'ignore' }),
      makeLogEntry({ commentId: 'c7', action: 'like' }),
    ];
    expect(standingFrom(history, 'c8')).toBe('regular');
    expect(standingFrom(history, 'c7')).toBeNull();
  });
});
