import type { SearchKind } from './parse-query';

/** What the search keeps about each record, to filter and to show a result before its row is read. */
export interface SearchMeta {
  kind: SearchKind;
  id: string;
  /** The title of a source, the start of a claim's text or an annotation's quote. */
  label: string;
  /** The source a source is, an annotation is on, or a claim was recorded from and cites. */
  sourceIds: string[];
  tags: string[];
  /** `YYYY-MM-DD…`: a source's publication (else import) date, an annotation's or claim's last change. */
  date?: string;
  status?: string;
  stances?: string[];
}

/** A record ready to index: its metadata and the text every field contributes. */
export interface SearchDocument {
  meta: SearchMeta;
  text: string;
}

/** Characters of a claim's text or a quote kept as its label. */
export const LABEL_LENGTH = 160;

/** Cuts a label to LABEL_LENGTH characters without splitting a surrogate pair. */
export function shortLabel(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= LABEL_LENGTH) return t;
  return `${Array.from(t.slice(0, LABEL_LENGTH + 1)).slice(0, -1).join('')}…`;
}
