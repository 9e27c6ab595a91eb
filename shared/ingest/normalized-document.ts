import type { Block, ReferenceEntry, SourceKind } from '../model';

/** Metadata found in the document itself; absent fields were not found, never guessed. */
export interface DocumentMeta {
  title: string;
  originalTitle?: string;
  publisher?: string;
  authors: string[];
  /** As the document states it: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (local to the publisher; no zone is given). */
  publishedAt?: string;
  url?: string;
  lang: string;
  tags: string[];
  /** A short summary the document gives of itself (a web page's description), for lists and previews. */
  excerpt?: string;
  /** The writing direction the document declares; absent means left to right. */
  dir?: 'ltr' | 'rtl';
  /** For a PDF: how many pages it has. */
  pageCount?: number;
  /** For a PDF: whether it has a text layer; `false` means a scan whose text could not be read. */
  textLayer?: boolean;
  /** For a reference-list entry (kind `reference`): the CSL-JSON item it was read as, for citation formatting. */
  csl?: Record<string, unknown>;
}

/** What every format parser produces: one normalized text, its blocks, its metadata and its reference list. */
export interface NormalizedDocument {
  kind: SourceKind;
  text: string;
  blocks: Block[];
  meta: DocumentMeta;
  references: ReferenceEntry[];
  /** Things the user should know about the import that did not stop it (e.g. the encoding guessed). */
  notices: string[];
}

/** One format parser's answer: the document, or why the file could not be read (a message for the user). */
export type ParseResult = { ok: true; doc: NormalizedDocument } | { ok: false; error: string };
