/**
 * Groups writes that arrive together (a moderator working fast, several tabs, a bench) into one
 * IndexedDB transaction instead of one each; every caller still learns its own outcome.
 */
export interface BatchWriter<T> {
  /** Writes every item in one transaction, all or nothing. */
  writeAll(items: readonly T[]): Promise<void>;
  /** Writes one item alone: used to tell the refused item from the good ones when a batch fails. */
  writeOne(item: T): Promise<void>;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Items per transaction: large enough to amortise a commit, small enough to keep a transaction short. */
export const MAX_BATCH = 1_000;

export function createWriteBatcher<T>(writer: BatchWriter<T>, maxBatch = MAX_BATCH) {
  let pending: Pending<T>[] = [];
  let scheduled = false;

  const flush = async () => {
    const batch = pending.slice(0, maxBatch);
    pending = pending.slice(maxBatch);
    scheduled = false;
    if (pending.length > 0) schedule();
    try {
      await writer.writeAll(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch {
      // One refused item must not sink the others: write them one by one, each with its own outcome.
      for (const entry of batch) {
        try {
          await writer.writeOne(entry.item);
          entry.resolve();
        } catch (error) {
          entry.reject(error);
        }
      }
    }
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // A macrotask, so every message already queued joins this batch.
    setTimeout(() => void flush(), 0);
  }

  return {
    /** Resolves once the item is written, rejects with the reason it was not. */
    write(item: T): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}
