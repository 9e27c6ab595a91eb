// "Delete source…": one version of a source goes, with everything it owns (text and original to the trash; notes,
// citations in and into it, its place in collections and version chains), in one transaction, recorded in history so
// Ctrl+Z puts every record and byte back. The rules are in shared/history/plan-source-removal.ts.
import { briefingClaimIds } from '../../../shared/audit/audit-links';
import { planSourceRemoval, type RemovalInput, type RemovalPlan } from '../../../shared/history/plan-source-removal';
import { TRASH_KEY, type RecordChange, type UndoDirection } from '../../../shared/history/undo-plan';
import { HistoryRecordSetSchema, type Source } from '../../../shared/model';
import { claimOf } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';
import { applyRecordWrites, planAgainstStore } from './record-writes';
import { moveToTrash } from './trash';

/** What deleting a source would remove or change, for the confirm dialog. */
export interface SourceDeletionPreview {
  title: string;
  /** Claims with a citation in or into the source. */
  citingClaims: number;
  /** Of those, claims left with no citation at all; they stay, saying their evidence was deleted. */
  uncitedClaims: number;
  /** Briefings that include a citing claim: they keep the claim, without that footnote. */
  briefings: number;
  citations: number;
  /** A summary's marker citations resolved into it: they stay in the summary, unresolved. */
  unresolvedCitations: number;
  annotations: number;
  /** Earlier and later versions of it, which stay. */
  otherVersions: number;
  /** Bytes of its original file that go to the trash. */
  originalSize: number;
}

/** What a deletion did, for the notice. */
export interface SourceDeletionOutcome {
  title: string;
  /** The deletion's history row, for the notice's Undo. */
  seq: number;
  removedCitations: number;
  unresolvedCitations: number;
  annotations: number;
  uncitedClaims: number;
}

/** The tables a removal reads and writes. */
export function removalTables(db: FootnoteDatabase) {
  return [db.sources, db.texts, db.sourceFiles, db.annotations, db.claims, db.citations, db.collections, db.briefings, db.history, db.trash];
}

/** What deleting the source would do, or undefined when it is no longer there. */
export async function previewSourceDeletion(db: FootnoteDatabase, sourceId: string): Promise<SourceDeletionPreview | undefined> {
  return db.transaction('r', removalTables(db), async () => {
    const input = await gatherRemoval(db, [sourceId], []);
    const source = input.sources[0];
    if (!source) return undefined;
    const plan = planSourceRemoval(input, nowIso());
    const citing = new Set(input.citations.filter((c) => c.sourceId === sourceId || c.resolvedSourceId === sourceId).map((c) => c.claimId));
    const uncited = await claimsLeftUncited(db, plan);
    const briefings = (await db.briefings.toArray()).filter((b) => briefingClaimIds(b).some((id) => citing.has(id))).length;
    const file = await db.sourceFiles.get(sourceId);
    return {
      title: source.title,
      citingClaims: citing.size,
      uncitedClaims: uncited.length,
      briefings,
      citations: plan.removedCitations,
      unresolvedCitations: plan.unresolvedCitations,
      annotations: plan.change.before.annotations?.length ?? 0,
      otherVersions: await versionCount(db, source),
      originalSize: file?.bytes.length ?? 0,
    };
  });
}

/**
 * Deletes one version of a source and what it owns, in one transaction; its text and original wait in the trash and
 * everything else is recorded in history, so Ctrl+Z restores it all. Returns undefined when it was already gone.
 */
export async function deleteSource(db: FootnoteDatabase, sourceId: string): Promise<SourceDeletionOutcome | undefined> {
  return db.transaction('rw', removalTables(db), async () => {
    const input = await gatherRemoval(db, [sourceId], []);
    const source = input.sources[0];
    if (!source) return undefined;
    const at = nowIso();
    const plan = planSourceRemoval(input, at);
    const uncited = await claimsLeftUncited(db, plan);
    const trashId = newId();
    await removeAsPlanned(db, plan.change, { id: trashId, at, title: source.title }, [sourceId]);
    const seq = await db.history.add({ entity: 'source', entityId: sourceId, op: 'delete', at, before: plan.change.before, after: { ...plan.change.after, [TRASH_KEY]: trashId, lostEvidence: plan.lostEvidence } });
    return { title: source.title, seq, removedCitations: plan.removedCitations, unresolvedCitations: plan.unresolvedCitations, annotations: plan.change.before.annotations?.length ?? 0, uncitedClaims: uncited.length };
  });
}

/** A deletion that took citations of a claim: what the evidence view says about it. */
export interface DeletedEvidence {
  seq: number;
  at: string;
  /** The deleted source's title. */
  title: string;
  /** How many of the claim's citations went with it. */
  citations: number;
}

/** The deletions, not undone, that took citations of the claim, newest first (found by the history index). */
export async function deletedEvidenceOf(db: FootnoteDatabase, claimId: string): Promise<DeletedEvidence[]> {
  const rows = await db.history.where('after.lostEvidence').equals(claimId).reverse().sortBy('seq');
  return rows.flatMap((row) => {
    const before = HistoryRecordSetSchema.safeParse(row.before);
    if (row.undone || row.seq === undefined || !before.success) return [];
    return [{ seq: row.seq, at: row.at, title: before.data.sources?.[0]?.title ?? 'a deleted source', citations: (before.data.citations ?? []).filter((c) => c.claimId === claimId).length }];
  });
}

/** Reads every record that names the sources (or the owned claims), in the caller's transaction. */
export async function gatherRemoval(db: FootnoteDatabase, sourceIds: readonly string[], ownedClaimIds: readonly string[]): Promise<RemovalInput> {
  const ids = [...sourceIds];
  const owned = [...ownedClaimIds];
  const sources = (await db.sources.bulkGet(ids)).filter((s) => s !== undefined);
  const [later, summaries, inOrInto, ofOwned, annotations, originClaims, ownedClaims, bySource, byClaim] = await Promise.all([
    db.sources.where('previousVersionId').anyOf(ids).toArray(),
    // No index names a summary's original: a deletion is rare enough to read the source list (never the texts).
    db.sources.filter((s) => s.originalSourceId !== undefined && ids.includes(s.originalSourceId)).toArray(),
    db.citations.where('sourceId').anyOf(ids).or('resolvedSourceId').anyOf(ids).toArray(),
    db.citations.where('claimId').anyOf(owned).toArray(),
    db.annotations.where('sourceId').anyOf(ids).toArray(),
    db.claims.where('originSourceId').anyOf(ids).toArray(),
    db.claims.bulkGet(owned),
    db.collections.where('sourceIds').anyOf(ids).toArray(),
    db.collections.where('claimIds').anyOf(owned).toArray(),
  ]);
  return {
    sources,
    linkedSources: uniqueById([...later, ...summaries]),
    ownedClaims: ownedClaims.filter((c) => c !== undefined).map(claimOf),
    originClaims: originClaims.map(claimOf),
    citations: uniqueById([...inOrInto, ...ofOwned]),
    annotations,
    collections: uniqueById([...bySource, ...byClaim]),
  };
}

/** Applies a planned removal and moves the sources' texts and files to the trash, in the caller's transaction. */
export async function removeAsPlanned(db: FootnoteDatabase, change: RecordChange, trash: { id: string; at: string; title: string; change?: RecordChange }, sourceIds: readonly string[]): Promise<void> {
  // A nested transaction joins the caller's and re-enters its zone, which a chain of native awaits can lose.
  await db.transaction('rw', removalTables(db), async () => {
    const planned = await planAgainstStore(db, change, 'redo');
    // Read in this transaction a moment ago, so it cannot differ; a failure here is a bug, not a user's conflict.
    if (!planned.ok) throw new Error('The records to remove changed while they were read.');
    await moveToTrash(db, trash, sourceIds);
    await applyRecordWrites(db, planned.writes);
  });
}

/**
 * Why putting removed sources back (undoing a deletion, redoing an undone import) cannot be done, or undefined: the
 * same text was imported again since, as another source (two sources of one text are refused everywhere).
 */
export async function reimportedSince(db: FootnoteDatabase, change: RecordChange, direction: UndoDirection): Promise<string | undefined> {
  const returning = (direction === 'undo' ? change.before : change.after).sources ?? [];
  for (const source of returning as Source[]) {
    const twin = await db.sources.where('contentHash').equals(source.contentHash).first();
    if (twin && twin.id !== source.id) return `the same text was imported again since as “${twin.title}”; delete that source first`;
  }
  return undefined;
}

/** The sources a change removes (in `before`, not in `after`). */
export function removedSourceIds(change: RecordChange): string[] {
  const kept = new Set((change.after.sources ?? []).map((s) => s.id));
  return (change.before.sources ?? []).map((s) => s.id).filter((id) => !kept.has(id));
}

// Claims that lose citations and keep none.
async function claimsLeftUncited(db: FootnoteDatabase, plan: RemovalPlan): Promise<string[]> {
  const removed = new Set((plan.change.before.citations ?? []).map((c) => c.id));
  const after = new Set((plan.change.after.citations ?? []).map((c) => c.id));
  const left: string[] = [];
  for (const claimId of plan.lostEvidence) {
    const ids = await db.citations.where('claimId').equals(claimId).primaryKeys();
    if (ids.every((id) => removed.has(id) && !after.has(id))) left.push(claimId);
  }
  return left;
}

// The other versions in the source's chain, both ways.
async function versionCount(db: FootnoteDatabase, source: Source): Promise<number> {
  const seen = new Set([source.id]);
  const queue = [source];
  while (queue.length > 0) {
    const at = queue.pop();
    if (!at) break;
    const next = await db.sources.where('previousVersionId').equals(at.id).toArray();
    const previous = at.previousVersionId !== undefined ? await db.sources.get(at.previousVersionId) : undefined;
    for (const s of [...next, ...(previous ? [previous] : [])]) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      queue.push(s);
    }
  }
  return seen.size - 1;
}

function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}
