import mammoth from 'mammoth';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { readCoreProperties, type CoreProperties } from '../../../../shared/ingest/docx-core-properties';
import { detectLanguage } from '../../../../shared/ingest/detect-language';
import { htmlToBlocks, markersWithoutEntryNotice } from '../../../../shared/ingest/html-blocks';
import { collapseWhitespace } from '../../../../shared/ingest/html-text';
import type { DocumentMeta, ParseResult } from '../../../../shared/ingest/normalized-document';
import { zipKind } from '../../../../shared/ingest/sniff-format';
import { checkZipExpansion, DEFAULT_ZIP_LIMITS, looksLikeZip, readZipDirectory, type ZipLimits } from '../../../../shared/ingest/zip-directory';
import { spreadMergedCells } from './docx-merged-cells';
import { parseHtmlFragment } from './linkedom-dom';
import { sanitizeHtml } from './sanitize-html';
import { inflateBudget, readZipContents, storedZip } from '../../../../shared/ingest/zip-entry';
import { checkMarkupLimits } from '../../../../shared/ingest/markup-limits';
import { describeParserError } from '../../../../shared/ingest/plain-error-messages';
import { describeDroppedNoteReferences, dropDanglingNoteReferences } from '../../../../shared/ingest/docx-note-references';

// Word's Title style names the document; mammoth's default map turns it into a plain paragraph. Quote styles become
// quotes. The class marks the title so it can be taken out of the body.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.docx-title:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];
// The parts mammoth parses into trees; nesting deep enough overflows its XML reader's stack.
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];
// Core properties are a few hundred bytes; a bigger part is not what it claims to be.
const MAX_CORE_PROPERTIES_BYTES = 64 * 1024;

/** Reads a Word (.docx) file: refuses non-zips and zip bombs, converts with mammoth, and reads its footnotes and endnotes as the reference list. */
export async function parseDocxFile(bytes: Uint8Array, fallbackTitle: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ParseResult> {
  if (!looksLikeZip(bytes)) {
    return { ok: false, error: 'This is not a Word (.docx) file: it is not a ZIP archive. Save old .doc files as .docx first.' };
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, error: `This Word file is damaged: ${directory.error}` };
  const expansion = checkZipExpansion(directory.entries, limits);
  if (!expansion.ok) return { ok: false, error: `This Word file was refused: ${expansion.error}` };
  const kind = zipKind(directory.entries);
  if (kind.format !== 'docx') return { ok: false, error: `This is not a Word document: it looks like ${kind.format === 'unsupported' ? kind.looksLike : kind.format}.` };

  // The directory's sizes are only claims: every part is inflated here under one running budget, and mammoth is given
  // a stored copy of what came out, so it cannot inflate more than the budget allowed.
  const contents = readZipContents(bytes, directory.entries, inflateBudget(limits.maxUncompressedBytes));
  if (!contents.ok) {
    return { ok: false, error: contents.reason === 'damaged' || contents.reason === 'unsupported' ? `This Word file is damaged: ${contents.error}` : `This Word file was refused: ${contents.error}` };
  }
  const tooDeep = TEXT_PARTS.find((part) => {
    const xml = contents.files.get(part);
    return xml !== undefined && checkMarkupLimits(xml, { xml: true, maxElements: Number.POSITIVE_INFINITY }) !== null;
  });
  if (tooDeep) return { ok: false, error: `This Word file was refused: the elements of “${tooDeep}” inside it are nested deeper than any real document, which would hang the reader. Open it in Word or LibreOffice and save it again.` };

  const notices: string[] = [];
  const documentXml = contents.files.get('word/document.xml');
  if (documentXml) {
    const decode = (part: string) => {
      const bytes = contents.files.get(part);
      return bytes && new TextDecoder('utf-8').decode(bytes);
    };
    const { xml, dropped } = dropDanglingNoteReferences(new TextDecoder('utf-8').decode(documentXml), decode('word/footnotes.xml'), decode('word/endnotes.xml'));
    const notice = describeDroppedNoteReferences(dropped);
    if (notice) {
      notices.push(notice);
      contents.files.set('word/document.xml', new TextEncoder().encode(xml));
    }
  }

  let html: string;
  try {
    const arrayBuffer = storedZip(contents.files).slice().buffer;
    // mammoth's browser build reads `arrayBuffer` and its Node build (used by the tests) reads `buffer`; both accept an ArrayBuffer.
    const input = { arrayBuffer, buffer: arrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      // Pictures are not part of the text; skipping them avoids base64-encoding every image.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
    const errors = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
    if (errors.length > 0) notices.push(`Parts of this Word file could not be read: ${[...new Set(errors)].slice(0, 3).join('; ')}`);
  } catch (error) {
    return { ok: false, error: describeParserError(error, 'this Word file') };
  }

  const root = parseHtmlFragment(sanitizeHtml(html));
  spreadMergedCells(root);
  const styledTitle = collapseWhitespace(root.querySelector('h1.docx-title')?.textContent ?? '');
  const core = coreProperties(contents.files);
  const title = styledTitle || core.title || fallbackTitle;
  const { drafts, references, markersWithoutEntry } = htmlToBlocks(root, { title });
  const missing = markersWithoutEntryNotice(markersWithoutEntry);
  const { text, blocks } = buildBlocks(drafts);
  if (blocks.length === 0) return { ok: false, error: 'This Word document is empty: it has no text.' };
  const meta: DocumentMeta = { title, authors: core.creators, lang: detectLanguage(text), tags: [] };
  if (core.created) meta.publishedAt = core.created;
  return { ok: true, doc: { kind: 'docx', text, blocks, meta, references, notices: missing ? [...notices, missing] : notices } };
}

function coreProperties(files: ReadonlyMap<string, Uint8Array>): CoreProperties {
  const data = files.get('docProps/core.xml');
  if (!data || data.length > MAX_CORE_PROPERTIES_BYTES) return { creators: [] };
  return readCoreProperties(new TextDecoder('utf-8').decode(data));
}
