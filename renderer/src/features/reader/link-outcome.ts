import type { LinkOutcome } from '../../db/link-original';
import { countNoun } from '../../../../shared/wording/count-noun';

/** What linking did, in one sentence that counts resolved, unresolved and ambiguous markers as they are. */
export function describeLinkOutcome(outcome: LinkOutcome): string {
  const { resolved, unresolved, ambiguous } = outcome;
  const counts = `${countNoun(resolved.length, 'citation')} resolved, ${unresolved.length} unresolved, ${ambiguous.length} ambiguous`;
  if (unresolved.length === 0 && ambiguous.length === 0) {
    return resolved.length > 0 ? `${counts}; every marker found its place.` : `${counts}; this summary has no markers to resolve.`;
  }
  return `${counts}.`;
}

/** Each marker linking left unresolved, once, with the reason: "[17]: the original has no marker [17]". */
export function linkProblems(outcome: LinkOutcome): string[] {
  return [...new Set([...outcome.unresolved, ...outcome.ambiguous].map((u) => `${u.marker}: ${u.reason}`))];
}
