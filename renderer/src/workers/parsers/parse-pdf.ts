import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { CancelCheck } from '../../../../shared/ingest/ingest-file';
import type { ParseResult } from '../../../../shared/ingest/normalized-document';
import { pdfDocument, type PdfContent } from '../../../../shared/ingest/pdf-document';
import type { PdfTextItem } from '../../../../shared/ingest/pdf-lines';
import { loadPdfJs } from './load-pdfjs';

/** The message for a parse stopped because the user cancelled it. */
export const CANCELLED_ERROR = 'Import cancelled.';

/** Reads a PDF's text layer page by page into paragraphs with page numbers, its reference section and its metadata; a scan without text is returned with a notice, not as an error. */
export async function parsePdfFile(bytes: Uint8Array, fallbackTitle: string, isCancelled: CancelCheck = () => false): Promise<ParseResult> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps the original bytes as provenance.
    data: bytes.slice(),
    // Imported files are untrusted: no code generated from font programs, no fonts installed, nothing fetched.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const content: PdfContent = { pages: [], info: await readInfo(document) };
    for (let n = 1; n <= document.numPages; n++) {
      if (isCancelled()) return { ok: false, error: CANCELLED_ERROR };
      const page = await document.getPage(n);
      const text = await page.getTextContent();
      content.pages.push({ page: n, items: text.items.filter(isTextItem).map(toPdfTextItem) });
      page.cleanup();
    }
    return { ok: true, doc: pdfDocument(content, fallbackTitle) };
  } catch (error) {
    return { ok: false, error: openError(error) };
  } finally {
    await task.destroy();
  }
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function toPdfTextItem(item: TextItem): PdfTextItem {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  // The font size is the length of the text matrix's vertical vector; for unrotated text that is just `d`.
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  return { str: item.str, x, y, width: item.width, size };
}

async function readInfo(document: { getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }> }): Promise<PdfContent['info']> {
  const { info, metadata } = await document.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const record = info as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const out: PdfContent['info'] = {};
  // The information dictionary is what most tools write; XMP fills in when it is empty.
  const title = text(record.Title) ?? text(metadata?.get('dc:title'));
  const author = text(record.Author) ?? text(metadata?.get('dc:creator'));
  const creationDate = text(record.CreationDate);
  const language = text(record.Language);
  if (title) out.title = title;
  if (author) out.author = author;
  if (creationDate) out.creationDate = creationDate;
  if (language) out.language = language;
  return out;
}

function openError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'This PDF is protected by a password, so it cannot be read. Remove the password and import it again.';
  if (name === 'InvalidPDFException') return 'This PDF is damaged: its structure could not be read.';
  if (name === 'UnknownErrorException' || name === 'FormatError') return 'This PDF is damaged or uses features that cannot be read.';
  return `This PDF could not be read: ${error instanceof Error ? error.message : String(error)}`;
}
