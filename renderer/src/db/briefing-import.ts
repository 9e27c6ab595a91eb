import { parseBriefingCompanion, rebaseBriefingCompanion } from '../../../shared/briefing/briefing-companion';
import type { Briefing } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/** What importing a companion did, or why the file was refused. */
export type BriefingImportResult =
  | { ok: true; briefing: Briefing; addedSources: number; reusedSources: number; addedClaims: number; addedCitations: number }
  | { ok: false; error: string };

/**
 * Imports a `.footnote.json` companion in one transaction: sources the workspace already holds (same content hash) are
 * reused and every link pointed at them; missing sources, claims and citations are added; the briefing is added last.
 */
export async function importBriefingCompanion(db: FootnoteDatabase, text: string): Promise<BriefingImportResult> {
  const parsed = parseBriefingCompanion(text);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', [db.sources, db.claims, db.citations, db.briefings, db.history], async () => {
    const hashes = parsed.value.sources.map((s) => s.contentHash);
    const existing = await db.sources.where('contentHash').anyOf(hashes).toArray();
    const rebased = rebaseBriefingCompanion(parsed.value, new Map(existing.map((s) => [s.contentHash, s.id])));
    // Records whose ids the workspace already has are the same records (ids are random UUIDs); the workspace's copy,
    // which may have been edited since the export, is kept.
    const knownClaims = new Set((await db.claims.bulkGet(rebased.claims.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])));
    const knownCitations = new Set((await db.citations.bulkGet(rebased.citations.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])));
    const claims = rebased.claims.filter((c) => !knownClaims.has(c.id));
    const citations = rebased.citations.filter((c) => !knownCitations.has(c.id));
    // Importing a briefing twice gives a second copy rather than overwriting the first, which may have been edited.
    const clash = await db.briefings.get(rebased.briefing.id);
    const now = nowIso();
    const briefing: Briefing = { ...rebased.briefing, ...(clash ? { id: newId() } : {}), updatedAt: now };
    await db.sources.bulkAdd(rebased.newSources);
    await db.claims.bulkAdd(claims);
    await db.citations.bulkAdd(citations);
    await db.briefings.add(briefing);
    await db.history.add({
      entity: 'briefing',
      entityId: briefing.id,
      op: 'import',
      at: now,
      after: { briefing, sourceIds: rebased.newSources.map((s) => s.id), claimIds: claims.map((c) => c.id), citationIds: citations.map((c) => c.id) },
    });
    return { ok: true as const, briefing, addedSources: rebased.newSources.length, reusedSources: rebased.reusedSources.size, addedClaims: claims.length, addedCitations: citations.length };
  });
}
