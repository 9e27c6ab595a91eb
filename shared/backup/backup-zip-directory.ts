// A backup is read through its ZIP directory, never by scanning for headers: an original that is itself a ZIP (a
// Word file) holds local-header signatures of its own, which would fool a scanner. Only the classic ZIP layout that
// Footnote writes is read; anything else is refused before a byte is inflated.

/** Random access to an archive's bytes: a Blob in the browser, a buffer or a file handle elsewhere. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/** One entry as the directory declares it; `dataOffset` is where its (compressed) bytes start. */
export interface BackupZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The directory's entries, or why the archive is refused. */
export type BackupDirectory = { ok: true; entries: BackupZipEntry[] } | { ok: false; error: string };

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const ENCRYPTED_FLAG = 0x0001;

/** Reads the directory of a backup archive under `maxEntries` and `maxDirectoryBytes`. */
export async function readBackupDirectory(source: ByteSource, limits: { maxEntries: number; maxDirectoryBytes: number }): Promise<BackupDirectory> {
  const notZip: BackupDirectory = { ok: false, error: 'it is not a ZIP archive (it has no ZIP directory at its end).' };
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  if (tailLength < EOCD_SIZE) return notZip;
  const tail = await source.read(source.size - tailLength, tailLength);
  const tailView = view(tail);
  let eocd = -1;
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tailView.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + tailView.getUint16(at + 20, true) === tail.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return notZip;
  const count = tailView.getUint16(eocd + 10, true);
  const size = tailView.getUint32(eocd + 12, true);
  const offset = tailView.getUint32(eocd + 16, true);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) return { ok: false, error: 'it is a ZIP64 archive, which Footnote does not write.' };
  if (count > limits.maxEntries) return { ok: false, error: `it holds ${count} entries, more than a backup may (${limits.maxEntries}).` };
  if (size > limits.maxDirectoryBytes) return { ok: false, error: 'its ZIP directory is larger than a backup’s can be.' };
  if (offset + size > source.size - tailLength + eocd) return { ok: false, error: 'its ZIP directory is damaged.' };
  const directory = await source.read(offset, size);
  const dirView = view(directory);
  const entries: BackupZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > directory.length || dirView.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, error: 'its ZIP directory is damaged.' };
    if (dirView.getUint16(at + 8, true) & ENCRYPTED_FLAG) return { ok: false, error: 'it holds encrypted entries, which a Footnote backup never does.' };
    const nameLength = dirView.getUint16(at + 28, true);
    const next = at + CENTRAL_SIZE + nameLength + dirView.getUint16(at + 30, true) + dirView.getUint16(at + 32, true);
    if (next > directory.length) return { ok: false, error: 'its ZIP directory is damaged.' };
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(directory.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    } catch {
      return { ok: false, error: 'an entry name in it is not valid UTF-8.' };
    }
    entries.push({
      name,
      method: dirView.getUint16(at + 10, true),
      compressedSize: dirView.getUint32(at + 20, true),
      uncompressedSize: dirView.getUint32(at + 24, true),
      localHeaderOffset: dirView.getUint32(at + 42, true),
    });
    at = next;
  }
  return { ok: true, entries };
}

/** Where an entry's data starts, from its local header; null when the header is not where the directory says. */
export async function entryDataOffset(source: ByteSource, entry: BackupZipEntry): Promise<number | null> {
  if (entry.localHeaderOffset + LOCAL_SIZE > source.size) return null;
  const header = view(await source.read(entry.localHeaderOffset, LOCAL_SIZE));
  if (header.getUint32(0, true) !== LOCAL_SIGNATURE) return null;
  const start = entry.localHeaderOffset + LOCAL_SIZE + header.getUint16(26, true) + header.getUint16(28, true);
  return start + entry.compressedSize <= source.size ? start : null;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
