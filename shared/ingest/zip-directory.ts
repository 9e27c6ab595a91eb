/** One file inside a ZIP archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; other methods are rare and not readable by our parsers. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts; its data follows that header. */
  localHeaderOffset: number;
}

/** The entries of a ZIP archive, or why its directory could not be read. */
export type ZipDirectoryResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

/** How far an archive may expand before it is refused as a zip bomb. */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than `ratioCheckFromBytes`. */
  maxRatio: number;
  ratioCheckFromBytes: number;
}

// mammoth holds a document's whole XML tree in memory, at several times the XML's size; past this a worker's heap
// runs out. A 50 MB Word file of text and pictures expands to well under it.
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
// A Word file has a few dozen parts; thousands of entries only serve to make reading the directory itself slow.
const MAX_ZIP_ENTRIES = 10_000;
// Word XML deflates 5-20x and pictures barely at all; bombs reach 1000x. Small parts are exempt: a tiny part of
// repeated markup can legitimately compress very well without costing anything.
const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

/** Limits for Office files: generous for real documents, fatal for zip bombs. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: MAX_UNZIPPED_BYTES,
  maxEntries: MAX_ZIP_ENTRIES,
  maxRatio: MAX_COMPRESSION_RATIO,
  ratioCheckFromBytes: RATIO_CHECK_FROM_BYTES,
};

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const ZIP64_EXTRA_ID = 0x0001;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const UTF8_NAME_FLAG = 0x0800;

/** Whether the bytes start like a ZIP archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads a ZIP archive's central directory (names and declared sizes) without decompressing anything. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, error: 'it is not a ZIP archive (no central directory).' };

  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return { ok: false, error: 'its ZIP64 directory is damaged.' };
    ({ count, size, offset } = zip64);
  }
  if (offset + size > eocd || count > MAX_ZIP_ENTRIES) {
    return { ok: false, error: count > MAX_ZIP_ENTRIES ? `it holds ${count} files, more than a document can.` : 'its ZIP directory is damaged.' };
  }

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) {
      return { ok: false, error: 'its ZIP directory is damaged.' };
    }
    const entry = readCentralHeader(bytes, view, at);
    if (!entry) return { ok: false, error: 'its ZIP directory is damaged.' };
    entries.push(entry.entry);
    at = entry.next;
  }
  return { ok: true, entries };
}

/** Checks that an archive expands to a sane size before anything decompresses it; says why when it does not. */
export function checkZipExpansion(entries: readonly ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): { ok: true; totalBytes: number } | { ok: false; error: string } {
  if (entries.length > limits.maxEntries) return { ok: false, error: `it holds ${entries.length} files, more than a document can.` };
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes && ratio > limits.maxRatio) {
      return { ok: false, error: `“${entry.name}” inside it expands ${Math.round(ratio)} times, which only zip bombs do.` };
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return { ok: false, error: `it expands to ${formatMegabytes(total)}, over the ${formatMegabytes(limits.maxUncompressedBytes)} limit for documents.` };
  }
  return { ok: true, totalBytes: total };
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

// The end record sits at the very end unless the archive has a comment, which is at most 64 KB long.
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; size: number; offset: number } | null {
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const end = readUint64(view, locator + 8);
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return { count: readUint64(view, end + 32), size: readUint64(view, end + 40), offset: readUint64(view, end + 48) };
}

function readCentralHeader(bytes: Uint8Array, view: DataView, at: number): { entry: ZipEntry; next: number } | null {
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  let compressedSize = view.getUint32(at + 20, true);
  let uncompressedSize = view.getUint32(at + 24, true);
  let localHeaderOffset = view.getUint32(at + 42, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const nameStart = at + CENTRAL_HEADER_SIZE;
  const next = nameStart + nameLength + extraLength + commentLength;
  if (next > view.byteLength) return null;
  const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
  // Names without the UTF-8 flag are CP437; the parts we look for are ASCII, which both encodings share.
  const name = new TextDecoder(flags & UTF8_NAME_FLAG ? 'utf-8' : 'latin1').decode(nameBytes);
  if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localHeaderOffset === U32_MAX) {
    const sizes = readZip64Fields(view, nameStart + nameLength, extraLength, {
      uncompressed: uncompressedSize === U32_MAX,
      compressed: compressedSize === U32_MAX,
      offset: localHeaderOffset === U32_MAX,
    });
    if (!sizes) return null;
    uncompressedSize = sizes.uncompressed ?? uncompressedSize;
    compressedSize = sizes.compressed ?? compressedSize;
    localHeaderOffset = sizes.offset ?? localHeaderOffset;
  }
  return { entry: { name, method, compressedSize, uncompressedSize, localHeaderOffset }, next };
}

// A ZIP64 extra field lists only the values whose 32-bit fields overflowed, in this order.
function readZip64Fields(
  view: DataView,
  start: number,
  length: number,
  want: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let field = at + 4;
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!want[key]) continue;
        if (field + 8 > at + 4 + size) return null;
        out[key] = readUint64(view, field);
        field += 8;
      }
      return out;
    }
    at += 4 + size;
  }
  return null;
}

// Sizes past 2^53 cannot be real files; the result stays exact for every size an archive can actually have.
function readUint64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}
