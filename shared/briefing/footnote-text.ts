import type { Citation, Source } from '../model';
import type { BriefingLang } from './briefing-lang';
import { isCjkTitle, markCjkTitle } from './cjk-title';
import { parseCitationMarkers } from '../claims/parse-citation-markers';

/** How a date the source gave is shown in a footnote: ISO order, readable in English and Chinese alike. */
export function formatSourceDate(publishedAt: string | undefined): string | undefined {
  if (!publishedAt) return undefined;
  return publishedAt.replace('T', ' ');
}

const WORDS: Record<BriefingLang, { list: string; end: string; paragraph: (n: number) => string; page: (n: number) => string; marker: (m: string) => string; entry: (n: number) => string }> = {
  'en-US': { list: ', ', end: '.', paragraph: (n) => `paragraph ${n}`, page: (n) => `page ${n}`, marker: (m) => `marker ${m}`, entry: (n) => `entry ${n}` },
  'zh-CN': { list: '，', end: '。', paragraph: (n) => `第 ${n} 段`, page: (n) => `第 ${n} 页`, marker: (m) => `标注${m}`, entry: (n) => `第 ${n} 条` },
};

/** The publisher to name after the authors: none when the byline is the publisher itself ("BBC News"), named once. */
export function publisherBesideAuthors(source: Pick<Source, 'authors' | 'publisher'>): string | undefined {
  return source.authors.length === 1 && source.authors[0] === source.publisher ? undefined : source.publisher;
}

/** Names a source the way an English footnote does: title, authors, publisher, date. */
export function describeSource(source: Source): string {
  return describeSourceIn(source, 'en-US');
}

/** Names a source the way a footnote in the given language does (a CJK title in its title marks in a Chinese note). */
export function describeSourceIn(source: Source, lang: BriefingLang): string {
  const title = lang === 'zh-CN' && isCjkTitle(source.title, source.lang) ? markCjkTitle(source.title) : source.title;
  const parts = [title];
  if (source.authors.length > 0) parts.push(source.authors.join(', '));
  const publisher = publisherBesideAuthors(source);
  if (publisher) parts.push(publisher);
  const date = formatSourceDate(source.publishedAt);
  if (date) parts.push(date);
  return parts.join(WORDS[lang].list);
}

/** Where in the source a citation points: the paragraph once resolved, the marker as written until then. */
export function describeLocator(citation: Citation, lang: BriefingLang = 'en-US'): string {
  const { locator } = citation;
  const w = WORDS[lang];
  const parts: string[] = [];
  if (citation.resolved && locator.paragraph !== undefined) parts.push(w.paragraph(locator.paragraph));
  if (locator.page !== undefined) parts.push(w.page(locator.page));
  if (locator.marker) parts.push(w.marker(locator.marker));
  // A marker naming several numbers (`[4-6]`) needs the one this citation stands for; a named note (`[n 11]`) does not.
  if (!citation.resolved && locator.markerNumber !== undefined && locator.marker && namesSeveral(locator.marker)) {
    parts.push(w.entry(locator.markerNumber));
  }
  return parts.join(w.list);
}

const AS_CITED_IN: Record<BriefingLang, (source: string, where: string) => string> = {
  'en-US': (source, where) => `As cited in ${source}${where ? `, ${where}` : ''}.`,
  'zh-CN': (source, where) => `转引自${source}${where ? `，${where}` : ''}。`,
};

const CITED_IN: Record<BriefingLang, (source: string) => string> = {
  'en-US': (source) => ` Cited in ${source}.`,
  'zh-CN': (source) => `引自${source}。`,
};

/**
 * The full footnote for a citation: the cited source and where in it. A marker whose original was never imported is
 * named as the reader can check it, "as cited in" the summary that carries it, with the marker as written there.
 */
export function footnoteText(citation: Citation, citingSource: Source, resolvedSource?: Source, lang: BriefingLang = 'en-US'): string {
  const w = WORDS[lang];
  if (citation.resolved && resolvedSource) {
    const via = resolvedSource.id === citingSource.id ? '' : CITED_IN[lang](describeSourceIn(citingSource, lang));
    const where = describeLocator(citation, lang);
    return `${describeSourceIn(resolvedSource, lang)}${where ? `${w.list}${where}` : ''}${w.end}${via}`;
  }
  const where = describeLocator(citation, lang);
  if (citation.locator.marker) return AS_CITED_IN[lang](describeSourceIn(citingSource, lang), where);
  return `${describeSourceIn(citingSource, lang)}${where ? `${w.list}${where}` : ''}${w.end}${citation.resolved ? '' : UNPLACED[lang]}`;
}

/** Said of a citation with no marker that is not resolved: the note names a source but cannot say where in it. */
export const UNPLACED: Record<BriefingLang, string> = {
  'en-US': ' The passage cited could not be placed in this source.',
  'zh-CN': '所引段落未能在此来源中定位。',
};

/**
 * Wraps a styled note of the summary that carries an unresolved marker: "As cited in <note>, marker [8]." — the
 * original was never imported, so the reader is told where the citation was found and how it was written there.
 */
export function asCitedIn(styledNote: string, marker: string, lang: BriefingLang): string {
  // The note's closing full stop gives way to the marker, unless it ends an abbreviation ("Ibid."), which after
  // "As cited in" is written in lower case.
  const note = styledNote
    .trim()
    .replace(/(?<!\bIbid)[.。]$/u, '')
    .replace(/^Ibid\b/u, 'ibid');
  return AS_CITED_IN[lang](note, WORDS[lang].marker(marker));
}

function namesSeveral(marker: string): boolean {
  return parseCitationMarkers(marker).reduce((count, m) => count + m.numbers.length, 0) > 1;
}
