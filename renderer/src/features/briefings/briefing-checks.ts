import { identifierLikeAuthor, identifierLikeTitle } from '../../../../shared/briefing/identifier-metadata';
import { citedSourceId } from '../../../../shared/claims/edit/citation-identity';
import { claimFlags } from '../../../../shared/claims/evidence/claim-flags';
import type { BriefingBundle } from '../../db/briefing-exports';

/** Why a claim is listed before export. */
export type BriefingProblemKind = 'unsupported' | 'disputed' | 'conflicting' | 'unresolved' | 'earlier-version';

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
      // The quote is true of the version it was made in; the analyst should know the source has moved on since.
      if (citations.some((c) => bundle.newerVersions.has(citedSourceId(c)))) kinds.push('earlier-version');
      if (kinds.length > 0) problems.push({ claimId: claim.id, text: claim.text, kinds, unresolvedCitations });
    }
  }
  return problems;
}

/** A source the briefing cites whose title or author reads as a file code or a login, with the reason for each. */
export interface SourceMetadataProblem {
  sourceId: string;
  title: string;
  reasons: string[];
}

/** The sources the briefing's notes name whose metadata looks machine-made ("sag-39-3-4-0902-21:sag-0", "tubitak"), in order of first citation. */
export function sourceMetadataProblems(bundle: BriefingBundle): SourceMetadataProblem[] {
  const problems: SourceMetadataProblem[] = [];
  const seen = new Set<string>();
  for (const section of bundle.briefing.sections) {
    for (const item of section.items) {
      if (item.kind !== 'claim') continue;
      for (const citation of bundle.lookup.citationsByClaim.get(item.claimId) ?? []) {
        const id = citedSourceId(citation);
        const source = bundle.lookup.sources.get(id);
        if (!source || seen.has(id)) continue;
        seen.add(id);
        const reasons: string[] = [];
        const titleReason = identifierLikeTitle(source.title);
        if (titleReason) reasons.push(`the title “${source.title}” does not read as a title: ${titleReason}`);
        for (const author of source.authors) {
          const authorReason = identifierLikeAuthor(author);
          if (authorReason) reasons.push(`the author “${author}” does not read as a name: ${authorReason}`);
        }
        if (reasons.length > 0) problems.push({ sourceId: id, title: source.title, reasons });
      }
    }
  }
  return problems;
}
