import { ingestFile, type FormatParsers, type IngestOptions, type IngestResult } from '../../../../shared/ingest/ingest-file';

// Each parser is loaded the first time a file of its format arrives: a batch of text files never pays for pdf.js,
// and the worker starts quickly.
const FORMAT_PARSERS: FormatParsers = {
  html: async (bytes, title) => (await import('./parse-html')).parseHtmlFile(bytes, title),
  docx: async (bytes, title) => (await import('./parse-docx')).parseDocxFile(bytes, title),
  pdf: async (bytes, title, isCancelled) => (await import('./parse-pdf')).parsePdfFile(bytes, title, isCancelled),
  referenceList: async (text, format) => (await import('./parse-reference-list')).parseReferenceList(text, format),
};

/** Parses a file of any supported format (sniffed from its content), with the library-backed parsers wired in. */
export function ingestAnyFile(name: string, bytes: Uint8Array, options: Omit<IngestOptions, 'parsers'> = {}): Promise<IngestResult> {
  return ingestFile(name, bytes, { ...options, parsers: FORMAT_PARSERS });
}
