import Dexie from 'dexie';
import { extractSummaryClaims } from '../../../shared/claims/extract-summary-claims';
import type { NormalizedDocument } from '../../../shared/ingest/normalized-document';
import type { ImportOrigin, Source, SourceImportRecord, SourceKind } from '../../../shared/model';
import { carryToNewVersion, describeCarry, type CarryReport } from './annotations';
import { createClaims, type NewClaim } from './claim-operations';
import type { FootnoteDatabase, SourceFileRow } from './database';
import { newId, nowIso, sha256Hex } from './identity';
import { resemblance, SAME_DOCUMENT_RESEMBLANCE, sketchText } from '../../../shared/ingest/text-resemblance';

/** The original file behind an import, kept byte for byte as provenance. */
export interface OriginalFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  doc: NormalizedDocument;
  origin: ImportOrigin;
  file?: OriginalFile;
  /** False when another source from the same file already holds its bytes (entries of one reference list). */
  storeFileBytes?: boolean;
}

/** A source the analyst may say an import is a new version of: a shared title, URL or file name, but not enough to be sure. */
export interface VersionCandidate {
  sourceId: string;
  title: string;
  kind: SourceKind;
  importedAt: string;
  /** Why it is offered: the same title, or the same file name with a text too different to assume it. */
  reason: 'same-title' | 'same-file';
}

export type ImportOutcome =
  | {
      status: 'imported';
      sourceId: string;
      title: string;
      claims: number;
      citations: number;
      notices: string[];
      /** The earlier version this was recognised as a new version of, by URL or by file name and kind. */
      previousVersionId?: string;
      /** What was carried from that version, in the same transaction. */
      carried?: CarryReport;
      /** Sources it may be a new version of, for the analyst to choose from; never linked without that choice. */
      versionCandidates: VersionCandidate[];
    }
  | { status: 'duplicate'; sourceId: string; title: string };

// Summaries and notes cite with markers; articles and PDFs use markers for their own references, so their sentences
// are offered as candidate claims in the reader instead of becoming claims on import.
const KINDS_WITH_SUMMARY_CLAIMS: ReadonlySet<SourceKind> = new Set(['clipping', 'text', 'markdown']);

// The picker lists this many likely earlier versions at most, newest first; more would be a search, not a choice.
const MAX_VERSION_CANDIDATES = 5;

/**
 * Stores a parsed document in one transaction: its original bytes, its text, the claims its markers make, and, when
 * it is a new version of a source already here (same URL, or same file name and kind, and a text that reads as the
 * same document), the link to that version with
 * its annotations and anchored citations carried over. A failure anywhere stores nothing. A second copy of the same
 * text is refused as a duplicate.
 */
export async function importDocument(db: FootnoteDatabase, request: ImportRequest): Promise<ImportOutcome> {
  const { doc, origin, file } = request;
  const fileHash = file ? await sha256Hex(file.bytes) : undefined;
  // A scan without a text layer has no text to tell it apart from other scans; its bytes are its identity.
  const contentHash = doc.text.trim() === '' && fileHash ? `file:${fileHash}` : await sha256Hex(doc.text);
  const now = nowIso();
  const sourceId = newId();

  const source: Source = {
    id: sourceId,
    title: doc.meta.title,
    lang: doc.meta.lang,
    authors: doc.meta.authors,
    kind: doc.kind,
    contentHash,
    importedAt: now,
    importedFrom: origin,
    tags: doc.meta.tags,
  };
  if (doc.meta.originalTitle) source.originalTitle = doc.meta.originalTitle;
  if (doc.meta.publisher) source.publisher = doc.meta.publisher;
  if (doc.meta.publishedAt) source.publishedAt = doc.meta.publishedAt;
  if (doc.meta.url) source.url = doc.meta.url;
  if (fileHash) source.fileHash = fileHash;
  copyOptionalMeta(doc, source);

  const drafts = KINDS_WITH_SUMMARY_CLAIMS.has(doc.kind) ? claimsFromMarkers(doc, sourceId) : [];

  try {
    return await db.transaction('rw', [db.sources, db.sourceFiles, db.texts, db.annotations, db.claims, db.citations, db.history], async () => {
      const existing = await db.sources.where('contentHash').equals(contentHash).first();
      const placeholder = await findPlaceholder(db, existing, file?.name, fileHash);
      if (placeholder) return await fillPlaceholder(db, placeholder, request, source, fileHash, now);
      if (existing) return { status: 'duplicate', sourceId: existing.id, title: existing.title } as const;
      const { previous, differing } = await findPreviousVersion(db, source, doc.text);
      const versionCandidates = previous ? [] : mergeCandidates(differing, await likelyEarlierVersions(db, source));
      if (previous) source.previousVersionId = previous.id;
      await db.sources.add(source);
      await db.texts.add({ sourceId, text: doc.text, blocks: doc.blocks, references: doc.references });
      if (file && fileHash && request.storeFileBytes !== false) {
        const row: SourceFileRow = { sourceId, name: file.name, mime: file.mime, size: file.bytes.length, sha256: fileHash, bytes: file.bytes };
        await db.sourceFiles.add(row);
      }
      const created = await createClaims(db, drafts, 'import');
      const citations = created.reduce((n, c) => n + c.citations.length, 0);
      // Inside this transaction: a version is never stored without what it carries, nor reported failed once stored.
      const carried = previous ? await carryToNewVersion(db, previous.id, sourceId) : undefined;
      const record: SourceImportRecord = { title: source.title, kind: source.kind, claims: created.length, citations };
      if (previous) record.previousVersionId = previous.id;
      if (carried) record.carried = carried.carried;
      await db.history.add({ entity: 'source', entityId: sourceId, op: 'import', at: now, after: record });
      const notices = carried && carried.carried > 0 ? [...doc.notices, `Annotations and citations carried to this version: ${describeCarry(carried)}.`] : doc.notices;
      const outcome: ImportOutcome = { status: 'imported', sourceId, title: source.title, claims: created.length, citations, notices, versionCandidates };
      if (previous) outcome.previousVersionId = previous.id;
      if (carried) outcome.carried = carried;
      return outcome;
    });
  } catch (error) {
    // Two imports of the same text racing each other: the unique index decides, and the loser is a duplicate.
    if (error instanceof Dexie.ConstraintError) {
      const existing = await db.sources.where('contentHash').equals(contentHash).first();
      if (existing) return { status: 'duplicate', sourceId: existing.id, title: existing.title };
    }
    throw error;
  }
}

/**
 * A source a briefing companion brought in without its text (companions carry records, not files) that this import is
 * the original of: the same text, or the same file bytes. Undefined when there is none.
 */
async function findPlaceholder(db: FootnoteDatabase, sameText: Source | undefined, fileName: string | undefined, fileHash: string | undefined): Promise<Source | undefined> {
  if (sameText) return (await isPlaceholder(db, sameText)) ? sameText : undefined;
  // Bytes identify a file even when this build reads its text differently from the one that exported the companion;
  // the file-name index narrows the search to the few sources imported under that name.
  if (!fileName || !fileHash) return undefined;
  for (const candidate of await sourcesFromFile(db, fileName)) if (candidate.fileHash === fileHash && (await isPlaceholder(db, candidate))) return candidate;
  return undefined;
}

/** True for a source stored without text: only a companion import makes those (every file import stores its text). */
export async function isPlaceholder(db: FootnoteDatabase, source: Source): Promise<boolean> {
  return (await db.texts.get(source.id)) === undefined;
}

// The original fills the placeholder in place: same id, so every citation, claim and briefing that names it keeps
// pointing at it, now with the text and the file. Its title and authors stay as the briefing showed them; what the
// file says about itself (kind, hashes, provenance) comes from the import. Claims its markers make are added only
// where the companion did not already bring one of the same text.
async function fillPlaceholder(db: FootnoteDatabase, placeholder: Source, request: ImportRequest, incoming: Source, fileHash: string | undefined, now: string): Promise<ImportOutcome> {
  const { doc, file } = request;
  const { id: _new, title: _title, authors: _authors, tags, previousVersionId: _none, ...fromFile } = incoming;
  const filled: Source = { ...placeholder, ...fromFile, tags: [...new Set([...placeholder.tags, ...tags])] };
  await db.sources.put(filled);
  await db.texts.add({ sourceId: placeholder.id, text: doc.text, blocks: doc.blocks, references: doc.references });
  if (file && fileHash && request.storeFileBytes !== false) {
    await db.sourceFiles.put({ sourceId: placeholder.id, name: file.name, mime: file.mime, size: file.bytes.length, sha256: fileHash, bytes: file.bytes });
  }
  const known = new Set((await db.claims.where('originSourceId').equals(placeholder.id).toArray()).map((c) => c.text.trim()));
  const drafts = KINDS_WITH_SUMMARY_CLAIMS.has(doc.kind) ? claimsFromMarkers(doc, placeholder.id).filter((d) => !known.has(d.text.trim())) : [];
  const created = await createClaims(db, drafts, 'import');
  const citations = created.reduce((n, c) => n + c.citations.length, 0);
  const cited = await db.citations.where('sourceId').equals(placeholder.id).count();
  const record: SourceImportRecord = { title: filled.title, kind: filled.kind, claims: created.length, citations, filledPlaceholder: true };
  await db.history.add({ entity: 'source', entityId: placeholder.id, op: 'import', at: now, after: record });
  const filledNotice = `Filled the source a briefing companion named without its text; the ${cited} citation${cited === 1 ? '' : 's'} in it now point at this text.`;
  return { status: 'imported', sourceId: placeholder.id, title: filled.title, claims: created.length, citations, notices: [filledNotice, ...doc.notices], versionCandidates: [] };
}

/**
 * Stores an imported source as a new version of another, as the analyst chose in the import summary, and carries the
 * earlier version's annotations and anchored citations to it, in one transaction.
 */
export async function storeAsNewVersion(db: FootnoteDatabase, sourceId: string, previousId: string): Promise<CarryReport> {
  if (sourceId === previousId) throw new Error('A source cannot be a new version of itself.');
  return db.transaction('rw', [db.sources, db.texts, db.annotations, db.citations, db.history], async () => {
    const [before, previous] = await Promise.all([db.sources.get(sourceId), db.sources.get(previousId)]);
    if (!before) throw new Error('That source is no longer in the workspace.');
    if (!previous) throw new Error('The earlier version is no longer in the workspace.');
    if (before.previousVersionId !== undefined) throw new Error(`“${before.title}” is already stored as a new version of another source.`);
    if (await isLaterVersion(db, previous, sourceId)) throw new Error(`“${previous.title}” is itself a later version of “${before.title}”.`);
    const after: Source = { ...before, previousVersionId: previousId };
    await db.sources.put(after);
    const carried = await carryToNewVersion(db, previousId, sourceId);
    await db.history.add({ entity: 'source', entityId: sourceId, op: 'update', at: nowIso(), before: { sources: [before] }, after: { sources: [after], carried: carried.carried } });
    return carried;
  });
}

// Versions form a chain through previousVersionId; linking a source after one of its own later versions would make a loop.
async function isLaterVersion(db: FootnoteDatabase, source: Source, ofId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let at: Source | undefined = source; at?.previousVersionId !== undefined && !seen.has(at.id); at = await db.sources.get(at.previousVersionId)) {
    if (at.previousVersionId === ofId) return true;
    seen.add(at.id);
  }
  return false;
}

// A new version is recognised by a real identity only: the same URL, or a file of the same name and kind. A title
// is not one: two pastes without a title line share the fallback title and are unrelated texts. A URL names one page;
// a file name does not: two different pages both saved as `source.html` share it, so a file name makes a new version
// only when the texts also read as one document, and is otherwise offered to the analyst as a candidate.
async function findPreviousVersion(db: FootnoteDatabase, source: Source, text: string): Promise<{ previous?: Source; differing: VersionCandidate[] }> {
  if (source.kind === 'reference') return { differing: [] };
  if (source.url) return { previous: newestFirst(await db.sources.where('url').equals(source.url).toArray())[0], differing: [] };
  const fileName = source.importedFrom.method === 'file' ? source.importedFrom.fileName : undefined;
  if (!fileName) return { differing: [] };
  const sameFile = newestFirst((await sourcesFromFile(db, fileName)).filter((s) => s.kind === source.kind));
  if (sameFile.length === 0) return { differing: [] };
  const sketch = sketchText(text);
  const differing: VersionCandidate[] = [];
  for (const candidate of sameFile.slice(0, MAX_VERSION_CANDIDATES)) {
    const earlier = await db.texts.get(candidate.id);
    if (earlier && resemblance(sketch, sketchText(earlier.text)) >= SAME_DOCUMENT_RESEMBLANCE) return { previous: candidate, differing: [] };
    differing.push(versionCandidate(candidate, 'same-file'));
  }
  return { differing };
}

function versionCandidate(source: Source, reason: VersionCandidate['reason']): VersionCandidate {
  return { sourceId: source.id, title: source.title, kind: source.kind, importedAt: source.importedAt, reason };
}

// Databases opened at a schema older than v6 (only migration tests do) have no file-name index to ask.
async function sourcesFromFile(db: FootnoteDatabase, fileName: string): Promise<Source[]> {
  const indexed = db.sources.schema.indexes.some((i) => i.name === 'importedFrom.fileName');
  return indexed ? db.sources.where('importedFrom.fileName').equals(fileName).toArray() : db.sources.filter((s) => s.importedFrom.fileName === fileName).toArray();
}

// Same title and kind suggests, and only suggests, an earlier version: the analyst decides in the import summary.
async function likelyEarlierVersions(db: FootnoteDatabase, source: Source): Promise<VersionCandidate[]> {
  if (source.kind === 'reference' || source.title.trim() === '') return [];
  const sameTitle = (await db.sources.where('title').equals(source.title).toArray()).filter((s) => s.kind === source.kind);
  return newestFirst(sameTitle)
    .slice(0, MAX_VERSION_CANDIDATES)
    .map((s) => versionCandidate(s, 'same-title'));
}

// A source can be a candidate for more than one reason; it is listed once, under its strongest.
function mergeCandidates(first: VersionCandidate[], then: VersionCandidate[]): VersionCandidate[] {
  const seen = new Set(first.map((c) => c.sourceId));
  return [...first, ...then.filter((c) => !seen.has(c.sourceId))].slice(0, MAX_VERSION_CANDIDATES);
}

function newestFirst(sources: Source[]): Source[] {
  return [...sources].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

function copyOptionalMeta(doc: NormalizedDocument, source: Source): void {
  const { excerpt, dir, pageCount, textLayer, csl } = doc.meta;
  if (excerpt) source.excerpt = excerpt;
  if (dir) source.dir = dir;
  if (pageCount !== undefined) source.pageCount = pageCount;
  if (textLayer !== undefined) source.textLayer = textLayer;
  if (csl) source.csl = csl;
  if (doc.notices.length > 0) source.notices = doc.notices;
}

// Each marked sentence of a summary is a claim in reading order, citing the original by its markers as written.
function claimsFromMarkers(doc: NormalizedDocument, sourceId: string): NewClaim[] {
  return extractSummaryClaims(doc.text, doc.blocks).map((draft) => {
    const claim: NewClaim = { text: draft.text, originSourceId: sourceId, markers: draft.citations.map((c) => ({ marker: c.marker, markerNumber: c.markerNumber })) };
    if (draft.section !== undefined) claim.section = draft.section;
    return claim;
  });
}
