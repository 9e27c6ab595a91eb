import type { Citation, Source } from '../model';
import type { BriefingLang } from './briefing-lang';

/** What a footnote carries beside the styled citation, as the user chooses, so a reader can check the exact text a claim rests on. */
export { FootnoteContentOptionsSchema, type FootnoteContentOptions } from '../model/briefing';
import type { FootnoteContentOptions } from '../model/briefing';

/** What footnotes carry when the user has chosen nothing: the place cited, as exports always showed it. */
export const DEFAULT_FOOTNOTE_CONTENT: FootnoteContentOptions = { quote: false, location: true, captureDate: false, versionHash: false };

// A passage longer than this is cut at a word: a footnote is for finding the text, not reprinting it.
const MAX_QUOTE_CHARS = 300;
// Eight hex digits tell versions apart among the few a workspace holds, and stay short enough to read aloud.
const SHORT_HASH_LENGTH = 8;

const SENTENCES: Record<BriefingLang, { quote: (q: string) => string; captured: (d: string) => string; version: (h: string) => string; unresolved: (m: string) => string; end: string }> = {
  'en-US': {
    quote: (q) => `“${q}”`,
    captured: (d) => `Captured ${d}`,
    version: (h) => `Source version ${h}`,
    unresolved: (m) => `Marker ${m}, unresolved: the original is not in the workspace`,
    end: '.',
  },
  'zh-CN': {
    quote: (q) => `“${q}”`,
    captured: (d) => `采集于 ${d}`,
    version: (h) => `来源版本 ${h}`,
    unresolved: (m) => `标记 ${m}，未解析：原文不在工作区中`,
    end: '。',
  },
};

/** The first hex digits of a content hash (`file:`-prefixed hashes of empty texts included). */
export function shortHash(contentHash: string): string {
  const hex = contentHash.slice(contentHash.lastIndexOf(':') + 1);
  return hex.slice(0, SHORT_HASH_LENGTH);
}

/** The passage a citation anchors to, cut to a readable length; undefined when it has none. */
export function quotedPassage(citation: Citation): string | undefined {
  const quote = citation.locator.selectors?.find((s) => s.type === 'TextQuoteSelector');
  const exact = quote?.type === 'TextQuoteSelector' ? quote.exact.replace(/\s+/g, ' ').trim() : '';
  if (!exact) return undefined;
  if (exact.length <= MAX_QUOTE_CHARS) return exact;
  const cut = exact.slice(0, MAX_QUOTE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_QUOTE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * The sentences a footnote carries after its citation, in a fixed order: quote, unresolved marker, capture date,
 * version. `withMarker` is false where the citation itself already names the marker (Footnote's own notes).
 */
export function footnoteExtras(
  citation: Citation,
  source: Source,
  options: FootnoteContentOptions,
  lang: BriefingLang,
  withMarker: boolean,
): string[] {
  const s = SENTENCES[lang];
  const out: string[] = [];
  const quote = options.quote ? quotedPassage(citation) : undefined;
  if (quote) out.push(s.quote(quote));
  if (withMarker && options.location && !citation.resolved && citation.locator.marker) out.push(s.unresolved(citation.locator.marker));
  if (options.captureDate) out.push(s.captured(source.importedAt.slice(0, 10)));
  if (options.versionHash) out.push(s.version(shortHash(source.contentHash)));
  return out.map((sentence) => `${sentence}${s.end}`);
}

/** A citation followed by its extra sentences, spaced as the language spaces sentences. */
export function appendExtras(citation: string, extras: readonly string[], lang: BriefingLang): string {
  if (extras.length === 0) return citation;
  return lang === 'zh-CN' ? `${citation}${extras.join('')}` : `${citation} ${extras.join(' ')}`;
}
