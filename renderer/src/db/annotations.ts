import { describeRange } from '../../../shared/anchoring/describe-range';
import { reanchorBatch, type ReanchorTotals } from '../../../shared/anchoring/reanchor-batch';
import { ANCHOR_REASON_TEXT } from '../../../shared/anchoring/anchor';
import { findPositionSelector } from '../../../shared/anchoring/selectors';
import { AnnotationSchema, type Annotation, type Citation } from '../../../shared/model';
import { relocate } from '../../../shared/claims/edit/check-locator';
import { countNoun } from '../../../shared/wording/count-noun';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';
import { undoEntry, type UndoOutcome } from './undo';

/** The highlight colours offered; stored by name so themes can choose the shade. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** Annotates the range [start, end) of a source's current text, in one transaction. */
export async function createAnnotation(
  db: FootnoteDatabase,
  input: { sourceId: string; start: number; end: number; colour?: string; note?: string; tags?: string[] },
): Promise<Annotation> {
  return db.transaction('rw', [db.sources, db.texts, db.annotations, db.history], async () => {
    const [source, text] = await Promise.all([db.sources.get(input.sourceId), db.texts.get(input.sourceId)]);
    if (!source || !text) throw new Error('That source is no longer in the workspace.');
    if (input.start >= input.end || input.end > text.text.length) throw new Error('Select some text in the source first.');
    const described = describeRange(text.text, input.start, input.end, { sourceHash: source.contentHash });
    const now = nowIso();
    const annotation: Annotation = {
      id: newId(),
      sourceId: source.id,
      selectors: [described.quote, described.position],
      note: input.note ?? '',
      tags: input.tags ?? [],
      colour: input.colour ?? 'yellow',
      anchor: 'anchored',
      sourceHash: source.contentHash,
      createdAt: now,
      updatedAt: now,
    };
    await db.annotations.add(annotation);
    await db.history.add({ entity: 'annotation', entityId: annotation.id, op: 'create', at: now, after: annotation });
    return annotation;
  });
}

/** Changes an annotation's note, tags or colour. */
export async function updateAnnotation(db: FootnoteDatabase, id: string, patch: Partial<Pick<Annotation, 'note' | 'tags' | 'colour'>>): Promise<void> {
  await db.transaction('rw', [db.annotations, db.history], async () => {
    const before = await db.annotations.get(id);
    if (!before) throw new Error('That annotation no longer exists.');
    const after: Annotation = { ...before, ...patch, tags: patch.tags ? normalizeTags(patch.tags) : before.tags, updatedAt: nowIso() };
    await db.annotations.put(after);
    await db.history.add({ entity: 'annotation', entityId: id, op: 'update', at: after.updatedAt, before, after });
  });
}

/** Accepts a drifted or approximate anchor where Footnote proposed it, or leaves it where the analyst put it. */
export async function confirmAnchor(db: FootnoteDatabase, id: string, place?: { start: number; end: number }): Promise<void> {
  await db.transaction('rw', [db.annotations, db.sources, db.texts, db.history], async () => {
    const before = await db.annotations.get(id);
    if (!before) throw new Error('That annotation no longer exists.');
    const [source, text] = await Promise.all([db.sources.get(before.sourceId), db.texts.get(before.sourceId)]);
    const target = place ?? before.anchorDetail?.candidate ?? findPositionSelector(before.selectors);
    if (!source || !text || !target) throw new Error('There is no place to confirm: select the passage in the text and re-place the note there.');
    const described = describeRange(text.text, target.start, target.end, { sourceHash: source.contentHash });
    const after: Annotation = { ...before, selectors: [described.quote, described.position], anchor: 'anchored', sourceHash: source.contentHash, updatedAt: nowIso() };
    delete after.anchorDetail;
    await db.annotations.put(after);
    await db.history.add({ entity: 'annotation', entityId: id, op: 'update', at: after.updatedAt, before, after });
  });
}

/** Deletes an annotation, keeping it in history so it can be restored. */
export async function deleteAnnotation(db: FootnoteDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.annotations, db.history], async () => {
    const before = await db.annotations.get(id);
    if (!before) return;
    await db.annotations.delete(id);
    await db.history.add({ entity: 'annotation', entityId: id, op: 'delete', at: nowIso(), before });
  });
}

/** The most recent annotation change of a source that can be undone, if any. */
export async function lastAnnotationChange(db: FootnoteDatabase, sourceId: string): Promise<{ seq: number; op: string } | undefined> {
  const recent = await db.history.orderBy('seq').reverse().limit(50).toArray();
  const hit = recent.find((h) => h.entity === 'annotation' && !h.undone && annotationOf(h.before ?? h.after)?.sourceId === sourceId);
  return hit?.seq !== undefined ? { seq: hit.seq, op: hit.op } : undefined;
}

/** Undoes one recorded annotation change (a delete restored, an edit reverted, a creation removed), as Ctrl+Z would. */
export async function undoAnnotationChange(db: FootnoteDatabase, seq: number): Promise<UndoOutcome> {
  return undoEntry(db, seq);
}

function annotationOf(value: unknown): Annotation | undefined {
  const parsed = AnnotationSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
}

/** A source's annotations in reading order; orphaned ones (no place) last. */
export async function listAnnotations(db: FootnoteDatabase, sourceId: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('sourceId').equals(sourceId).toArray();
  const start = (a: Annotation) => (a.anchor === 'orphaned' ? Number.MAX_SAFE_INTEGER : (a.anchorDetail?.candidate?.start ?? findPositionSelector(a.selectors)?.start ?? Number.MAX_SAFE_INTEGER));
  return rows.sort((a, b) => start(a) - start(b));
}

/** The outcome of carrying annotations and citations to a new version: "N placed exactly, M placed approximately, K orphaned". */
export interface CarryReport {
  totals: ReanchorTotals;
  carried: number;
  /** Citations whose passage the new version does not hold: they stay on the version they quote, which is still true. */
  citationsLeft: number;
}

/** Moves a source's annotations and anchored citations to its new version and re-anchors them there, in one transaction (the caller's, when it has one: an import stores the version and carries in one); nothing is deleted. */
export async function carryToNewVersion(db: FootnoteDatabase, oldSourceId: string, newSourceId: string): Promise<CarryReport> {
  return db.transaction('rw', [db.sources, db.texts, db.annotations, db.citations, db.history], async () => {
    const [source, text] = await Promise.all([db.sources.get(newSourceId), db.texts.get(newSourceId)]);
    if (!source || !text) throw new Error('The new version is not in the workspace.');
    const annotations = await db.annotations.where('sourceId').equals(oldSourceId).toArray();
    // Read by index, not the whole table: a workspace holds far more citations than one source has.
    const [recordedIn, resolvedTo] = await Promise.all([db.citations.where('sourceId').equals(oldSourceId).toArray(), db.citations.where('resolvedSourceId').equals(oldSourceId).toArray()]);
    const citations = [...new Map([...recordedIn, ...resolvedTo].map((c) => [c.id, c])).values()].filter(
      (c) => (c.resolvedSourceId ?? c.sourceId) === oldSourceId && (c.locator.selectors?.length ?? 0) > 0,
    );
    const report = reanchorBatch(text.text, source.contentHash, [
      ...annotations.map((a) => ({ id: a.id, selectors: a.selectors, sourceHash: a.sourceHash })),
      ...citations.map((c) => ({ id: c.id, selectors: c.locator.selectors ?? [] })),
    ]);
    const byId = new Map(report.items.map((i) => [i.id, i]));
    const now = nowIso();
    for (const before of annotations) {
      const item = byId.get(before.id);
      if (!item) continue;
      const after: Annotation = { ...before, sourceId: newSourceId, updatedAt: now };
      const r = item.result;
      if (item.described) {
        after.selectors = [item.described.quote, item.described.position];
        after.sourceHash = source.contentHash;
      }
      after.anchor = r.status === 'exact' ? 'anchored' : r.status;
      if (r.status === 'exact') delete after.anchorDetail;
      else
        after.anchorDetail = {
          ...(r.status !== 'orphaned' ? { score: 'score' in r ? r.score : undefined, candidate: { start: r.start, end: r.end } } : {}),
          ...('reason' in r ? { reason: ANCHOR_REASON_TEXT[r.reason] } : {}),
          ...(item.diff ? { diff: item.diff } : {}),
        };
      await db.annotations.put(after);
      await db.history.add({ entity: 'annotation', entityId: after.id, op: 'update', at: now, before, after });
    }
    let citationsLeft = 0;
    for (const before of citations) {
      const item = byId.get(before.id);
      if (!item) continue;
      // A citation quotes a passage of one version. Moved to a version that lacks the passage it would name a place that
      // is not there, so it stays where its quote is true; the evidence view and the briefing checks say a newer
      // version exists.
      if (item.result.status === 'orphaned' || item.result.status === 'drifted' || !item.described) {
        citationsLeft += 1;
        continue;
      }
      const after: Citation = { ...before };
      if (before.resolvedSourceId === oldSourceId) after.resolvedSourceId = newSourceId;
      else after.sourceId = newSourceId;
      after.locator = relocate(before.locator, [item.described.quote, item.described.position], text.blocks);
      await db.citations.put(after);
      await db.history.add({ entity: 'citation', entityId: after.id, op: 'update', at: now, before, after });
    }
    return { totals: report.totals, carried: report.items.length - citationsLeft, citationsLeft };
  });
}

/** "N placed exactly, M placed approximately, K orphaned" (and drifted, when any), for the import message. */
export function describeCarry(report: CarryReport): string {
  const t = report.totals;
  // Citations left on the earlier version were counted as orphaned or drifted by the re-anchoring; they are named apart.
  const annotationsLost = Math.max(0, t.orphaned + t.drifted - report.citationsLeft);
  const drifted = Math.min(t.drifted, annotationsLost);
  const orphaned = annotationsLost - drifted;
  const review = drifted > 0 ? `, ${drifted} need review (drifted)` : '';
  const left = report.citationsLeft > 0 ? `; ${countNoun(report.citationsLeft, 'citation')} left on the earlier version, whose text ${report.citationsLeft === 1 ? 'it quotes' : 'they quote'}` : '';
  return `${t.exact} placed exactly, ${t.approximate} placed approximately${review}, ${orphaned} orphaned${left}`;
}
