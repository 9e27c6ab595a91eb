import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../../../shared/ingest/zip-directory';

// A local file header is 30 bytes, then the name and the extra field, whose lengths sit at offsets 26 and 28.
const LOCAL_HEADER_BYTES = 30;
const DEFLATED = 8;

/** The text of one part of a .docx (a ZIP), or undefined when the archive has no such part. */
export function readDocxPart(bytes: Uint8Array, name: string): string | undefined {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.error);
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localHeaderOffset + LOCAL_HEADER_BYTES + view.getUint16(entry.localHeaderOffset + 26, true) + view.getUint16(entry.localHeaderOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return new TextDecoder().decode(entry.method === DEFLATED ? inflateRawSync(data) : data);
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The text of each run of `<w:t>` in a piece of WordprocessingML, joined and unescaped. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e)).join('');
}

/** The text of each real footnote in word/footnotes.xml, by footnote id (the separators, ids -1 and 0, left out). */
export function wordFootnotes(footnotesXml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    const id = Number(m[1]);
    if (id > 0) notes.set(id, wordText(m[2] ?? ''));
  }
  return notes;
}
