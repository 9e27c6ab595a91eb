import type { Citation, Source } from '../model';
import type { BriefingLang } from './briefing-lang';
import type { CitationFormatter, CslCite } from './citation-formatter';
import { citationStyleInfo, isCitationStyleId } from './citation-style-catalog';
import type { CslItem } from './csl-item';
import { appendExtras, footnoteExtras, quoteExtra, sourceExtras, type FootnoteContentOptions } from './footnote-content';
import { asCitedIn, describeSourceIn, footnoteText, UNPLACED } from './footnote-text';
import { sourceToCsl } from './source-to-csl';
import { stanceSignal, withStance } from './stance-signal';

/** A citation with the sources it names, as the briefing's lookup found them. */
export interface CitedPlace {
  citation: Citation;
  /** The source the citation was recorded in; undefined once deleted from the workspace. */
  citing: Source | undefined;
  /** The original it resolves to, when linked and present. */
  resolved: Source | undefined;
}

/** What one cited place contributes to the briefing's notes, in either way of numbering them. */
export interface PlaceNote {
  /** Its own note, in a style that numbers notes: the styled citation, opened by its stance's signal. */
  note: string;
  /** The source it names, which keeps one number in a numeric style (a deleted source keeps its id). */
  sourceKey: string;
  /** That source's reference-list entry, without a number, for a numeric style. */
  entry: string;
  /** Where in the source and how it bears on the claim ("para. 8", "Contra: p. 12"), listed under the entry in a numeric style. */
  place: NumericPlace;
}

/** One place a numeric style's entry lists: the stance's signal, and the place, or the marker it is cited through. */
export interface NumericPlace {
  signal: string;
  where: string;
  /** The marker as written in the summary, when the original was never imported and the work is cited through it. */
  asCitedMarker?: string;
}

/** The notes of every cited place, in order, and what the style adds around them. */
export interface CitationNotes {
  kind: 'note' | 'in-text' | 'plain';
  numbering: 'note' | 'source';
  places: PlaceNote[];
  bibliography: string[];
  /** Why the notes fell back to Footnote's own form, when they did. */
  warnings: string[];
}

const MISSING_SOURCE: Record<BriefingLang, (marker: string | undefined) => string> = {
  'en-US': (m) => `A source that is no longer in the workspace${m ? `, marker ${m}` : ''}.`,
  'zh-CN': (m) => `来源已不在工作区中${m ? `，标注${m}` : ''}。`,
};

const PLACE_WORDS: Record<BriefingLang, { paragraph: (n: string) => string; page: (n: string) => string; asCited: (m: readonly string[]) => string; whole: string; unplaced: string; cited: (places: readonly string[]) => string }> = {
  'en-US': {
    paragraph: (n) => `para. ${n}`,
    page: (n) => `p. ${n}`,
    asCited: (m) => `as cited in this work, ${m.length === 1 ? 'marker' : 'markers'} ${m.join(', ')}`,
    whole: 'the work as a whole',
    unplaced: 'a passage that could not be placed in this work',
    cited: (places) => `In this briefing: ${places.join('; ')}.`,
  },
  'zh-CN': {
    paragraph: (n) => `第 ${n} 段`,
    page: (n) => `第 ${n} 页`,
    asCited: (m) => `转引自该文，标注${m.join('、')}`,
    whole: '全文',
    unplaced: '未能在该文中定位的段落',
    cited: (places) => `本简报引用：${places.join('；')}。`,
  },
};

/** Writes what every cited place contributes to the notes in the chosen style, falling back to Footnote's own notes when the style is unknown or fails. */
export function citationNotes(places: readonly CitedPlace[], style: string, lang: BriefingLang, content: FootnoteContentOptions, formatter: CitationFormatter | undefined): CitationNotes {
  const warnings: string[] = [];
  if (isCitationStyleId(style)) {
    const info = citationStyleInfo(style);
    const kind = info.kind === 'note' ? 'note' : 'in-text';
    if (!formatter) warnings.push(`The ${style} style was not loaded; Footnote's own notes were used instead.`);
    else if (!places.some((p) => p.citing)) {
      // Nothing to cite: the style has nothing to say, and building its engine would only cost time.
      return { kind, numbering: info.numbering, places: places.map((p) => missingPlace(p.citation, lang)), bibliography: [], warnings };
    } else {
      const cited = places.flatMap((place, i) => (place.citing ? [{ i, source: citedSource(place.citation, place.citing, place.resolved), citation: place.citation }] : []));
      const items = new Map<string, CslItem>();
      for (const c of cited) if (!items.has(c.source.id)) items.set(c.source.id, sourceToCsl(c.source));
      const result = formatter(style, lang, [...items.values()], cited.map((c) => cslCite(c.citation, c.source.id, content)));
      if (result.ok) {
        const out = places.map((place) => missingPlace(place.citation, lang));
        cited.forEach((c, k) => {
          const styled = result.value.notes[k] ?? '';
          const marker = unresolvedMarker(c.citation);
          const base = marker ? asCitedIn(styled, marker, lang) : `${styled}${c.citation.resolved ? '' : UNPLACED[lang]}`;
          const entry = (result.value.entryByItem.get(c.source.id) ?? '').replace(NUMERIC_LABEL, '');
          out[c.i] = {
            note: withStance(appendExtras(base, footnoteExtras(c.citation, c.source, content, lang), lang), c.citation.stance, lang),
            sourceKey: c.source.id,
            entry: appendExtras(entry, sourceExtras(c.source, content, lang), lang),
            place: placeText(c.citation, content, lang),
          };
        });
        return { kind: result.value.kind, numbering: info.numbering, places: out, bibliography: result.value.bibliography, warnings };
      }
      warnings.push(result.error);
    }
  }
  return { kind: 'plain', numbering: 'note', places: places.map((place) => plainPlace(place, content, lang)), bibliography: [], warnings };
}

/**
 * The text of a numeric style's note: the source's entry, then every place the briefing cites it at, with its stance;
 * markers cited through the work (its original never imported) are gathered into one phrase per stance.
 */
export function numericNoteText(entry: string, places: readonly NumericPlace[], lang: BriefingLang): string {
  const w = PLACE_WORDS[lang];
  const listed: (string | { signal: string; markers: string[] })[] = [];
  const asCited = new Map<string, { signal: string; markers: string[] }>();
  for (const place of places) {
    if (place.asCitedMarker === undefined) {
      listed.push(`${place.signal}${place.where}`);
      continue;
    }
    let group = asCited.get(place.signal);
    if (!group) {
      group = { signal: place.signal, markers: [] };
      asCited.set(place.signal, group);
      listed.push(group);
    }
    if (!group.markers.includes(place.asCitedMarker)) group.markers.push(place.asCitedMarker);
  }
  const phrases = [...new Set(listed.map((p) => (typeof p === 'string' ? p : `${p.signal}${w.asCited(p.markers)}`)))];
  // A source cited only as a whole and only in support needs no list of places.
  if (phrases.every((p) => p === w.whole)) return entry;
  return appendExtras(entry, [w.cited(phrases)], lang);
}

// citeproc writes a numeric style's entries with their number ("[1] ..."); the briefing numbers sources itself.
const NUMERIC_LABEL = /^\[\d+\]\s*/u;

/** The source a footnote names: the linked original once resolved, else the source the citation was made in. */
function citedSource(citation: Citation, citing: Source, resolved: Source | undefined): Source {
  return citation.resolved && resolved ? resolved : citing;
}

/** The marker as written, for a citation whose original was never imported (it is then cited through its summary). */
function unresolvedMarker(citation: Citation): string | undefined {
  return citation.resolved ? undefined : citation.locator.marker;
}

/** The CSL locator of a citation: its page, else its paragraph once that paragraph is known to be in the cited source. */
function cslCite(citation: Citation, itemId: string, content: FootnoteContentOptions): CslCite {
  const place = citedPlace(citation, content);
  return place ? { itemId, locator: place.locator, label: place.label } : { itemId };
}

function citedPlace(citation: Citation, content: FootnoteContentOptions): { locator: string; label: 'page' | 'paragraph' } | undefined {
  if (!content.location) return undefined;
  const { page, paragraph, marker } = citation.locator;
  if (page !== undefined) return { locator: String(page), label: 'page' };
  // An unresolved marker's paragraph belongs to the original, not to the summary the note names.
  if (paragraph !== undefined && (citation.resolved || !marker)) return { locator: String(paragraph), label: 'paragraph' };
  return undefined;
}

/** Where a numeric style's note says the briefing cites its source, with the stance's signal. */
function placeText(citation: Citation, content: FootnoteContentOptions, lang: BriefingLang): NumericPlace {
  const w = PLACE_WORDS[lang];
  const signal = stanceSignal(citation.stance, lang);
  const marker = unresolvedMarker(citation);
  if (marker) return { signal, where: '', asCitedMarker: marker };
  if (!citation.resolved) return { signal, where: w.unplaced };
  const place = citedPlace(citation, content);
  const quote = quoteExtra(citation, content, lang);
  return { signal, where: `${place ? w[place.label](place.locator) : w.whole}${quote ? (lang === 'zh-CN' ? quote : ` ${quote}`) : ''}` };
}

function missingPlace(citation: Citation, lang: BriefingLang): PlaceNote {
  const marker = citation.locator.marker;
  return {
    note: withStance(MISSING_SOURCE[lang](marker), citation.stance, lang),
    sourceKey: `missing:${citation.sourceId}`,
    entry: MISSING_SOURCE[lang](undefined),
    place: { signal: stanceSignal(citation.stance, lang), where: marker ?? PLACE_WORDS[lang].whole },
  };
}

function plainPlace(place: CitedPlace, content: FootnoteContentOptions, lang: BriefingLang): PlaceNote {
  const { citation, citing, resolved } = place;
  if (!citing) return missingPlace(citation, lang);
  const source = citedSource(citation, citing, resolved);
  const base = content.location ? footnoteText(citation, citing, resolved, lang) : withoutPlace(citation, source, lang);
  return {
    note: withStance(appendExtras(base, footnoteExtras(citation, source, content, lang), lang), citation.stance, lang),
    sourceKey: source.id,
    entry: describeSourceIn(source, lang),
    place: placeText(citation, content, lang),
  };
}

/** A plain note without the place cited: the source, and, for a marker never resolved, that it is cited through the summary. */
function withoutPlace(citation: Citation, source: Source, lang: BriefingLang): string {
  const marker = unresolvedMarker(citation);
  const described = describeSourceIn(source, lang);
  if (marker) return asCitedIn(described, marker, lang);
  return `${described}${lang === 'zh-CN' ? '。' : '.'}${citation.resolved ? '' : UNPLACED[lang]}`;
}
