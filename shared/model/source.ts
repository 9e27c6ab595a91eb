import { z } from 'zod';
import { RecordIdSchema } from './record-id';

/** How a source came into the workspace. */
export const SourceKindSchema = z.enum(['clipping', 'text', 'markdown', 'html', 'pdf', 'docx', 'reference']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** Where the bytes came from: a paste, a file on disk, or a restored workspace. */
export const ImportOriginSchema = z.object({
  method: z.enum(['paste', 'file', 'workspace']),
  fileName: z.string().optional(),
  mime: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
});
export type ImportOrigin = z.infer<typeof ImportOriginSchema>;

const IsoDate = z.string().min(4);

export const SourceSchema = z.object({
  id: RecordIdSchema,
  title: z.string(),
  originalTitle: z.string().optional(),
  lang: z.string(),
  publisher: z.string().optional(),
  authors: z.array(z.string()),
  publishedAt: IsoDate.optional(),
  url: z.string().optional(),
  kind: SourceKindSchema,
  /** SHA-256 of the normalized text: the identity used to recognise duplicates. */
  contentHash: z.string().min(1),
  /** SHA-256 of the original bytes. */
  fileHash: z.string().optional(),
  importedAt: IsoDate,
  importedFrom: ImportOriginSchema,
  tags: z.array(z.string()),
  /** The source this one was derived from, when re-imported as a new version. */
  previousVersionId: RecordIdSchema.optional(),
  /** For a summary: the imported original its `[n]` markers resolve against. */
  originalSourceId: RecordIdSchema.optional(),
  /** A short description the document gives of itself. */
  excerpt: z.string().optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
  pageCount: z.number().int().nonnegative().optional(),
  /** For a PDF: false when it is a scan with no text layer. */
  textLayer: z.boolean().optional(),
  /** For a reference-list entry: the CSL-JSON item, for citation formatting. */
  csl: z.record(z.string(), z.unknown()).optional(),
  /** What the user was told at import that did not stop it (encoding guessed, no text layer, ...), shown in the reader. */
  notices: z.array(z.string()).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const BlockKindSchema = z.enum(['heading', 'paragraph', 'list-item', 'quote', 'table', 'code']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A block is a span of the normalized text; paragraphs are numbered from 1 in reading order. */
export const BlockSchema = z.object({
  id: z.string().min(1),
  kind: BlockKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().positive().optional(),
  level: z.number().int().min(1).max(6).optional(),
  page: z.number().int().positive().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

/**
 * One entry of a source's reference or note list. A page may have several lists (Wikipedia's explanatory notes
 * `[n 1]`… beside its numbered references `[1]`…); they are stored one after another in `references`, each entry
 * keeping the list it belongs to and the label its markers read, so no list is merged into another's numbering.
 */
export const ReferenceEntrySchema = z.object({
  /** The entry's key in this source: 1, 2, 3… across all of its lists, in reading order. Locators name entries by it. */
  n: z.number().int().positive(),
  text: z.string(),
  url: z.string().optional(),
  /** The list the entry belongs to (its heading, e.g. "Footnotes"); absent when the source has a single list. */
  list: z.string().optional(),
  /** The entry's label as its markers read in the text, without brackets: `17`, `n 1`, `HTTP`. Absent means `n`. */
  label: z.string().optional(),
});
export type ReferenceEntry = z.infer<typeof ReferenceEntrySchema>;

/** The label an entry's markers read (`17`, `n 1`); texts stored before labels were kept read their entry number. */
export function referenceLabel(entry: Pick<ReferenceEntry, 'n' | 'label'>): string {
  return entry.label ?? String(entry.n);
}

export const SourceTextSchema = z.object({
  sourceId: RecordIdSchema,
  text: z.string(),
  blocks: z.array(BlockSchema),
  references: z.array(ReferenceEntrySchema),
});
export type SourceText = z.infer<typeof SourceTextSchema>;

/** The original bytes as stored in a workspace file (base64), kept apart so lists stay light. */
export const SourceFileRecordSchema = z.object({
  sourceId: RecordIdSchema,
  name: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().min(1),
});
export type SourceFileRecord = z.infer<typeof SourceFileRecordSchema>;
