import { anchor, ANCHOR_REASON_TEXT } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/describe-range';
import { exportWebAnnotations } from '../../../shared/anchoring/web-annotation';
import { importWebAnnotations } from '../../../shared/anchoring/import-web-annotations';
import type { AnchoredNote } from '../../../shared/anchoring/anchored-note';
import type { Annotation, Source } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

const SOURCE_URN = 'urn:footnote:text:sha256:';

/** The IRI an annotation's target names: the page's URL when it has one, else the hash of the exact text annotated. */
export function sourceUri(source: Source): string {
  return source.url ?? `${SOURCE_URN}${source.contentHash}`;
}

/** The annotations of one source, or of the whole workspace, as a W3C Web Annotation collection (JSON-LD). */
export async function exportAnnotationsJsonLd(db: FootnoteDatabase, sourceId?: string): Promise<string> {
  const annotations = sourceId ? await db.annotations.where('sourceId').equals(sourceId).toArray() : await db.annotations.toArray();
  const sources = new Map((await db.sources.bulkGet([...new Set(annotations.map((a) => a.sourceId))])).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const notes: AnchoredNote[] = annotations.flatMap((a) => {
    const source = sources.get(a.sourceId);
    if (!source || a.selectors.length === 0) return [];
    return [{ id: a.id, sourceUri: sourceUri(source), selectors: a.selectors, note: a.note, tags: a.tags, colour: a.colour, created: a.createdAt, modified: a.updatedAt }];
  });
  const label = sourceId ? `Annotations on ${sources.get(sourceId)?.title ?? 'a source'}` : 'Footnote annotations';
  return JSON.stringify(exportWebAnnotations(notes, { id: `urn:uuid:${newId()}`, label }), null, 2);
}

/** What an annotation import did: how many came in, and each one left out with the reason. */
export interface AnnotationImportReport {
  imported: number;
  skipped: { index: number; reason: string }[];
}

/** Reads a Web Annotation file, anchors each annotation in the source it names, and stores those that fit, in one transaction. */
export async function importAnnotationsJsonLd(db: FootnoteDatabase, json: string): Promise<AnnotationImportReport> {
  const parsed = importWebAnnotations(json, { now: nowIso(), defaultColour: 'yellow' });
  if (!parsed.ok) throw new Error(parsed.kind === 'invalid-json' ? `This file is not valid JSON: ${parsed.message}` : `This file is not a Web Annotation file: ${parsed.message}`);
  const skipped: AnnotationImportReport['skipped'] = parsed.items.flatMap((item) => (item.status === 'skipped' ? [{ index: item.index, reason: item.reason }] : []));
  let imported = 0;
  await db.transaction('rw', [db.sources, db.texts, db.annotations, db.history], async () => {
    const sources = await db.sources.toArray();
    const byUri = new Map(sources.flatMap((s) => [[sourceUri(s), s] as const, [`${SOURCE_URN}${s.contentHash}`, s] as const]));
    const importedItems = parsed.items.filter((i) => i.status === 'imported');
    for (const [k, note] of parsed.notes.entries()) {
      const index = importedItems[k]?.index ?? k;
      const source = byUri.get(note.sourceUri);
      if (!source) {
        skipped.push({ index, reason: `Its source (${note.sourceUri}) is not in this workspace.` });
        continue;
      }
      if (await db.annotations.get(note.id)) {
        skipped.push({ index, reason: 'It is already in this workspace.' });
        continue;
      }
      const text = (await db.texts.get(source.id))?.text ?? '';
      const result = anchor(text, note.selectors, { textHash: source.contentHash });
      if (result.status === 'orphaned') {
        skipped.push({ index, reason: `It cannot be placed in “${source.title}”: ${ANCHOR_REASON_TEXT[result.reason]}` });
        continue;
      }
      const described = describeRange(text, result.start, result.end, { sourceHash: source.contentHash });
      const annotation: Annotation = {
        id: note.id,
        sourceId: source.id,
        selectors: result.status === 'drifted' ? note.selectors : [described.quote, described.position],
        note: note.note,
        tags: note.tags,
        colour: note.colour,
        anchor: result.status === 'exact' ? 'anchored' : result.status,
        sourceHash: source.contentHash,
        createdAt: note.created,
        updatedAt: note.modified,
      };
      if (result.status === 'drifted') annotation.anchorDetail = { score: result.score, reason: ANCHOR_REASON_TEXT[result.reason], candidate: { start: result.start, end: result.end } };
      await db.annotations.add(annotation);
      await db.history.add({ entity: 'annotation', entityId: annotation.id, op: 'import', at: nowIso(), after: annotation });
      imported++;
    }
  });
  return { imported, skipped: skipped.sort((a, b) => a.index - b.index) };
}
