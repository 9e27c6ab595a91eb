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

const SENTENCES: Record<BriefingLang, { quote: (q: string) => string; captured: (d: string) => string; version: (h: string) => string; end: string }> = {
  'en-US': {
    quote: (q) => `“${q}”`,
    captured: (d) => `Captured ${d}`,
    version: (h) => `Source version ${h}`,
    end: '.',
  },
  'zh-CN': {
    quote: (q) => `“${q}”`,
    captured: (d) => `采集于 ${d}`,
    version: (h) => `来源版本 ${h}`,
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

/** The quoted passage as a footnote prints it, when the user asked for quotes and the citation has one. */
export function quoteExtra(citation: Citation, options: FootnoteContentOptions, lang: BriefingLang): string | undefined {
  const quote = options.quote ? quotedPassage(citation) : undefined;
  return quote ? SENTENCES[lang].quote(quote) : undefined;
}

/** The sentences that describe the cited source's version (capture date, short hash), as the user chose. */
export function sourceExtras(source: Source, options: FootnoteContentOptions, lang: BriefingLang): string[] {
  const s = SENTENCES[lang];
  const out: string[] = [];
  if (options.captureDate) out.push(s.captured(source.importedAt.slice(0, 10)));
  if (options.versionHash) out.push(s.version(shortHash(source.contentHash)));
  return out.map((sentence) => `${sentence}${s.end}`);
}

/** The sentences a footnote carries after its citation, in a fixed order: quote, capture date, version. */
export function footnoteExtras(citation: Citation, source: Source, options: FootnoteContentOptions, lang: BriefingLang): string[] {
  const quote = quoteExtra(citation, options, lang);
  return [...(quote ? [`${quote}${SENTENCES[lang].end}`] : []), ...sourceExtras(source, options, lang)];
}

/** A citation followed by its extra sentences, spaced as the language spaces sentences. */
export function appendExtras(citation: string, extras: readonly string[], lang: BriefingLang): string {
  if (extras.length === 0) return citation;
  // Chinese sentences run on without spaces, but one that follows a Latin full stop (a URL, "2025.") needs one to read.
  if (lang === 'zh-CN') return `${citation}${/[\p{Script=Han}\p{P}]$/u.test(citation) && !/[.)\]]$/u.test(citation) ? '' : ' '}${extras.join('')}`;
  return `${citation} ${extras.join(' ')}`;
}
