import { suggest } from './suggest';
import type { MemberStanding, RungSuggestion, SuggestBatch } from './suggestion-schema';

/** What the log says of each item's author, in order (`createLogService().standings`). */
export type StandingsLookup = (
  platform: string,
  items: SuggestBatch['items'],
) => Promise<(MemberStanding | null)[]>;

/**
 * Suggestions for one page's comments, with each member's history when the log can give it. A log
 * that cannot be read costs the history, never the suggestions.
 */
export async function suggestBatch(
  { platform, items }: SuggestBatch,
  standings: StandingsLookup,
): Promise<RungSuggestion[]> {
  let members: (MemberStanding | null)[] = [];
  if (platform !== undefined) {
    try {
      members = await standings(platform, items);
    } catch (error) {
      console.warn('Rung: suggesting without member history', error);
    }
  }
  return items.map((item, index) =>
    suggest({
      text: item.text,
      repeated: item.repeated,
      member: item.member ?? members[index] ?? null,
      staff: item.staff ?? item.author?.staff,
    }),
  );
}
