import { claimFlags } from '../../../../shared/claims/evidence/claim-flags';
import type { BriefingBundle } from '../../db/briefing-exports';

/** Why a claim is listed before export. */
export type BriefingProblemKind = 'unsupported' | 'disputed' | 'conflicting' | 'unresolved';

/** One claim to look at before export, with every reason it is listed. */
export interface BriefingProblem {
  claimId: string;
  text: string;
  kinds: BriefingProblemKind[];
  /** How many of its citations are not yet resolved to an original. */
  unresolvedCitations: number;
}

/** The briefing's claims that are unsupported, disputed, in a conflict or citing unresolved markers, in briefing order. */
export function briefingProblems(bundle: BriefingBundle, conflictingClaimIds: ReadonlySet<string>): BriefingProblem[] {
  const problems: BriefingProblem[] = [];
  const seen = new Set<string>();
  for (const section of bundle.briefing.sections) {
    for (const item of section.items) {
      if (item.kind !== 'claim' || seen.has(item.claimId)) continue;
      seen.add(item.claimId);
      const claim = bundle.lookup.claims.get(item.claimId);
      if (!claim) continue;
      const citations = bundle.lookup.citationsByClaim.get(claim.id) ?? [];
      const flags = claimFlags(claim, citations, bundle.lookup.sources);
      const unresolvedCitations = citations.filter((c) => !c.resolved).length;
      const kinds: BriefingProblemKind[] = [];
      if (flags.unsupported) kinds.push('unsupported');
      if (flags.disputed) kinds.push('disputed');
      if (conflictingClaimIds.has(claim.id)) kinds.push('conflicting');
      if (unresolvedCitations > 0) kinds.push('unresolved');
      if (kinds.length > 0) problems.push({ claimId: claim.id, text: claim.text, kinds, unresolvedCitations });
    }
  }
  return problems;
}
