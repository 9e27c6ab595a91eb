import { decodeText } from './decode-text';
import { baseName } from './file-name';
import { sizeLimitError } from './limits';
import { checkMarkupLimits, describeMarkupProblem } from './markup-limits';
import type { NormalizedDocument, ParseResult } from './normalized-document';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';
import { sniffFormat, type DocumentFormat } from './sniff-format';

export { baseName, fileExtension } from './file-name';

/**
 * The documents a file holds, or why it could not be read. A file usually holds one document; a reference list
 * (CSL-JSON, BibTeX, RIS) holds one per entry. Every document has blocks, except a PDF without a text layer: it is
 * returned with no blocks, `meta.textLayer === false` and a notice, so it can still be stored with its bytes.
 */
export type IngestResult = { ok: true; docs: NormalizedDocument[] } | { ok: false; error: string };

/** Reference-list formats: each entry becomes a source of kind `reference`. */
export type ReferenceListFormat = 'csl-json' | 'bibtex' | 'ris';

/** The entries of a reference list, or why it could not be read. */
export type ReferenceListResult = { ok: true; docs: NormalizedDocument[]; notices: string[] } | { ok: false; error: string };

/** Asked between steps of a long parse; true means the user cancelled and the parse should stop. */
export type CancelCheck = () => boolean;

/**
 * Parsers bound to a runtime library (a DOM, pdf.js, a zip reader, citeproc). They live outside `shared/` and are
 * passed in, so this dispatcher stays pure and testable.
 */
export interface FormatParsers {
  html(bytes: Uint8Array, fallbackTitle: string): Promise<ParseResult>;
  docx(bytes: Uint8Array, fallbackTitle: string): Promise<ParseResult>;
  pdf(bytes: Uint8Array, fallbackTitle: string, isCancelled: CancelCheck): Promise<ParseResult>;
  referenceList(text: string, format: ReferenceListFormat): Promise<ReferenceListResult>;
}

/** How to ingest a file. */
export interface IngestOptions {
  parsers?: Partial<FormatParsers>;
  /** Files over this size are refused unread; defaults to `MAX_IMPORT_BYTES` (50 MB). */
  maxBytes?: number;
  isCancelled?: CancelCheck;
}

const FORMAT_NAMES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word',
  html: 'HTML',
  markdown: 'Markdown',
  text: 'text',
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

const NOT_CANCELLED: CancelCheck = () => false;

/** Parses text typed or pasted by the user. */
export function ingestPastedText(text: string): IngestResult {
  if (text.trim() === '') return { ok: false, error: 'Nothing to import: the pasted text is empty.' };
  const doc = parsePlainText(text, 'Pasted text');
  return doc.blocks.length === 0 ? { ok: false, error: 'Nothing to import: the pasted text has no readable content.' } : { ok: true, docs: [doc] };
}

/** Parses a file's bytes into normalized documents, choosing the parser by content first and extension second. */
export async function ingestFile(name: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  const tooBig = sizeLimitError(bytes.length, options.maxBytes);
  if (tooBig) return fail(name, tooBig);
  if (bytes.length === 0) return fail(name, 'The file is empty.');

  const sniffed = sniffFormat(name, bytes);
  if (sniffed.format === 'unsupported') return fail(name, `This looks like ${sniffed.looksLike}, which Footnote cannot import.`);
  const format = sniffed.format;
  const title = baseName(name);
  const parsers = options.parsers ?? {};
  const missing = (): IngestResult => fail(name, `${FORMAT_NAMES[format]} files cannot be read here.`);

  switch (format) {
    case 'text':
    case 'markdown':
      return ingestText(name, bytes, format);
    case 'html': {
      const tooComplex = checkMarkupLimits(bytes);
      if (tooComplex) return fail(name, describeMarkupProblem(tooComplex));
      return parsers.html ? single(name, await parsers.html(bytes, title)) : missing();
    }
    case 'docx':
      return parsers.docx ? single(name, await parsers.docx(bytes, title)) : missing();
    case 'pdf':
      return parsers.pdf ? single(name, await parsers.pdf(bytes, title, options.isCancelled ?? NOT_CANCELLED)) : missing();
    case 'csl-json':
    case 'bibtex':
    case 'ris': {
      if (!parsers.referenceList) return missing();
      const decoded = decodeText(bytes);
      if (!decoded.ok) return fail(name, decoded.error);
      const list = await parsers.referenceList(decoded.text, format);
      if (!list.ok) return fail(name, list.error);
      if (list.docs.length === 0) return fail(name, `No references found in this ${FORMAT_NAMES[format]} file.`);
      const notices = [...decoded.notices, ...list.notices];
      // Notices about the file as a whole are told once, on its first entry, not repeated on every entry.
      list.docs[0]?.notices.push(...notices);
      return { ok: true, docs: list.docs };
    }
  }
}

function ingestText(name: string, bytes: Uint8Array, format: 'text' | 'markdown'): IngestResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(name, decoded.error);
  const doc = format === 'markdown' ? parseMarkdown(decoded.text, baseName(name)) : parsePlainText(decoded.text, baseName(name));
  doc.notices.push(...decoded.notices);
  return single(name, { ok: true, doc });
}

function single(name: string, parsed: ParseResult): IngestResult {
  if (!parsed.ok) return fail(name, parsed.error);
  const { doc } = parsed;
  // A scan is worth keeping (its bytes, its metadata) even though no text could be read from it.
  if (doc.blocks.length === 0 && doc.meta.textLayer !== false) return fail(name, 'It has no readable text.');
  return { ok: true, docs: [doc] };
}

function fail(name: string, reason: string): IngestResult {
  return { ok: false, error: `“${name}”: ${reason}` };
}
