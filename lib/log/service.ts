import type { Action } from '../ladder/rungs';
import type { MemberStanding } from '../ladder/suggestion-schema';
import { authorKey, standingFrom, type AuthorRef } from '../members/standing';
import type { Settings } from '../settings/settings';
import type { LogRepository } from './repository';
import { LogEntrySchema, type LogDraft, type LogEntry } from './schema';
import { createWriteBatcher } from './write-batch';

/** How long after an action its undo is accepted (the bar offers it for less). */
export const UNDO_WINDOW_MS = 10_000;

/** What the background does with the log on behalf of content scripts. */
export function createLogService(
  repository: LogRepository,
  settings: () => Promise<Pick<Settings, 'moderatorName'>>,
  now: () => Date = () => new Date(),
) {
  const writes = createWriteBatcher<LogEntry>({
    writeAll: (entries) => repository.addBatch(entries),
    writeOne: (entry) => repository.add(entry),
  });
  return {
    /** Stores the action and answers only once it is written. */
    async record(draft: LogDraft): Promise<LogEntry> {
      const entry = LogEntrySchema.parse({
        ...draft,
        id: crypto.randomUUID(),
        time: now().toISOString(),
        moderator: (await settings()).moderatorName,
      });
      await writes.write(entry);
      return entry;
    },

    /** Undo is for a mis-click: only a recent entry can be taken back, never older history. */
    async retract(id: string): Promise<{ removed: boolean }> {
      const entry = await repository.get(id);
      if (!entry || now().getTime() - Date.parse(entry.time) > UNDO_WINDOW_MS) return { removed: false };
      await repository.remove(id);
      return { removed: true };
    },

    async latest(platform: string, commentIds: readonly string[]): Promise<Record<string, Action>> {
      const entries = await repository.latestActions(platform, commentIds);
      return Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, entry.action]));
    },

    /** What the log says of each comment's author (see `standingFrom`), in the order asked. */
    async standings(
      platform: string,
      comments: readonly { commentId?: string; author?: AuthorRef }[],
    ): Promise<(MemberStanding | null)[]> {
      const keys = comments.map((comment) => (comment.author ? authorKey(comment.author) : undefined));
      const known = keys.filter((key): key is string => key !== undefined);
      if (known.length === 0) return comments.map(() => null);
      const histories = await repository.memberHistories(platform, [...new Set(known)]);
      return comments.map((comment, index) => {
        const key = keys[index];
        return key === undefined ? null : standingFrom(histories.get(key) ?? [], comment.commentId ?? '');
      });
    },

    async today(since: string): Promise<Partial<Record<Action, number>>> {
      return repository.countByAction(since);
    },
  };
}
