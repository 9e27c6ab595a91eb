import type { BriefingLang } from './briefing-lang';

/** The CSL styles Footnote bundles (files in ./styles, rendered by citeproc-js). */
export type CitationStyleId = 'apa' | 'chicago-notes' | 'gb7714';
/** Every style a briefing can use: the bundled CSL styles and Footnote's own plain notes, the default before styles existed. */
export type FootnoteStyleId = 'footnote-notes' | CitationStyleId;

/** What a style is, without its CSL file, so a style picker can list them without loading citeproc. */
export interface CitationStyleInfo {
  id: FootnoteStyleId;
  label: string;
  /** 'note': the style writes footnotes itself (first note in full, then shortened or Ibid.); 'in-text': it cites in the text and lists references; 'plain': Footnote's own notes. */
  kind: 'note' | 'in-text' | 'plain';
  /** The heading of the reference list in each language; null when the style has none. */
  bibliographyHeading: Record<BriefingLang, string> | null;
  /**
   * 'note': every number in the text is a note of its own, numbered in reading order. 'source': a numeric style, where
   * a source keeps one number for the whole briefing, the text cites that number, and the notes are the reference list.
   */
  numbering: 'note' | 'source';
}

/** The styles a briefing can be exported in, in the order a picker shows them. */
export const CITATION_STYLES: readonly CitationStyleInfo[] = [
  { id: 'footnote-notes', label: 'Footnote notes (source, location, marker)', kind: 'plain', bibliographyHeading: null, numbering: 'note' },
  { id: 'apa', label: 'APA 7th edition', kind: 'in-text', bibliographyHeading: { 'en-US': 'References', 'zh-CN': '参考文献' }, numbering: 'note' },
  {
    id: 'chicago-notes',
    label: 'Chicago 17th edition (notes and bibliography)',
    kind: 'note',
    bibliographyHeading: { 'en-US': 'Bibliography', 'zh-CN': '参考书目' },
    numbering: 'note',
  },
  {
    id: 'gb7714',
    label: 'GB/T 7714-2015 (numeric)',
    kind: 'in-text',
    bibliographyHeading: { 'en-US': 'References', 'zh-CN': '参考文献' },
    numbering: 'source',
  },
];

/** True for the ids of the bundled CSL styles. */
export function isCitationStyleId(id: string): id is CitationStyleId {
  return id === 'apa' || id === 'chicago-notes' || id === 'gb7714';
}

/** The catalogue entry for a style id; unknown ids (older or hand-edited briefings) fall back to Footnote's own notes. */
export function citationStyleInfo(id: string): CitationStyleInfo {
  return CITATION_STYLES.find((s) => s.id === id) ?? (CITATION_STYLES[0] as CitationStyleInfo);
}
