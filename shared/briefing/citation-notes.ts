import type { Citation, Source } from '../model';
import type { BriefingLang } from './briefing-lang';
import type { CitationFormatter, CslCite } from './citation-formatter';
import { citationStyleInfo, isCitationStyleId } from './citation-style-catalog';
import type { CslItem } from './csl-item';
import { appendExtras, footnoteExtras, type FootnoteContentOptions } from './footnote-content';
import { describeSource, footnoteText } from './footnote-text';
import { sourceToCsl } from './source-to-csl';

/** A citation with the sources it names, as the briefing's lookup found them. */
export interface CitedPlace {
  citation: Citation;
  /** The source the citation was recorded in; undefined once deleted from the workspace. */
  citing: Source | undefined;
  /** The original it resolves to, when linked and present. */
  resolved: Source | undefined;
}

/** The footnote text of each cited place, in order, and what the style adds around them. */
export interface CitationNotes {
  kind: 'note' | 'in-text' | 'plain';
  notes: string[];
  bibliography: string[];
  /** Why the notes fell back to Footnote's own form, when they did. */
  warnings: string[];
}

const MISSING_SOURCE: Record<BriefingLang, (marker: string | undefined) => string> = {
  'en-US': (m) => `A source that is no longer in the workspace${m ? `, marker ${m}` : ''}.`,
  'zh-CN': (m) => `来源已不在工作区中${m ? `，标记 ${m}` : ''}。`,
};

/** Writes the footnote of every cited place in the chosen style, falling back to Footnote's own notes when the style is unknown or fails. */
export function citationNotes(
  places: readonly CitedPlace[],
  style: string,
  lang: BriefingLang,
  content: FootnoteContentOptions,
  formatter: CitationFormatter | undefined,
): CitationNotes {
  const warnings: string[] = [];
  if (isCitationStyleId(style)) {
    if (!formatter) warnings.push(`The ${style} style was not loaded; Footnote's own notes were used instead.`);
    else if (!places.some((p) => p.citing)) {
      // Nothing to cite: the style has nothing to say, and building its engine would only cost time.
      return { kind: citationStyleInfo(style).kind === 'note' ? 'note' : 'in-text', notes: places.map((p) => MISSING_SOURCE[lang](p.citation.locator.marker)), bibliography: [], warnings };
    } else {
      const cited = places.flatMap((place, i) => (place.citing ? [{ i, source: citedSource(place.citation, place.citing, place.resolved), citation: place.citation }] : []));
      const items = new Map<string, CslItem>();
      for (const c of cited) if (!items.has(c.source.id)) items.set(c.source.id, sourceToCsl(c.source));
      const result = formatter(style, lang, [...items.values()], cited.map((c) => cslCite(c.citation, c.source.id, content)));
      if (result.ok) {
        const notes = places.map((place) => MISSING_SOURCE[lang](place.citation.locator.marker));
        cited.forEach((c, k) => {
          notes[c.i] = appendExtras(result.value.notes[k] ?? '', footnoteExtras(c.citation, c.source, content, lang, true), lang);
        });
        return { kind: result.value.kind, notes, bibliography: result.value.bibliography, warnings };
      }
      warnings.push(result.error);
    }
  }
  return { kind: 'plain', notes: places.map((place) => plainNote(place, content, lang)), bibliography: [], warnings };
}

/** The source a footnote names: the linked original once resolved, else the source the citation was made in. */
function citedSource(citation: Citation, citing: Source, resolved: Source | undefined): Source {
  return citation.resolved && resolved ? resolved : citing;
}

/** The CSL locator of a citation: its page, else its paragraph once that paragraph is known to be in the cited source. */
function cslCite(citation: Citation, itemId: string, content: FootnoteContentOptions): CslCite {
  if (!content.location) return { itemId };
  const { page, paragraph, marker } = citation.locator;
  if (page !== undefined) return { itemId, locator: String(page), label: 'page' };
  // An unresolved marker's paragraph belongs to the original, not to the summary the note names.
  if (paragraph !== undefined && (citation.resolved || !marker)) return { itemId, locator: String(paragraph), label: 'paragraph' };
  return { itemId };
}

function plainNote(place: CitedPlace, content: FootnoteContentOptions, lang: BriefingLang): string {
  const { citation, citing, resolved } = place;
  if (!citing) return MISSING_SOURCE[lang](citation.locator.marker);
  const source = citedSource(citation, citing, resolved);
  const base = content.location ? footnoteText(citation, citing, resolved) : `${describeSource(source)}.`;
  return appendExtras(base, footnoteExtras(citation, source, content, lang, false), lang);
}
