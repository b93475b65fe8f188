import { describe, expect, it } from 'vitest';
import { attributeProfile, type CpuProfile } from '../../../bench/profile';

const EXTENSION = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'http://127.0.0.1/page.html';

/** root → (program), (idle), (garbage collector), page fn → querySelectorAll, our fn → getBoundingClientRect */
const profile = (samples: number[], deltaUs = 1000): CpuProfile => ({
  nodes: [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 4, 5, 7] },
    { id: 2, callFrame: { url: '', functionName: '(program)' } },
    { id: 3, callFrame: { url: '', functionName: '(idle)' } },
    { id: 4, callFrame: { url: '', functionName: '(garbage collector)' } },
    { id: 5, callFrame: { url: PAGE, functionName: 'render' }, children: [6] },
    { id: 6, callFrame: { url: '', functionName: 'querySelectorAll' } },
    { id: 7, callFrame: { url: EXTENSION, functionName: 'decorate' }, children: [8] },
    { id: 8, callFrame: { url: '', functionName: 'getBoundingClientRect' } },
  ],
  samples,
  timeDeltas: samples.map(() => deltaUs),
});

const isOurs = (url: string) => url.startsWith('chrome-extension://');

describe('attributeProfile', () => {
  it('charges native calls to the script that made them', () => {
    // Each sample lasts until the next: the last one counts for nothing.
    const shares = attributeProfile(profile([5, 6, 7, 8, 3]), isOurs);
    expect(shares).toEqual({ oursMs: 2, pageMs: 2, longestOursMs: 2 });
  });

  it('measures the longest stretch of our work, across garbage collection but not across page work', () => {
    const shares = attributeProfile(profile([7, 8, 4, 7, 2, 7, 7, 5, 7, 3]), isOurs);
    expect(shares.longestOursMs).toBe(4);
    expect(shares.oursMs).toBe(6);
    expect(shares.pageMs).toBe(1);
  });

  it('does not count collection that follows page work as ours', () => {
    expect(attributeProfile(profile([5, 4, 4, 7, 3]), isOurs)).toEqual({
      oursMs: 1,
      pageMs: 1,
      longestOursMs: 1,
    });
  });
});
