import { Readability } from '@mozilla/readability';
import { authorsFromByline } from '../../../../shared/ingest/byline';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { documentLanguage } from '../../../../shared/ingest/document-language';
import { decodeHtml } from '../../../../shared/ingest/html-charset';
import { htmlToBlocks, markersWithoutEntryNotice } from '../../../../shared/ingest/html-blocks';
import { collapseWhitespace } from '../../../../shared/ingest/html-text';
import type { DocumentMeta, ParseResult } from '../../../../shared/ingest/normalized-document';
import { normalizePublishedTime } from '../../../../shared/ingest/published-time';
import { savedFromUrl, webUrl } from '../../../../shared/ingest/web-url';
import { keepNoteLinks } from './keep-note-links';
import { parseHtmlDocument, parseHtmlFragment } from './linkedom-dom';
import { indexElements, restoreDroppedBlocks } from './restore-dropped-blocks';
import { sanitizeHtml } from './sanitize-html';

// Readability's default; pages whose article is shorter still get one, just with less confidence.
const READABILITY_CHAR_THRESHOLD = 500;
// Descriptions longer than this are the article's opening paragraphs, which are already in its text.
const MAX_EXCERPT_CHARS = 500;

/** What a page says about itself in its <head>, read before Readability rearranges the document. */
interface PageHead {
  title: string;
  lang: string | null;
  url?: string;
}

/** Reads a saved web page: decodes it by its declared charset, extracts the article with Readability, sanitizes it, and builds blocks and a reference list. */
export async function parseHtmlFile(bytes: Uint8Array, fallbackTitle: string): Promise<ParseResult> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  return parseHtmlPage(decoded.text, fallbackTitle, decoded.notices);
}

/** Reads a page already decoded to text; see {@link parseHtmlFile}. */
export function parseHtmlPage(html: string, fallbackTitle: string, notices: string[] = []): ParseResult {
  const document = parseHtmlDocument(html);
  const head = readHead(document, html);
  keepNoteLinks(document);
  indexElements(document);
  // Readability rearranges the document it reads; the page as it was tells what it dropped.
  const original = document.cloneNode(true) as Document;
  const article = extractArticle(document);
  let content = article?.content ?? '';
  const ownNotices = [...notices];
  if (content.trim()) content = restoreDroppedBlocks(original, content, article?.title || head.title);
  else {
    // Readability has already rearranged the first document, so the page is read again in full.
    content = parseHtmlDocument(html).body?.innerHTML ?? '';
    ownNotices.push('No main article was found on this page; all of its text was imported.');
  }

  const title = collapseWhitespace(article?.title || head.title) || fallbackTitle;
  const { drafts, references, markersWithoutEntry } = htmlToBlocks(parseHtmlFragment(sanitizeHtml(content)), { title });
  const missing = markersWithoutEntryNotice(markersWithoutEntry);
  if (missing) ownNotices.push(missing);
  const { text, blocks } = buildBlocks(drafts);
  const meta: DocumentMeta = {
    title,
    authors: authorsFromByline(article?.byline),
    lang: documentLanguage(article?.lang ?? head.lang, text || title),
    tags: [],
  };
  const publisher = collapseWhitespace(article?.siteName ?? '');
  if (publisher) meta.publisher = publisher;
  const publishedAt = normalizePublishedTime(article?.publishedTime);
  if (publishedAt) meta.publishedAt = publishedAt;
  if (head.url) meta.url = head.url;
  const excerpt = collapseWhitespace(article?.excerpt ?? '');
  if (excerpt && excerpt.length <= MAX_EXCERPT_CHARS) meta.excerpt = excerpt;
  if (article?.dir === 'rtl' || article?.dir === 'ltr') meta.dir = article.dir;
  return { ok: true, doc: { kind: 'html', text, blocks, meta, references, notices: ownNotices } };
}

// Readability gives up (null) on pages without an article and can throw on pathological markup; both fall back to
// the whole page.
function extractArticle(document: Document): ReturnType<Readability['parse']> {
  try {
    return new Readability(document, { keepClasses: true, charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
  } catch {
    return null;
  }
}

function readHead(document: Document, html: string): PageHead {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const head: PageHead = { title: document.title ?? '', lang: document.documentElement?.getAttribute('lang') ?? null };
  const url = webUrl(canonical) ?? webUrl(ogUrl) ?? savedFromUrl(html);
  if (url) head.url = url;
  return head;
}
