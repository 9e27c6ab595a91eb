import { buildBlocks, type DraftBlock } from './build-blocks';
import { documentLanguage } from './document-language';
import type { DocumentMeta, NormalizedDocument } from './normalized-document';
import { linesFromItems, type PdfTextItem } from './pdf-lines';
import { paragraphsFromPages } from './pdf-paragraphs';
import { extractPdfReferences } from './pdf-references';
import { normalizePdfDate } from './published-time';

/** What a PDF reader extracted: each page's text runs and the document information dictionary. */
export interface PdfContent {
  pages: { page: number; items: PdfTextItem[] }[];
  info: { title?: string; author?: string; creationDate?: string; language?: string };
}

/** The notice given when a PDF has no text to read. */
export const NO_TEXT_LAYER_NOTICE = 'This PDF has no text layer (scanned?): it was stored without text. Run it through OCR to read and cite it.';

// Titles that are really file names or addresses: what a printer driver wrote when the author set no title.
const FILE_LIKE_TITLE = /^(?:file:|https?:|[a-z]:\\|\/)|\.(?:docx?|pdf|txt|tex|dvi|rtf|odt|html?|pptx?|xlsx?)$/iu;
const APPLICATION_PREFIX = /^(?:Microsoft (?:Word|PowerPoint|Excel) - |untitled$)/iu;

/** Builds a PDF's normalized document: paragraphs with their page numbers, the reference section as a list, and metadata. */
export function pdfDocument(content: PdfContent, fallbackTitle: string): NormalizedDocument {
  const pages = content.pages.map(({ page, items }) => ({ page, lines: linesFromItems(items) }));
  const blankPages = pages.filter((p) => p.lines.length === 0).length;
  const notices: string[] = [];
  if (pages.length > 0 && blankPages === pages.length) {
    return noTextLayer(content, fallbackTitle, pages.length);
  }
  if (blankPages > 0) notices.push(`${blankPages} of ${pages.length} pages have no text layer (scanned?); their text is missing.`);

  const split = extractPdfReferences(paragraphsFromPages(pages));
  const { title, drafts } = chooseTitle(split.drafts, content.info.title, fallbackTitle);
  const { text, blocks } = buildBlocks(drafts);
  const meta = baseMeta(content, title, text, pages.length);
  meta.textLayer = true;
  return { kind: 'pdf', text, blocks, meta, references: split.references, notices };
}

function noTextLayer(content: PdfContent, fallbackTitle: string, pageCount: number): NormalizedDocument {
  const title = cleanInfoTitle(content.info.title) ?? fallbackTitle;
  const meta = baseMeta(content, title, '', pageCount);
  meta.textLayer = false;
  return { kind: 'pdf', text: '', blocks: [], meta, references: [], notices: [NO_TEXT_LAYER_NOTICE] };
}

function baseMeta(content: PdfContent, title: string, text: string, pageCount: number): DocumentMeta {
  const meta: DocumentMeta = {
    title,
    authors: authorsOf(content.info.author),
    lang: documentLanguage(content.info.language, text || title),
    tags: [],
    pageCount,
  };
  const publishedAt = normalizePdfDate(content.info.creationDate);
  if (publishedAt) meta.publishedAt = publishedAt;
  return meta;
}

// The title the author set wins; otherwise the largest heading on the first page is the title, and is taken out of
// the body the way a Markdown file's first heading is.
function chooseTitle(drafts: DraftBlock[], infoTitle: string | undefined, fallbackTitle: string): { title: string; drafts: DraftBlock[] } {
  const fromInfo = cleanInfoTitle(infoTitle);
  const first = drafts.find((d) => d.kind === 'heading' && d.page === 1 && d.level === 1);
  if (first && (!fromInfo || sameWords(first.text, fromInfo))) {
    return { title: first.text, drafts: drafts.filter((d) => d !== first) };
  }
  return { title: fromInfo ?? fallbackTitle, drafts };
}

function cleanInfoTitle(title: string | undefined): string | undefined {
  const cleaned = (title ?? '').replace(APPLICATION_PREFIX, '').replace(/\s+/gu, ' ').trim();
  return cleaned === '' || FILE_LIKE_TITLE.test(cleaned) ? undefined : cleaned;
}

function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

// PDF authors are one string; tools separate several with semicolons, "and" or "&" (a comma may be inside a name).
function authorsOf(author: string | undefined): string[] {
  return (author ?? '')
    .split(/(?<!\s)\s*[;&]\s*|(?<!\s)\s+and\s+/u)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}
