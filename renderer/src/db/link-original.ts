// "Link to original": a summary's `[n]` markers are resolved against the imported original it summarises, so its
// claims show the paragraphs (or reference entries) they rest on. Every link is checked (the original shows `[n]`,
// one entry is labelled n); markers that fail stay unresolved with the reason stored and listed; nothing is dropped,
// and unlinking puts every citation back as the summary wrote it.
import { chooseMarkerReading, markerOnly, resolveMarker, type MarkerProblem, type MarkerReading } from '../../../shared/claims/resolve-markers';
import type { Citation, Locator, Source } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';

/** A marker citation that now points into the original. */
export interface ResolvedMarker {
  claimId: string;
  citationId: string;
  marker: string;
  markerNumber: number;
  /** The paragraph or reference entry it resolved to. */
  paragraph?: number;
  reference?: number;
}

/** A marker citation that could not be resolved in the original, left unresolved with the reason. */
export interface UnresolvedMarker {
  claimId: string;
  citationId: string;
  marker: string;
  markerNumber: number;
  problem: MarkerProblem;
  /** In words for the analyst, e.g. "the original has no marker [17]". */
  reason: string;
}

/** What linking did. */
export interface LinkOutcome {
  /** How the markers were read: as paragraph numbers or as reference-list entries (see chooseMarkerReading). */
  reading: MarkerReading;
  resolved: ResolvedMarker[];
  /** Markers that point nowhere in the original (no such marker, paragraph or entry). */
  unresolved: UnresolvedMarker[];
  /** Markers the original could mean two ways (its `[n]` labels entries of two lists); left unresolved. */
  ambiguous: UnresolvedMarker[];
}

/** Options for linking. */
export interface LinkOptions {
  /** Read the markers this way instead of the way chooseMarkerReading decides (the analyst knows better). */
  reading?: MarkerReading;
}

/**
 * Links a summary to the original it summarises and resolves its markers against it, in one transaction: marker n
 * names paragraph n of the original, or entry n of its reference list (see chooseMarkerReading). Linking again, to
 * the same or another original, re-resolves every marker.
 */
export async function linkSummaryToOriginal(db: FootnoteDatabase, summaryId: string, originalId: string, options: LinkOptions = {}): Promise<LinkOutcome> {
  if (summaryId === originalId) throw new Error('A summary cannot be linked to itself; choose the original it summarises.');
  return db.transaction('rw', [db.sources, db.texts, db.citations, db.history], async () => {
    const [summary, original, originalText] = await Promise.all([db.sources.get(summaryId), db.sources.get(originalId), db.texts.get(originalId)]);
    if (!summary) throw new Error('That summary is no longer in the workspace.');
    if (!original) throw new Error('That original is no longer in the workspace.');
    if (!originalText || (originalText.blocks.length === 0 && originalText.references.length === 0)) {
      throw new Error(`“${original.title}” has no text to resolve markers against (it may be a scan without a text layer).`);
    }
    const reading = options.reading ?? chooseMarkerReading(originalText);
    const before = await markerCitations(db, summary);
    const outcome: LinkOutcome = { reading, resolved: [], unresolved: [], ambiguous: [] };
    const after = before.map((citation): Citation => {
      const resolution = resolveMarker(citation.locator, originalText, original.contentHash, reading);
      const marker = { claimId: citation.claimId, citationId: citation.id, marker: markerText(citation.locator), markerNumber: citation.locator.markerNumber ?? 0 };
      if (!resolution.ok) {
        (resolution.problem === 'ambiguous' ? outcome.ambiguous : outcome.unresolved).push({ ...marker, problem: resolution.problem, reason: resolution.reason });
        return { ...unresolvedCitation(citation), unresolvedReason: resolution.reason };
      }
      const { locator } = resolution;
      const resolved: ResolvedMarker = { ...marker };
      if (locator.reference !== undefined) resolved.reference = locator.reference;
      else if (locator.paragraph !== undefined) resolved.paragraph = locator.paragraph;
      outcome.resolved.push(resolved);
      const { unresolvedReason: _earlier, ...rest } = citation;
      return { ...rest, resolvedSourceId: originalId, locator, resolved: true };
    });
    await writeSummaryLink(db, { summary, citations: before }, { summary: { ...summary, originalSourceId: originalId }, citations: after, reading });
    return outcome;
  });
}

/** Removes a summary's link to its original: every marker citation goes back to unresolved, as the summary wrote it. Returns how many resolved citations were reset. */
export async function unlinkOriginal(db: FootnoteDatabase, summaryId: string): Promise<number> {
  return db.transaction('rw', [db.sources, db.citations, db.history], async () => {
    const summary = await db.sources.get(summaryId);
    if (!summary) throw new Error('That summary is no longer in the workspace.');
    if (summary.originalSourceId === undefined) return 0;
    // The reasons linking gave for unresolved markers go too: they described the link being removed.
    const before = (await markerCitations(db, summary)).filter((c) => c.resolved || c.unresolvedReason !== undefined);
    const after = before.map(unresolvedCitation);
    const { originalSourceId: _linked, ...summaryAfter } = summary;
    await writeSummaryLink(db, { summary, citations: before }, { summary: summaryAfter, citations: after });
    return before.filter((c) => c.resolved).length;
  });
}

// Linking and unlinking write the same rows: the summary, its marker citations, and the history line that undoes both.
async function writeSummaryLink(db: FootnoteDatabase, before: { summary: Source; citations: Citation[] }, after: { summary: Source; citations: Citation[]; reading?: MarkerReading }): Promise<void> {
  await db.sources.put(after.summary);
  await db.citations.bulkPut(after.citations);
  await db.history.add({
    entity: 'source',
    entityId: before.summary.id,
    op: 'update',
    at: nowIso(),
    before: { sources: [before.summary], citations: before.citations },
    after: { sources: [after.summary], citations: after.citations, ...(after.reading === undefined ? {} : { reading: after.reading }) },
  });
}

/** The locator and resolution a bare marker gets from the original its summary is linked to, or the reason it stays unresolved. */
export async function resolveMarkerAgainst(
  db: FootnoteDatabase,
  originalId: string,
  locator: Locator,
): Promise<Pick<Citation, 'locator' | 'resolvedSourceId' | 'resolved'> | { unresolvedReason: string }> {
  const [original, originalText] = await Promise.all([db.sources.get(originalId), db.texts.get(originalId)]);
  if (!original || !originalText) return { unresolvedReason: 'the original is no longer in the workspace' };
  const resolution = resolveMarker(locator, originalText, original.contentHash, chooseMarkerReading(originalText));
  return resolution.ok ? { locator: resolution.locator, resolvedSourceId: originalId, resolved: true } : { unresolvedReason: resolution.reason };
}

// The summary's marker citations that linking owns: those still unresolved, and those resolved by an earlier link to
// its original. A marker the analyst resolved some other way is left as it is.
async function markerCitations(db: FootnoteDatabase, summary: Source): Promise<Citation[]> {
  const recorded = await db.citations.where('sourceId').equals(summary.id).toArray();
  return recorded.filter(
    (c) => c.locator.markerNumber !== undefined && (!c.resolved || (summary.originalSourceId !== undefined && c.resolvedSourceId === summary.originalSourceId)),
  );
}

function unresolvedCitation(citation: Citation): Citation {
  const { resolvedSourceId: _resolvedTo, unresolvedReason: _reason, ...rest } = citation;
  return { ...rest, locator: markerOnly(citation.locator), resolved: false };
}

function markerText(locator: Locator): string {
  return locator.marker ?? `[${locator.markerNumber ?? '?'}]`;
}
