import { isRung } from '../ladder/rungs';
import type { LogEntry } from './schema';

/** How often moderators chose the rung Rung suggested, among rung choices made with a suggestion shown. */
export interface SuggestionAgreement {
  followed: number;
  suggested: number;
}

export function suggestionAgreement(entries: readonly LogEntry[]): SuggestionAgreement {
  let followed = 0;
  let suggested = 0;
  for (const entry of entries) {
    if (!entry.suggestion || !isRung(entry.action)) continue;
    suggested++;
    if (entry.suggestion.rung === entry.action) followed++;
  }
  return { followed, suggested };
}
