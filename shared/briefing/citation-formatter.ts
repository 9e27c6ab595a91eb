import type { BriefingLang } from './briefing-lang';
import type { CitationStyleId } from './citation-style-catalog';
import type { CslItem } from './csl-item';

/** One citation to format: the item cited and where in it. */
export interface CslCite {
  itemId: string;
  locator?: string;
  label?: 'paragraph' | 'page';
}

/** Citations formatted in a style, one entry per cite in the order given. */
export interface FormattedCitations {
  kind: 'note' | 'in-text';
  /** The text of each cite's footnote. */
  notes: string[];
  /** How the style cites each one in running text (`(Smith, 2025, para. 8)`, `[1]`); for a note style, the note. */
  inText: string[];
  /** The reference list, in the style's order; empty when the style has none. */
  bibliography: string[];
  /** Each item's reference-list entry, by item id, as the style writes it (a numeric style's own number included). */
  entryByItem: ReadonlyMap<string, string>;
}

/** Formatted citations, or why the style could not format them. */
export type FormatCitationsResult = { ok: true; value: FormattedCitations } | { ok: false; error: string };

/**
 * Formats citations in a bundled style. The briefing builder takes one of these rather than importing citeproc, so
 * the views that only preview a briefing in Footnote's own notes never load citeproc and the styles.
 */
export type CitationFormatter = (style: CitationStyleId, lang: BriefingLang, items: readonly CslItem[], cites: readonly CslCite[]) => FormatCitationsResult;
