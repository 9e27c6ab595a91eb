import type { Briefing, Citation, Claim, Source } from '../model';
import { detectBriefingLang, type BriefingLang } from './briefing-lang';
import type { CitationFormatter } from './citation-formatter';
import { citationNotes, numericNoteText, type CitedPlace, type NumericPlace, type PlaceNote } from './citation-notes';
import { citationStyleInfo, type FootnoteStyleId } from './citation-style-catalog';
import { disputeMarker, type FigureDispute } from './claim-dispute';
import { DOCUMENT_LABELS } from './document-labels';
import { DEFAULT_FOOTNOTE_CONTENT, type FootnoteContentOptions } from './footnote-content';

/** A claim as it stands in a briefing: its text and the numbers of its footnotes. */
export interface ClaimBlock {
  kind: 'claim';
  claimId: string;
  text: string;
  /** The note numbers the text cites, in the order shown (ascending in a numeric style). */
  footnotes: number[];
  /** True when none of the claim's citations is resolved to an original. */
  unresolved: boolean;
  /** The marker the reader sees when the claim's evidence disagrees ("[Disputed: contradicted by note 3]"), else null. */
  dispute: string | null;
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
  /**
   * 'note': every note is cited once, at the place its number stands. 'source' (a numeric style such as GB/T 7714):
   * a note is a source, its number is the source's for the whole briefing, and the notes are the reference list.
   */
  numbering: 'note' | 'source';
  /** The heading over the notes. */
  notesHeading: string;
  footnotes: DocumentFootnote[];
  /** The reference list at the end, when the style has one apart from the notes. */
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
  /** Overrides the briefing's own language, and the language detected from its words. */
  lang?: BriefingLang;
  footnoteContent?: Partial<FootnoteContentOptions>;
  /** Formats the CSL styles (`cslFormatter` from ./citation-styles); without it, Footnote's own notes are used. */
  formatter?: CitationFormatter;
  /** Figures other sources give differently, by claim id (`figureDisputesByClaim`), shown beside the claim. */
  figureDisputes?: ReadonlyMap<string, readonly FigureDispute[]>;
}

const DELETED_CLAIM = '[A claim in this briefing has been deleted.]';

/**
 * Lays out a briefing: claims in order under their section headings, each with its note numbers and, when its
 * evidence disagrees, a visible dispute marker. In a numeric style a source keeps one number for the whole briefing;
 * otherwise every note is cited exactly once, numbered in reading order (a claim citing the same text twice gets one
 * note), so Word's own footnote numbering, Markdown's and the preview's are the same.
 */
export function buildBriefingDocument(briefing: Briefing, lookup: BriefingLookup, date: string, options: BriefingLayoutOptions = {}): BriefingDocument {
  const content = { ...DEFAULT_FOOTNOTE_CONTENT, ...options.footnoteContent };
  const lang = options.lang ?? briefing.lang ?? detectBriefingLang(briefingWords(briefing, lookup));
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
  const numberer = notes.numbering === 'source' ? sourceNumberer() : noteNumberer();

  const sections = laidOut.map((section) => ({
    heading: section.heading,
    blocks: section.items.map((item): ClaimBlock | ProseBlock => {
      if (item.kind === 'prose') return item;
      const [from, to] = item.placeRange;
      const own = places.slice(from, to).map((place, k) => ({ place, note: notes.places[from + k] as PlaceNote }));
      const numbers = numberer.claim(own.map(({ place, note }) => ({ citationId: place.citation.id, note })));
      const contradicting = own.flatMap(({ place }, k) => (place.citation.stance === 'contradicts' ? [numbers.perPlace[k] as number] : []));
      const dispute = disputeMarker([...new Set(contradicting)], options.figureDisputes?.get(item.claim.id) ?? [], notes.numbering, lang);
      return { kind: 'claim', claimId: item.claim.id, text: item.claim.text, footnotes: numbers.shown, unresolved: item.unresolved, dispute };
    }),
  }));

  const style = notes.kind === 'plain' ? 'footnote-notes' : citationStyleInfo(requestedStyle).id;
  const heading = citationStyleInfo(style).bibliographyHeading;
  const numeric = notes.numbering === 'source';
  const bibliography = !numeric && heading && notes.bibliography.length > 0 ? { heading: heading[lang], entries: notes.bibliography } : null;
  const notesHeading = numeric && heading ? heading[lang] : DOCUMENT_LABELS[lang].notes;
  const footnotes = numberer.footnotes(lang);
  return { title: briefing.title, audience: briefing.audience, summary: briefing.summary, date, lang, style, sections, numbering: notes.numbering, notesHeading, footnotes, bibliography, warnings: notes.warnings };
}

interface Numberer {
  /** Numbers one claim's cited places: the numbers its text shows, and the number each place was given. */
  claim(places: readonly { citationId: string; note: PlaceNote }[]): { shown: number[]; perPlace: number[] };
  footnotes(lang: BriefingLang): DocumentFootnote[];
}

/** Notes in reading order, each cited once; a claim that cites the same text twice shows it once. */
function noteNumberer(): Numberer {
  const footnotes: DocumentFootnote[] = [];
  return {
    claim(places) {
      const byText = new Map<string, DocumentFootnote>();
      const perPlace = places.map(({ citationId, note }) => {
        const existing = byText.get(note.note);
        if (existing) {
          existing.citationIds.push(citationId);
          return existing.n;
        }
        const footnote = { n: footnotes.length + 1, text: note.note, citationIds: [citationId] };
        footnotes.push(footnote);
        byText.set(note.note, footnote);
        return footnote.n;
      });
      return { shown: [...new Set(perPlace)], perPlace };
    },
    footnotes: () => footnotes,
  };
}

/** A numeric style's numbers: one per source in order of first citation; each note lists the places cited in it. */
function sourceNumberer(): Numberer {
  const bySource = new Map<string, { n: number; entry: string; places: NumericPlace[]; citationIds: string[] }>();
  return {
    claim(places) {
      const perPlace = places.map(({ citationId, note }) => {
        let source = bySource.get(note.sourceKey);
        if (!source) {
          source = { n: bySource.size + 1, entry: note.entry, places: [], citationIds: [] };
          bySource.set(note.sourceKey, source);
        }
        source.places.push(note.place);
        source.citationIds.push(citationId);
        return source.n;
      });
      return { shown: [...new Set(perPlace)].sort((a, b) => a - b), perPlace };
    },
    footnotes: (lang) => [...bySource.values()].map((s) => ({ n: s.n, text: numericNoteText(s.entry, s.places, lang), citationIds: s.citationIds })),
  };
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
