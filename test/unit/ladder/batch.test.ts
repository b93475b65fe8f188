import { describe, expect, it, vi } from 'vitest';
import { suggestBatch } from '../../../lib/ladder/batch';

const warmEffort =
  'Thank you for the dark mode fix, it works perfectly on my old tablet now. You folks really listened, I love it.';

describe('suggestions for a page', () => {
  it("answers a regular's warm effort personally, and says why", async () => {
    const lookup = vi.fn(async () => ['regular' as const, null]);
    const items = [
      { text: warmEffort, commentId: 'c9', author: { name: 'Ann' } },
      { text: warmEffort, commentId: 'c10', author: { name: 'Bo' } },
    ];
    const [regular, unknown] = await suggestBatch({ platform: 'reddit', items }, lookup);
    expect(lookup).toHaveBeenCalledWith('reddit', items);
    expect(regular!.rung).toBe('personalize');
    expect(regular!.reasons.map((reason) => reason.code)).toContain('regular');
    expect(unknown!.rung).toBe('value');
  });

  it('still suggests when the log cannot be read, and never looks it up without a platform', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = vi.fn(async () => {
      throw new Error('IndexedDB is closed');
    });
    const [withoutHistory] = await suggestBatch(
      { platform: 'reddit', items: [{ text: warmEffort }] },
      failing,
    );
    expect(withoutHistory!.rung).toBe('value');
    const unused = vi.fn(async () => []);
    const [spam] = await suggestBatch(
      { items: [{ text: 'Earn $500 per day from home, DM me on WhatsApp' }] },
      unused,
    );
    expect(spam!.rung).toBe('delete');
    expect(unused).not.toHaveBeenCalled();
  });

  it("leaves a post the page marks as the team's alone", async () => {
    const [team] = await suggestBatch(
      { platform: 'discourse', items: [{ text: warmEffort, author: { name: 'Inès', staff: true } }] },
      async () => [null],
    );
    expect(team).toMatchObject({ rung: 'ignore', reasons: [{ code: 'staff' }] });
  });

  it("keeps a standing the caller gave (the development set's labels)", async () => {
    const [ambassador] = await suggestBatch(
      { platform: 'reddit', items: [{ text: warmEffort, member: 'ambassador' }] },
      async () => [null],
    );
    expect(ambassador!.reasons.map((reason) => reason.code)).toContain('ambassador');
  });
});
