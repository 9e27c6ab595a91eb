import Dexie from 'dexie';
import { extractSummaryClaims } from '../../../shared/claims/extract-summary-claims';
import { quantitiesForClaim } from '../../../shared/claims/edit/claim-quantities';
import type { NormalizedDocument } from '../../../shared/ingest/normalized-document';
import type { Citation, Claim, ImportOrigin, Source, SourceKind } from '../../../shared/model';
import type { FootnoteDatabase, SourceFileRow } from './database';
import { newId, nowIso, sha256Hex } from './identity';

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

export type ImportOutcome =
  | { status: 'imported'; sourceId: string; title: string; claims: number; citations: number; notices: string[]; previousVersionId?: string }
  | { status: 'duplicate'; sourceId: string; title: string };

// Summaries and notes cite with markers; articles and PDFs use markers for their own references, so their sentences
// are offered as candidate claims in the reader instead of becoming claims on import.
const KINDS_WITH_SUMMARY_CLAIMS: ReadonlySet<SourceKind> = new Set(['clipping', 'text', 'markdown']);

/** Stores a parsed document with its original bytes, text and the claims its markers make, all in one transaction; a second copy of the same text is refused as a duplicate. */
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

  const { claims, citations } = KINDS_WITH_SUMMARY_CLAIMS.has(doc.kind) ? claimsFromMarkers(doc, sourceId, now) : { claims: [], citations: [] };

  try {
    return await db.transaction('rw', [db.sources, db.sourceFiles, db.texts, db.claims, db.citations, db.history], async () => {
      const existing = await db.sources.where('contentHash').equals(contentHash).first();
      if (existing) return { status: 'duplicate', sourceId: existing.id, title: existing.title } as const;
      const previous = await findPreviousVersion(db, source);
      if (previous) source.previousVersionId = previous.id;
      await db.sources.add(source);
      await db.texts.add({ sourceId, text: doc.text, blocks: doc.blocks, references: doc.references });
      if (file && fileHash && request.storeFileBytes !== false) {
        const row: SourceFileRow = { sourceId, name: file.name, mime: file.mime, size: file.bytes.length, sha256: fileHash, bytes: file.bytes };
        await db.sourceFiles.add(row);
      }
      await db.claims.bulkAdd(claims);
      await db.citations.bulkAdd(citations);
      await db.history.add({
        entity: 'source',
        entityId: sourceId,
        op: 'import',
        at: now,
        after: { title: source.title, kind: source.kind, claims: claims.length, citations: citations.length },
      });
      const outcome: ImportOutcome = { status: 'imported', sourceId, title: source.title, claims: claims.length, citations: citations.length, notices: doc.notices };
      if (previous) outcome.previousVersionId = previous.id;
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

// A re-import of the same page (same URL) or document (same title and kind) with other text is a new version of it.
async function findPreviousVersion(db: FootnoteDatabase, source: Source): Promise<Source | undefined> {
  if (source.kind === 'reference') return undefined;
  const candidates = source.url
    ? await db.sources.where('url').equals(source.url).toArray()
    : source.title.trim() !== ''
      ? (await db.sources.where('title').equals(source.title).toArray()).filter((s) => s.kind === source.kind)
      : [];
  return candidates.sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
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

function claimsFromMarkers(doc: NormalizedDocument, sourceId: string, now: string): { claims: Claim[]; citations: Citation[] } {
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  extractSummaryClaims(doc.text, doc.blocks).forEach((draft, order) => {
    const claimId = newId();
    const claim: Claim = {
      id: claimId,
      text: draft.text,
      status: 'draft',
      tags: [],
      note: '',
      originSourceId: sourceId,
      order,
      quantities: quantitiesForClaim(draft.text),
      createdAt: now,
      updatedAt: now,
    };
    if (draft.section !== undefined) claim.section = draft.section;
    claims.push(claim);
    for (const c of draft.citations) {
      citations.push({
        id: newId(),
        claimId,
        sourceId,
        locator: { marker: c.marker, markerNumber: c.markerNumber },
        stance: 'supports',
        // A marker names a paragraph of the original, which is not linked yet: unresolved until it is.
        resolved: false,
        createdAt: now,
      });
    }
  });
  return { claims, citations };
}
