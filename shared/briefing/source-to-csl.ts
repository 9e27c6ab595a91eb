import type { Source, SourceKind } from '../model';
import { isoToCslDate, type CslItem, type CslName } from './csl-item';
import { webUrl } from '../ingest/web-url';

// What a source is, as far as its import format tells: a page with an address is a web page, a PDF or Word file is
// most often a report; anything else stays a generic document rather than a guess a style would print wrongly. A web
// page or clipping that names its publisher and the day it was published is a news item (see isNewsItem).
const CSL_TYPE_BY_KIND: Record<Exclude<SourceKind, 'reference'>, { withUrl: string; withoutUrl: string }> = {
  clipping: { withUrl: 'webpage', withoutUrl: 'document' },
  html: { withUrl: 'webpage', withoutUrl: 'document' },
  text: { withUrl: 'webpage', withoutUrl: 'document' },
  markdown: { withUrl: 'webpage', withoutUrl: 'document' },
  pdf: { withUrl: 'report', withoutUrl: 'report' },
  docx: { withUrl: 'report', withoutUrl: 'report' },
};

// Words that mark a name as an organisation's, which styles must print whole instead of as "Survey, U.S. G.".
const ORGANISATION_WORDS =
  /\b(agency|association|bank|bureau|center|centre|college|commission|committee|company|corporation|council|department|foundation|group|inc|institute|ltd|ministry|news|office|press|society|survey|times|university)\b/i;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Personal names of more words than this are more likely titles or organisations than people.
const MAX_PERSON_NAME_WORDS = 4;

/** True for a name that reads as an organisation's (an agency, a newspaper, a university). */
export function isOrganisationName(name: string): boolean {
  return ORGANISATION_WORDS.test(name);
}

/** Splits an author as Footnote stores it ("Jane Smith", "Smith, Jane") into CSL name parts; organisations and CJK names stay whole. */
export function authorToCslName(author: string): CslName {
  const name = author.trim().replace(/\s+/g, ' ');
  if (HAN_OR_KANA.test(name) || ORGANISATION_WORDS.test(name) || /\d/.test(name)) return { literal: name };
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given ? { family, given } : { literal: family };
  }
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_PERSON_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return { literal: name };
  return { family: words[words.length - 1] ?? name, given: words.slice(0, -1).join(' ') };
}

const WEB_KINDS: ReadonlySet<SourceKind> = new Set(['clipping', 'html', 'text', 'markdown']);
// Wikis date their pages (Readability reads the creation time) and name their foundation as the site: dated, yet no news.
const WIKI = /wiki/i;
const WIKI_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/]*wiki/i;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * True for a news item: a web page or clipping with a publisher and a publication day, such as a clipping whose byline
 * reads "Sou Hu Cai Jing·2025-10-30 04:49" or a saved article whose page names its site and time. Styles print it as
 * a newspaper article (GB/T 7714 `[N]`, with its full date) instead of a web page or an undated document.
 */
export function isNewsItem(source: Source): boolean {
  if (!WEB_KINDS.has(source.kind) || !source.publisher || !source.publishedAt || !FULL_DATE.test(source.publishedAt)) return false;
  return !WIKI.test(source.publisher) && !WIKI_HOST.test(source.url ?? '');
}

/** The CSL-JSON item for a source: a reference entry's own item, or one made from the source's metadata. */
export function sourceToCsl(source: Source): CslItem {
  if (source.kind === 'reference' && source.csl) {
    const type = typeof source.csl['type'] === 'string' ? source.csl['type'] : 'document';
    // An imported entry's URL is kept only when it is a web address (no `javascript:` or `data:`).
    const { URL: cslUrl, ...rest } = source.csl;
    const url = webUrl(typeof cslUrl === 'string' ? cslUrl : undefined);
    return { ...rest, id: source.id, type, ...(url ? { URL: url } : {}) };
  }
  const kind = source.kind === 'reference' ? 'text' : source.kind;
  const types = CSL_TYPE_BY_KIND[kind];
  const type = isNewsItem(source) ? 'article-newspaper' : source.url ? types.withUrl : types.withoutUrl;
  const item: CslItem = { id: source.id, type, title: source.title };
  if (source.originalTitle) item['original-title'] = source.originalTitle;
  if (source.authors.length > 0) item.author = source.authors.map(authorToCslName);
  // A web page's or news item's publisher is the site or paper it appears in, which styles print as the container.
  if (source.publisher) {
    if (type === 'webpage' || type === 'article-newspaper') item['container-title'] = source.publisher;
    else item.publisher = source.publisher;
  }
  const issued = isoToCslDate(source.publishedAt);
  if (issued) item.issued = issued;
  // The access date belongs with an address (GB/T 7714's "[2025-11-30]" after an online resource); without one it says nothing.
  const accessed = isoToCslDate(source.importedAt);
  const url = webUrl(source.url);
  if (url) {
    item.URL = url;
    if (accessed) item.accessed = accessed;
  }
  if (source.lang) item.language = source.lang;
  return item;
}

/** Sources as a CSL-JSON array, for reference managers and other citation tools. */
export function sourcesToCslJson(sources: readonly Source[]): CslItem[] {
  return sources.map(sourceToCsl);
}
