// What removing sources does to the records that name them, decided in one place so that "Delete source…" and the
// undo of an import remove the same way. The rules:
// - a citation recorded in a removed source, or quoting it, goes with it; a claim left without citations stays, and
//   the history row lists it so its evidence view can say where its evidence went;
// - a summary's marker citation resolved into a removed original stays in the summary, unresolved, with the reason
//   (the summary still says `[8]`; it no longer points anywhere);
// - only the removed version goes: a later version is relinked to the removed one's predecessor, a summary linked to
//   it is unlinked, collections drop it, and claims recorded from it forget it as their origin;
// - claims an import made (owned claims) go with it, with their citations.
// Nothing keeps an id of a removed source: every link to it is removed or said plainly to be broken.
import { markerOnly } from '../claims/resolve-markers';
import type { Annotation, Citation, Claim, Collection, Source } from '../model';

/** Records by table, typed, as a removal's history row holds them (a HistoryRecordSet). */
// A type, not an interface: history payloads are open record sets, which only a type alias is assignable to.
export type RemovalRecords = {
  sources?: Source[];
  claims?: Claim[];
  citations?: Citation[];
  annotations?: Annotation[];
  collections?: Collection[];
};

/** A removal as records before and after: a RecordChange undo can apply. */
export interface RemovalChange {
  before: RemovalRecords;
  after: RemovalRecords;
}

/** The records that name the sources being removed, as read from the workspace. */
export interface RemovalInput {
  /** The sources to remove. */
  sources: readonly Source[];
  /** Every other source that may name them: later versions and summaries linked to them. */
  linkedSources: readonly Source[];
  /** Claims that go with them (the ones an undone import made). */
  ownedClaims: readonly Claim[];
  /** Other claims recorded from them (their `originSourceId`). */
  originClaims: readonly Claim[];
  /** Citations in them, into them, or of owned claims. */
  citations: readonly Citation[];
  annotations: readonly Annotation[];
  /** Collections that list a removed source or an owned claim. */
  collections: readonly Collection[];
}

/** The removal as a change history can undo, and the claims that lost a citation. */
export interface RemovalPlan {
  change: RemovalChange;
  /** Claims that stay but lost citations with the removed sources. */
  lostEvidence: string[];
  /** Citations removed, and marker citations left unresolved. */
  removedCitations: number;
  unresolvedCitations: number;
}

/** Plans removing `input.sources` and what they own, leaving no record that points at them. */
export function planSourceRemoval(input: RemovalInput, at: string): RemovalPlan {
  const removed = new Map(input.sources.map((s) => [s.id, s]));
  const owned = new Set(input.ownedClaims.map((c) => c.id));
  const goes = (c: Citation) => removed.has(c.sourceId) || owned.has(c.claimId) || (c.resolvedSourceId !== undefined && removed.has(c.resolvedSourceId) && c.locator.markerNumber === undefined);
  const deleted = input.citations.filter(goes);
  const unresolvedBefore = input.citations.filter((c) => !goes(c) && c.resolvedSourceId !== undefined && removed.has(c.resolvedSourceId));
  const unresolvedAfter = unresolvedBefore.map((c) => unresolvedByRemoval(c, removed.get(c.resolvedSourceId ?? '')?.title ?? ''));

  const linkedBefore = input.linkedSources.filter((s) => !removed.has(s.id) && (namesRemoved(s.previousVersionId, removed) || namesRemoved(s.originalSourceId, removed)));
  const linkedAfter = linkedBefore.map((s) => relinked(s, removed));

  const originBefore = input.originClaims.filter((c) => !owned.has(c.id) && namesRemoved(c.originSourceId, removed));
  const originAfter = originBefore.map(({ originSourceId: _gone, ...claim }) => claim);

  const collectionsBefore = input.collections.filter((c) => c.sourceIds.some((id) => removed.has(id)) || c.claimIds.some((id) => owned.has(id)));
  const collectionsAfter = collectionsBefore.map((c) => ({ ...c, sourceIds: c.sourceIds.filter((id) => !removed.has(id)), claimIds: c.claimIds.filter((id) => !owned.has(id)), updatedAt: at }));

  const lostEvidence = [...new Set(deleted.filter((c) => !owned.has(c.claimId)).map((c) => c.claimId))];
  return {
    change: {
      before: nonEmpty({
        sources: [...input.sources, ...linkedBefore],
        claims: [...input.ownedClaims, ...originBefore],
        citations: [...deleted, ...unresolvedBefore],
        annotations: input.annotations.filter((a) => removed.has(a.sourceId)),
        collections: collectionsBefore,
      }),
      after: nonEmpty({ sources: linkedAfter, claims: originAfter, citations: unresolvedAfter, collections: collectionsAfter }),
    },
    lostEvidence,
    removedCitations: deleted.length,
    unresolvedCitations: unresolvedAfter.length,
  };
}

function namesRemoved(id: string | undefined, removed: ReadonlyMap<string, Source>): boolean {
  return id !== undefined && removed.has(id);
}

// A later version takes the removed one's place in the chain (its predecessor, unless that goes too); a summary
// linked to a removed original is unlinked, as "Unlink original" would.
function relinked(source: Source, removed: ReadonlyMap<string, Source>): Source {
  const { previousVersionId, originalSourceId, ...rest } = source;
  const out: Source = { ...rest };
  let previous = previousVersionId;
  const seen = new Set<string>();
  while (previous !== undefined && removed.has(previous) && !seen.has(previous)) {
    seen.add(previous);
    previous = removed.get(previous)?.previousVersionId;
  }
  if (previous !== undefined && !removed.has(previous)) out.previousVersionId = previous;
  if (originalSourceId !== undefined && !removed.has(originalSourceId)) out.originalSourceId = originalSourceId;
  return out;
}

/** A marker citation whose original was removed: back to the marker as the summary wrote it, with the reason. */
function unresolvedByRemoval(citation: Citation, title: string): Citation {
  const { resolvedSourceId: _gone, unresolvedReason: _earlier, ...rest } = citation;
  return { ...rest, locator: markerOnly(citation.locator), resolved: false, unresolvedReason: `the original “${title}” was deleted` };
}

function nonEmpty(tables: Required<RemovalRecords> | Omit<Required<RemovalRecords>, 'annotations'>): RemovalRecords {
  return Object.fromEntries(Object.entries(tables).filter(([, rows]) => rows.length > 0)) as RemovalRecords;
}
