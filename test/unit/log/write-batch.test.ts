import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from '../../../lib/log/write-batch';

function recordingWriter(refuse: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const singles: number[] = [];
  const stored: number[] = [];
  return {
    batches,
    singles,
    stored,
    writer: {
      async writeAll(items: readonly number[]) {
        batches.push([...items]);
        if (items.some(refuse)) throw new Error('batch refused');
        stored.push(...items);
      },
      async writeOne(item: number) {
        singles.push(item);
        if (refuse(item)) throw new Error(`item ${item} refused`);
        stored.push(item);
      },
    },
  };
}

describe('createWriteBatcher', () => {
  it('writes what arrives together in one batch and answers each caller once it is written', async () => {
    const { writer, batches, stored } = recordingWriter();
    const batcher = createWriteBatcher(writer);
    const writes = [1, 2, 3].map((item) => batcher.write(item));
    expect(stored).toEqual([]);
    await Promise.all(writes);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(stored).toEqual([1, 2, 3]);
  });

  it('keeps batches under the maximum size', async () => {
    const { writer, batches } = recordingWriter();
    const batcher = createWriteBatcher(writer, 2);
    await Promise.all([1, 2, 3, 4, 5].map((item) => batcher.write(item)));
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('when a batch is refused, writes its items one by one so only the bad one fails', async () => {
    const { writer, singles, stored } = recordingWriter((item) => item === 2);
    const batcher = createWriteBatcher(writer);
    const outcomes = await Promise.allSettled([1, 2, 3].map((item) => batcher.write(item)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('item 2 refused'));
    expect(singles).toEqual([1, 2, 3]);
    expect(stored).toEqual([1, 3]);
  });

  it('starts a new batch for writes that come after a flush', async () => {
    const { writer, batches } = recordingWriter();
    const batcher = createWriteBatcher(writer);
    await batcher.write(1);
    await batcher.write(2);
    expect(batches).toEqual([[1], [2]]);
  });
});
