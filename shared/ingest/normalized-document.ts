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
