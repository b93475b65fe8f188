import type { Action } from '../ladder/rungs';
import type { MemberStanding } from '../ladder/suggestion-schema';
import type { LogEntry } from '../log/schema';

/** Who wrote a comment, as the adapters and the log name them. */
export interface AuthorRef {
  name: string;
  handle?: string;
}

/** Answers that say the team engaged with what the member wrote: not a removal, a strike or a note. */
const ENGAGED: ReadonlySet<Action> = new Set<Action>(['like', 'value', 'personalize']);

/** How many of a member's earlier comments the team must have answered for them to count as a regular. */
export const REGULAR_AFTER = 3;

/**
 * The same member across pages of one site: the handle when the site has one (display names change
 * and collide), else the display name. Deleted accounts have neither and are nobody in particular.
 */
export function authorKey(author: AuthorRef): string | undefined {
  const key = (author.handle?.trim() || author.name.trim()).toLowerCase();
  return key === '' ? undefined : key;
}

/**
 * What the log says of a member, from their entries on one site: a regular once the team has
 * answered (like, value, personalize) {@link REGULAR_AFTER} of their other comments; otherwise
 * unknown, since a member absent from this moderator's log may well be known to the community.
 */
export function standingFrom(history: readonly LogEntry[], commentId: string): MemberStanding | null {
  const answered = new Set<string>();
  for (const entry of history)
    if (ENGAGED.has(entry.action) && entry.commentId !== commentId) answered.add(entry.commentId);
  return answered.size >= REGULAR_AFTER ? 'regular' : null;
}
