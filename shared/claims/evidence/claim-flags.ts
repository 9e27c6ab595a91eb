import type { Citation, Claim, Source } from '../../model';
import { citedSourceId } from '../edit/citation-identity';

/** What the analyst must be warned of before a claim is relied on or exported. */
export interface ClaimFlags {
  /** No resolved citation supports it. */
  unsupported: boolean;
  /** Some citation contradicts it. */
  disputed: boolean;
  /** Its support comes from one source only (versions of one document count once). */
  singleSource: boolean;
  /** Its support is only a summary's markers, not yet resolved against an original. */
  summaryOnly: boolean;
  /** How many distinct sources support it. */
  supportingSources: number;
}

// A re-imported document is a new version of the same source, not a second witness; following `previousVersionId`
// this many steps back is far more than any real edit history and stops a damaged cycle from looping forever.
const MAX_VERSION_STEPS = 100;

/**
 * Derives a claim's warning flags from its citations (citations of other claims in the list are ignored, so a caller
 * may pass them all); `sources` lets versions of one document count as one source.
 */
export function claimFlags(claim: Claim, citations: readonly Citation[], sources: ReadonlyMap<string, Source>): ClaimFlags {
  const own = citations.filter((c) => c.claimId === claim.id);
  const supporting = own.filter((c) => c.stance === 'supports');
  const supportingSources = new Set(supporting.map((c) => firstVersionId(citedSourceId(c), sources))).size;
  return {
    unsupported: !supporting.some((c) => c.resolved),
    disputed: own.some((c) => c.stance === 'contradicts'),
    singleSource: supportingSources === 1,
    summaryOnly: supporting.length > 0 && supporting.every(isUnresolvedMarker),
    supportingSources,
  };
}

/** True for a summary's `[n]` marker that points at no original yet. */
export function isUnresolvedMarker(citation: Citation): boolean {
  return !citation.resolved && citation.locator.markerNumber !== undefined;
}

/** The id of the earliest known version of a source, so all its versions count as one. */
export function firstVersionId(sourceId: string, sources: ReadonlyMap<string, Source>): string {
  let id = sourceId;
  for (let step = 0; step < MAX_VERSION_STEPS; step++) {
    const previous = sources.get(id)?.previousVersionId;
    if (previous === undefined || !sources.has(previous)) return id;
    id = previous;
  }
  return id;
}
