import type { ZipEntry } from '../../../../shared/ingest/zip-directory';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

/** The bytes of one entry of a ZIP archive, inflated; null when the entry is damaged or uses another compression. */
export async function readZipEntry(archive: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > archive.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) return null;
  // The local header repeats the name and may carry a different extra field than the central directory's.
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) return null;
  try {
    const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}
