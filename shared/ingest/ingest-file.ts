import { decodeText } from './decode-text';
import type { NormalizedDocument } from './normalized-document';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';

/** A parsed document, or why the file could not be read. */
export type IngestResult = { ok: true; doc: NormalizedDocument } | { ok: false; error: string };

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);
const TEXT_EXTENSIONS = new Set(['txt', 'text', '']);

/** The lower-case extension of a file name, without the dot; empty when there is none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The file name without its extension, for use as a title of last resort. */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** Parses text typed or pasted by the user. */
export function ingestPastedText(text: string): IngestResult {
  if (text.trim() === '') return { ok: false, error: 'Nothing to import: the pasted text is empty.' };
  const doc = parsePlainText(text, 'Pasted text');
  return doc.blocks.length === 0 ? { ok: false, error: 'Nothing to import: the pasted text has no readable content.' } : { ok: true, doc };
}

/** Parses a file's bytes into a normalized document, choosing the parser by extension. */
export function ingestFile(name: string, bytes: Uint8Array): IngestResult {
  const ext = fileExtension(name);
  if (!MARKDOWN_EXTENSIONS.has(ext) && !TEXT_EXTENSIONS.has(ext)) {
    return { ok: false, error: `“${name}”: .${ext} files are not supported yet. Choose a .txt or .md file.` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: `“${name}”: ${decoded.error}` };
  const doc = MARKDOWN_EXTENSIONS.has(ext) ? parseMarkdown(decoded.text, baseName(name)) : parsePlainText(decoded.text, baseName(name));
  if (doc.blocks.length === 0) return { ok: false, error: `“${name}” has no readable text.` };
  doc.notices.push(...decoded.notices);
  return { ok: true, doc };
}
