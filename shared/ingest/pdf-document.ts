import { buildBlocks, type DraftBlock } from './build-blocks';
import { authorsFromByline } from './byline';
import { documentLanguage } from './document-language';
import type { DocumentMeta, NormalizedDocument } from './normalized-document';
import { linesFromItems, type PdfTextItem } from './pdf-lines';
import { paragraphsFromPages } from './pdf-paragraphs';
import { extractPdfReferences } from './pdf-references';
import { isFrontMatterLine, isPoorInfoAuthor, isPoorInfoTitle, pdfFrontMatter, type PdfFrontMatter } from './pdf-front-matter';
import { normalizePdfDate } from './published-time';
import { countNoun } from '../wording/count-noun';

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
  if (blankPages > 0) notices.push(`${blankPages} of ${countNoun(pages.length, 'page')} ${blankPages === 1 ? 'has' : 'have'} no text layer (scanned?); their text is missing.`);

  const split = extractPdfReferences(paragraphsFromPages(pages));
  const front = pdfFrontMatter(pages);
  const chosen = chooseTitle(split.drafts, journalFree(content.info.title, front, pages), front, fallbackTitle);
  const title = chosen.title;
  const drafts = chosen.drafts.map((d): DraftBlock => (d.kind === 'heading' && d.page === 1 && isFrontMatterLine(d.text, pages) ? { kind: 'paragraph', text: d.text, page: 1 } : d));
  const { text, blocks } = buildBlocks(drafts);
  const meta = baseMeta(content, title, text, pages.length);
  // The byline beside the printed title names its authors; beside some other large text it may name anyone.
  if (meta.authors.length === 0 && front.title !== undefined && words(front.title) === words(title)) meta.authors = front.authors;
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

// The title the author set wins unless it is an identifier, a file name or the journal's name; then the title printed
// on the first page (largest type near the top, not the masthead), then its largest heading. A title found in the
// text is taken out of the body the way a Markdown file's first heading is.
function chooseTitle(drafts: DraftBlock[], infoTitle: string | undefined, front: PdfFrontMatter, fallbackTitle: string): { title: string; drafts: DraftBlock[] } {
  const fromInfo = cleanInfoTitle(infoTitle);
  const first = drafts.find((d) => d.kind === 'heading' && d.page === 1 && d.level === 1);
  const title = fromInfo ?? front.title ?? first?.text;
  if (title === undefined) return { title: fallbackTitle, drafts };
  const printed = printedTitle(drafts, title);
  return { title: printed.length > 0 ? printed.map((d) => d.text).join(' ') : title, drafts: drafts.filter((d) => !printed.includes(d)) };
}

// The first-page headings that spell the title, in order (a long title can be set as two headings).
function printedTitle(drafts: readonly DraftBlock[], title: string): DraftBlock[] {
  const target = words(title);
  const start = drafts.findIndex((d) => d.kind === 'heading' && d.page === 1 && target.startsWith(words(d.text)) && words(d.text) !== '');
  const taken: DraftBlock[] = [];
  let spelled = '';
  for (let i = start; i >= 0 && i < drafts.length; i++) {
    const draft = drafts[i];
    if (!draft || draft.kind !== 'heading' || draft.page !== 1) break;
    const next = `${spelled} ${words(draft.text)}`.trim();
    if (!target.startsWith(next)) break;
    taken.push(draft);
    spelled = next;
    if (spelled === target) return taken;
  }
  return [];
}

// A metadata title that is the journal's name as the running headers print it ("Turk J Med Sci"), or the byline, names
// no work; the printed title is taken instead. A paper whose running header is its own title keeps it.
function journalFree(infoTitle: string | undefined, front: PdfFrontMatter, pages: Parameters<typeof isFrontMatterLine>[1]): string | undefined {
  if (infoTitle === undefined || words(infoTitle) === words(front.title ?? '')) return infoTitle;
  return isFrontMatterLine(infoTitle, pages) ? undefined : infoTitle;
}

function cleanInfoTitle(title: string | undefined): string | undefined {
  const cleaned = (title ?? '').replace(APPLICATION_PREFIX, '').replace(/\s+/gu, ' ').trim();
  return cleaned === '' || FILE_LIKE_TITLE.test(cleaned) || isPoorInfoTitle(cleaned) ? undefined : cleaned;
}

function words(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// PDF authors are one string, written by whatever tool made the file: a byline to split like a web page's, unless it
// is a publisher's account name rather than a person.
function authorsOf(author: string | undefined): string[] {
  if (author === undefined || isPoorInfoAuthor(author)) return [];
  return authorsFromByline(author);
}
