import { describe, expect, it } from 'vitest';
import { openRungDb } from '../../../lib/log/db';
import { LogRepository } from '../../../lib/log/repository';
import type { LogDraft } from '../../../lib/log/schema';
import { createLogService, UNDO_WINDOW_MS } from '../../../lib/log/service';

const draft: LogDraft = {
  platform: 'generic',
  pageUrl: 'http://127.0.0.1:4173/forum-thread.html',
  commentId: 'post-3',
  author: { name: 'Ana' },
  excerpt: 'Great update',
  action: 'like',
  native: { status: 'not-attempted' },
};

function setup(start = Date.parse('2026-11-23T09:00:00.000Z')) {
  let now = start;
  const repository = new LogRepository(openRungDb());
  const service = createLogService(
    repository,
    async () => ({ moderatorName: 'Camille' }),
    () => new Date(now),
  );
  return { repository, service, advance: (ms: number) => (now += ms) };
}

describe('log service', () => {
  it('records a draft with an id, the time and the moderator, and stores it before answering', async () => {
    const { repository, service } = setup();
    const entry = await service.record(draft);
    expect(entry).toMatchObject({ ...draft, moderator: 'Camille', time: '2026-11-23T09:00:00.000Z' });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await repository.get(entry.id)).toEqual(entry);
  });

  it('undoes a recent entry but never older history', async () => {
    const { repository, service, advance } = setup();
    const recent = await service.record(draft);
    expect(await service.retract(recent.id)).toEqual({ removed: true });
    expect(await repository.get(recent.id)).toBeUndefined();

    const old = await service.record(draft);
    advance(UNDO_WINDOW_MS + 1);
    expect(await service.retract(old.id)).toEqual({ removed: false });
    expect(await repository.get(old.id)).toBeDefined();
    expect(await service.retract(crypto.randomUUID())).toEqual({ removed: false });
  });

  it("says who is a regular from the team's answers to them on that site, as the log changes", async () => {
    const { service } = setup();
    const ann = { name: 'Ann Example', handle: 'ann_ex' };
    for (const commentId of ['c1', 'c2'])
      await service.record({ ...draft, platform: 'reddit', commentId, author: ann });
    await service.record({ ...draft, platform: 'github', commentId: 'c3', author: ann });
    const asked = [
      { commentId: 'c9', author: { name: 'Ann E.', handle: 'ANN_EX' } },
      { commentId: 'c10', author: { name: 'Bo' } },
      { commentId: 'c11', author: { name: '' } },
      { commentId: 'c12' },
    ];
    expect(await service.standings('reddit', asked)).toEqual([null, null, null, null]);
    // Recorded after the first look-up: the member index follows the log.
    const third = await service.record({ ...draft, platform: 'reddit', commentId: 'c4', author: ann });
    expect(await service.standings('reddit', asked)).toEqual(['regular', null, null, null]);
    expect(await service.standings('github', asked)).toEqual([null, null, null, null]);
    await service.retract(third.id);
    expect(await service.standings('reddit', asked)).toEqual([null, null, null, null]);
  });

  it('reports the latest action per comment and counts since a time', async () => {
    const { service, advance } = setup();
    await service.record(draft);
    advance(1000);
    await service.record({ ...draft, action: 'value' });
    await service.record({ ...draft, commentId: 'post-4', action: 'delete' });
    expect(await service.latest('generic', ['post-3', 'post-4', 'post-5'])).toEqual({
      'post-3': 'value',
      'post-4': 'delete',
    });
    expect(await service.today('2026-11-23T00:00:00.000Z')).toEqual({ like: 1, value: 1, delete: 1 });
  });
});

describe('log service under load', () => {
  it('stores concurrent records in few transactions and answers every one', async () => {
    const { repository, service } = setup();
    const batches: number[] = [];
    const addBatch = repository.addBatch.bind(repository);
    repository.addBatch = async (entries) => {
      batches.push(entries.length);
      return addBatch(entries);
    };
    const entries = await Promise.all(
      Array.from({ length: 250 }, (_, index) => service.record({ ...draft, commentId: `c${index}` })),
    );
    expect(batches).toEqual([250]);
    expect(await repository.count()).toBe(250);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(250);
  });
});
