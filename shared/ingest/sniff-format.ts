import { fileExtension } from './file-name';
import { looksLikeZip, readZipDirectory, type ZipEntry } from './zip-directory';

/** The formats Footnote can read. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'csl-json' | 'bibtex' | 'ris';

/** What a file is: a format we read, or a description of what it looks like when we cannot read it. */
export type SniffedFormat = { format: DocumentFormat } | { format: 'unsupported'; looksLike: string };

const EXTENSION_FORMATS: Readonly<Record<string, DocumentFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
  json: 'csl-json',
  bib: 'bibtex',
  bibtex: 'bibtex',
  ris: 'ris',
};

// Formats recognised by their first bytes; a matching extension is not needed and a wrong one is ignored.
const BINARY_SIGNATURES: readonly { bytes: readonly number[]; looksLike: string }[] = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old Office 97–2003 file (.doc, .xls or .ppt); save it as .docx or PDF first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a], looksLike: 'a Windows program' },
  { bytes: [0x25, 0x21, 0x50, 0x53], looksLike: 'a PostScript file' },
];

const PDF_MAGIC = '%PDF-';
// The PDF specification lets a header be preceded by junk; readers look in the first kilobyte.
const PDF_HEADER_SEARCH = 1024;
// Enough text to see past a byte-order mark, comments and blank lines at the start of a file.
const TEXT_SNIFF_BYTES = 4096;

/** Decides a file's format from its content where the content says, otherwise from its extension. */
export function sniffFormat(name: string, bytes: Uint8Array): SniffedFormat {
  if (hasPdfHeader(bytes)) return { format: 'pdf' };
  if (looksLikeZip(bytes)) return sniffZip(readZipDirectory(bytes));
  const signature = BINARY_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { format: 'unsupported', looksLike: signature.looksLike };

  const ext = lowerExtension(name);
  const claimed = EXTENSION_FORMATS[ext];
  // A file named .pdf or .docx without their signature is often a web page saved under the wrong name.
  if (claimed && claimed !== 'pdf' && claimed !== 'docx') return { format: claimed };
  return { format: sniffText(bytes) };
}

function lowerExtension(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.csl.json') ? 'json' : fileExtension(lower);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, PDF_HEADER_SEARCH));
  return head.includes(PDF_MAGIC);
}

function sniffZip(directory: ReturnType<typeof readZipDirectory>): SniffedFormat {
  if (!directory.ok) return { format: 'unsupported', looksLike: 'a damaged ZIP archive' };
  return zipKind(directory.entries);
}

/** Tells what an Office-style ZIP archive holds from the names of its parts. */
export function zipKind(entries: readonly ZipEntry[]): SniffedFormat {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml') || (names.has('[Content_Types].xml') && entries.some((e) => /^word\/[^/]+\.xml$/.test(e.name)))) {
    return { format: 'docx' };
  }
  if (names.has('xl/workbook.xml')) return { format: 'unsupported', looksLike: 'an Excel workbook' };
  if (names.has('ppt/presentation.xml')) return { format: 'unsupported', looksLike: 'a PowerPoint presentation' };
  if (names.has('META-INF/container.xml')) return { format: 'unsupported', looksLike: 'an EPUB e-book' };
  if (names.has('content.xml') && names.has('mimetype')) return { format: 'unsupported', looksLike: 'an OpenDocument file; save it as .docx first' };
  return { format: 'unsupported', looksLike: 'a ZIP archive' };
}

function sniffText(bytes: Uint8Array): DocumentFormat {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, TEXT_SNIFF_BYTES)).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(start)) return 'html';
  if (/^TY {1,2}-/.test(start)) return 'ris';
  // BibTeX files often open with `%` comments; the first entry decides.
  const firstCode = start.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('%'))?.trimStart() ?? '';
  if (/^@[A-Za-z]+\s*[{(]/.test(firstCode)) return 'bibtex';
  if ((start.startsWith('[') || start.startsWith('{')) && looksLikeJson(start)) return 'csl-json';
  return 'text';
}

// A prose file may open with a bracket; JSON follows it with a quote, another bracket, or a closing one.
function looksLikeJson(start: string): boolean {
  return /^[[{]\s*(?:["{[\]}]|$)/.test(start);
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}
