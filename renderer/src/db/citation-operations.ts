// Named operations on one citation at a time, each one transaction recorded in `history`.
import { checkLocator, hasPlace } from '../../../shared/claims/edit/check-locator';
import { citationKey } from '../../../shared/claims/edit/citation-identity';
import { checkStance } from '../../../shared/claims/edit/claim-fields';
import type { Citation, Locator, Source, Stance } from '../../../shared/model';
import { sourceWithText } from './claim-operations';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';
import { resolveMarkerAgainst } from './link-original';

/** A citation to add: the source, the place in it, and whether it supports, contradicts or gives context. */
export interface NewCitation {
  sourceId: string;
  locator: Locator;
  stance: Stance;
}

// A reference-list entry has no text to point into: citing it is citing the work as a whole, and that is resolved.
const WHOLE_WORK_KINDS: ReadonlySet<Source['kind']> = new Set(['reference']);

/**
 * Adds a citation to a claim. It is resolved when it names a place (a passage, paragraph, page or reference entry)
 * or a reference entry as a whole; a bare `[n]` marker of a summary already linked to its original is resolved
 * against that original as linking would; any other bare marker stays unresolved until the summary is linked.
 */
export async function addCitation(db: FootnoteDatabase, claimId: string, input: NewCitation): Promise<Citation> {
  const stance = checkStance(input.stance);
  return db.transaction('rw', [db.claims, db.citations, db.sources, db.texts, db.history], async () => {
    if (!(await db.claims.get(claimId))) throw new Error('That claim no longer exists.');
    const [source, sourceText] = await sourceWithText(db, input.sourceId);
    const locator = checkLocator(input.locator, sourceText);
    const citation: Citation = {
      id: newId(),
      claimId,
      sourceId: source.id,
      locator,
      stance,
      resolved: hasPlace(locator) || WHOLE_WORK_KINDS.has(source.kind),
      createdAt: nowIso(),
    };
    if (!citation.resolved && locator.markerNumber !== undefined && source.originalSourceId !== undefined) {
      const resolved = await resolveMarkerAgainst(db, source.originalSourceId, locator);
      if (resolved) Object.assign(citation, resolved);
    }
    const existing = await db.citations.where('claimId').equals(claimId).toArray();
    if (existing.some((c) => citationKey(c) === citationKey(citation))) throw new Error('This claim already cites that place with that stance.');
    await db.citations.add(citation);
    await db.history.add({ entity: 'citation', entityId: citation.id, op: 'create', at: citation.createdAt, after: citation });
    return citation;
  });
}

/** Changes whether a citation supports, contradicts or gives context to its claim. */
export async function setCitationStance(db: FootnoteDatabase, citationId: string, stance: Stance): Promise<Citation> {
  const checked = checkStance(stance);
  return db.transaction('rw', [db.citations, db.history], async () => {
    const before = await db.citations.get(citationId);
    if (!before) throw new Error('That citation no longer exists.');
    const after: Citation = { ...before, stance: checked };
    await db.citations.put(after);
    await db.history.add({ entity: 'citation', entityId: citationId, op: 'update', at: nowIso(), before, after });
    return after;
  });
}

/** Removes a citation from its claim, recording it so it can be restored; a citation already gone is left alone. */
export async function removeCitation(db: FootnoteDatabase, citationId: string): Promise<void> {
  await db.transaction('rw', [db.citations, db.history], async () => {
    const before = await db.citations.get(citationId);
    if (!before) return;
    await db.citations.delete(citationId);
    await db.history.add({ entity: 'citation', entityId: citationId, op: 'delete', at: nowIso(), before });
  });
}
