import type { Briefing, Citation, Claim, Source } from '../model';
import { detectBriefingLang, type BriefingLang } from './briefing-lang';
import type { CitationFormatter } from './citation-formatter';
import { citationNotes, type CitedPlace } from './citation-notes';
import { citationStyleInfo, type FootnoteStyleId } from './citation-style-catalog';
import { DEFAULT_FOOTNOTE_CONTENT, type FootnoteContentOptions } from './footnote-content';

/** A claim as it stands in a briefing: its text and the numbers of its footnotes. */
export interface ClaimBlock {
  kind: 'claim';
  claimId: string;
  text: string;
  footnotes: number[];
  /** True when none of the claim's citations is resolved to an original. */
  unresolved: boolean;
}

/** A paragraph of the analyst's own words between claims. */
export interface ProseBlock {
  kind: 'prose';
  text: string;
}

/** A section of the briefing under its heading. */
export interface BriefingDocumentSection {
  heading: string;
  blocks: (ClaimBlock | ProseBlock)[];
}

/** One footnote: its number, its text, and the citations it stands for. */
export interface DocumentFootnote {
  n: number;
  text: string;
  citationIds: string[];
}

/** A briefing laid out for rendering: every format renderer reads this and nothing else. */
export interface BriefingDocument {
  title: string;
  audience: string;
  summary: string;
  date: string;
  /** The language the briefing is written in: its labels, citation locale and the exported document's language. */
  lang: BriefingLang;
  /** The style the footnotes were written in (Footnote's own notes when the chosen style could not be used). */
  style: FootnoteStyleId;
  sections: BriefingDocumentSection[];
  footnotes: DocumentFootnote[];
  /** The reference list at the end, when the style has one. */
  bibliography: { heading: string; entries: string[] } | null;
  /** What did not go as chosen (a style that failed and fell back), to show before export. */
  warnings: string[];
}

/** What the builder needs to look up; missing entries are reported in the output, never dropped silently. */
export interface BriefingLookup {
  claims: ReadonlyMap<string, Claim>;
  citationsByClaim: ReadonlyMap<string, readonly Citation[]>;
  sources: ReadonlyMap<string, Source>;
}

/** How to lay a briefing out; everything has a default, so the preview can pass nothing. */
export interface BriefingLayoutOptions {
  /** Overrides the briefing's own `citationStyle`. */
  style?: string;
  /** Overrides the language detected from the briefing's words. */
  lang?: BriefingLang;
  footnoteContent?: Partial<FootnoteContentOptions>;
  /** Formats the CSL styles (`cslFormatter` from ./citation-styles); without it, Footnote's own notes are used. */
  formatter?: CitationFormatter;
}

const DELETED_CLAIM = '[A claim in this briefing has been deleted.]';

/**
 * Lays out a briefing: claims in order under their section headings, footnotes numbered in order of first use.
 * Identical footnotes are shared, except in a note style, where each citation is its own note so that repeats can
 * read "Ibid." or a short form as the style says.
 */
export function buildBriefingDocument(briefing: Briefing, lookup: BriefingLookup, date: string, options: BriefingLayoutOptions = {}): BriefingDocument {
  const content = { ...DEFAULT_FOOTNOTE_CONTENT, ...options.footnoteContent };
  const lang = options.lang ?? detectBriefingLang(briefingWords(briefing, lookup));
  const places: CitedPlace[] = [];
  const laidOut = briefing.sections.map((section) => ({
    heading: section.heading,
    items: section.items.map((item) => {
      if (item.kind === 'prose') return { kind: 'prose' as const, text: item.text };
      const claim = lookup.claims.get(item.claimId);
      if (!claim) return { kind: 'prose' as const, text: DELETED_CLAIM };
      const citations = lookup.citationsByClaim.get(claim.id) ?? [];
      const first = places.length;
      for (const citation of citations) {
        places.push({
          citation,
          citing: lookup.sources.get(citation.sourceId),
          resolved: citation.resolvedSourceId ? lookup.sources.get(citation.resolvedSourceId) : undefined,
        });
      }
      return { kind: 'claim' as const, claim, placeRange: [first, places.length] as const, unresolved: !citations.some((c) => c.resolved) };
    }),
  }));

  const requestedStyle = options.style ?? briefing.citationStyle;
  const notes = citationNotes(places, requestedStyle, lang, content, options.formatter);
  const footnotes: DocumentFootnote[] = [];
  const numberByText = new Map<string, number>();
  const shareIdentical = notes.kind !== 'note';
  const footnoteFor = (text: string, citationId: string): number => {
    const existing = shareIdentical ? numberByText.get(text) : undefined;
    if (existing !== undefined) {
      footnotes[existing - 1]?.citationIds.push(citationId);
      return existing;
    }
    const n = footnotes.length + 1;
    footnotes.push({ n, text, citationIds: [citationId] });
    numberByText.set(text, n);
    return n;
  };

  const sections = laidOut.map((section) => ({
    heading: section.heading,
    blocks: section.items.map((item): ClaimBlock | ProseBlock => {
      if (item.kind === 'prose') return item;
      const [from, to] = item.placeRange;
      const numbers = places.slice(from, to).map((place, k) => footnoteFor(notes.notes[from + k] ?? '', place.citation.id));
      return { kind: 'claim', claimId: item.claim.id, text: item.claim.text, footnotes: [...new Set(numbers)], unresolved: item.unresolved };
    }),
  }));

  const style = notes.kind === 'plain' ? 'footnote-notes' : citationStyleInfo(requestedStyle).id;
  const heading = citationStyleInfo(style).bibliographyHeading;
  const bibliography = heading && notes.bibliography.length > 0 ? { heading: heading[lang], entries: notes.bibliography } : null;
  return { title: briefing.title, audience: briefing.audience, summary: briefing.summary, date, lang, style, sections, footnotes, bibliography, warnings: notes.warnings };
}

/** The briefing's own words, from which its language is told (sources are left out: an English note may cite Chinese papers). */
function briefingWords(briefing: Briefing, lookup: BriefingLookup): string[] {
  const words = [briefing.title, briefing.summary];
  for (const section of briefing.sections) {
    words.push(section.heading);
    for (const item of section.items) words.push(item.kind === 'prose' ? item.text : (lookup.claims.get(item.claimId)?.text ?? ''));
  }
  return words;
}
