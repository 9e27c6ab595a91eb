import { Inflate, zipSync } from 'fflate';
import { formatBytes } from './limits';
import type { ZipEntry } from './zip-directory';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
// Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032x, so one step yields at most ~16 MB
// before the budget is checked again.
const INFLATE_STEP = 16 * 1024;

/** Bytes still allowed to be inflated, shared by every entry read from one archive. */
export interface InflateBudget {
  /** The whole archive's allowance, for messages. */
  readonly limitBytes: number;
  remainingBytes: number;
}

/** A fresh budget of `limitBytes` for one archive. */
export function inflateBudget(limitBytes: number): InflateBudget {
  return { limitBytes, remainingBytes: limitBytes };
}

/** One entry's inflated bytes, or why it was not read. */
export type ZipEntryRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'damaged' | 'unsupported' | 'lies-about-size' | 'over-budget'; error: string };

/**
 * Inflates one entry of a ZIP archive under a running byte budget: it stops as soon as the output passes the size
 * the directory declares (a bomb that lies) or the bytes left in `budget`, and charges what it inflated to `budget`.
 * Never throws.
 */
export function readZipEntry(archive: Uint8Array, entry: ZipEntry, budget: InflateBudget): ZipEntryRead {
  const damaged: ZipEntryRead = { ok: false, reason: 'damaged', error: `“${entry.name}” inside it is damaged.` };
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > archive.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) return damaged;
  // The local header repeats the name and may carry a different extra field than the central directory's.
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return damaged;
  const overBudget = (): ZipEntryRead => ({
    ok: false,
    reason: 'over-budget',
    error: `it unpacks to more than ${formatBytes(budget.limitBytes)} (at “${entry.name}”), over the limit for documents.`,
  });
  if (entry.method === STORED) {
    if (data.length > budget.remainingBytes) return overBudget();
    budget.remainingBytes -= data.length;
    return { ok: true, bytes: data };
  }
  if (entry.method !== DEFLATED) return { ok: false, reason: 'unsupported', error: `“${entry.name}” inside it uses a compression Footnote cannot read.` };

  const limit = Math.min(entry.uncompressedSize, budget.remainingBytes);
  const parts: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced <= limit) parts.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length && produced <= limit; i += INFLATE_STEP) inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
  } catch {
    return damaged;
  }
  if (produced > limit) {
    if (produced > entry.uncompressedSize) {
      return {
        ok: false,
        reason: 'lies-about-size',
        error: `“${entry.name}” inside it says it holds ${formatBytes(entry.uncompressedSize)} but unpacks to more; only a file built to exhaust memory (a zip bomb) does that.`,
      };
    }
    return overBudget();
  }
  if (produced !== entry.uncompressedSize) return damaged;
  budget.remainingBytes -= produced;
  return { ok: true, bytes: concatBytes(parts, produced) };
}

/** The parts joined into one array of `length` bytes (the part itself when there is only one). */
export function concatBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Every file entry of an archive inflated under one budget, or the first entry that could not be. */
export type ZipContents = { ok: true; files: Map<string, Uint8Array> } | { ok: false; reason: Exclude<ZipEntryRead, { ok: true }>['reason']; error: string };

/** Inflates every file entry (directories skipped) under one running budget; stops at the first that fails. */
export function readZipContents(archive: Uint8Array, entries: readonly ZipEntry[], budget: InflateBudget): ZipContents {
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const read = readZipEntry(archive, entry, budget);
    if (!read.ok) return read;
    files.set(entry.name, read.bytes);
  }
  return { ok: true, files };
}

/**
 * An uncompressed archive of already-inflated files, whose sizes are true. Handing this to a library that unzips by
 * itself (mammoth, through JSZip) means it can never inflate more than the budget already allowed.
 */
export function storedZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(files), { level: 0 });
}
