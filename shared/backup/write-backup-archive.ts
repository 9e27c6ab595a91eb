import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  originalEntryName,
  tableEntryName,
  type BackupManifest,
  type BackupSourceFile,
  type BackupTableName,
} from './backup-format';

// JSON lines are handed to the compressor in slices of about this many characters: large enough that deflate works
// on whole blocks, small enough that no slice is ever a large string.
const LINE_SLICE_CHARS = 256 * 1024;
// Text deflates well at the fastest level; the higher levels cost several times the time for a few percent.
const TABLE_DEFLATE_LEVEL = 1;
// fflate writes classic ZIP (no ZIP64): offsets and sizes are 32-bit. Stop before that with a clear message.
export const MAX_ARCHIVE_BYTES = 0xffffffff - 64 * 1024 * 1024;

/** Writes one table's rows as JSON lines, in slices. */
export interface TableWriter {
  write(row: unknown): void;
  end(): void;
}

/**
 * A backup archive written entry by entry: every chunk of ZIP bytes goes to `onChunk` as soon as it is made, so the
 * archive is never held as one piece. Calls are synchronous, which lets a caller write from inside a database cursor.
 */
export class BackupArchiveWriter {
  private readonly zip: Zip;
  private readonly counts: Record<string, number> = {};
  private originals = 0;
  private originalBytes = 0;
  private written = 0;
  private failure: Error | null = null;

  constructor(onChunk: (chunk: Uint8Array) => void) {
    this.zip = new Zip((error, chunk) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.written += chunk.length;
      if (this.written > MAX_ARCHIVE_BYTES) this.failure = new Error('The workspace is over 4 GB, the most one backup archive can hold. Remove sources you no longer need, or back up their originals elsewhere.');
      else onChunk(chunk);
    });
  }

  /** Starts the entry of a table; rows are written one by one and the entry ends with `end()`. */
  table(name: BackupTableName): TableWriter {
    const entry = new ZipDeflate(tableEntryName(name), { level: TABLE_DEFLATE_LEVEL });
    this.zip.add(entry);
    const encoder = new TextEncoder();
    let pending = '';
    let rows = 0;
    const flush = (final: boolean) => {
      entry.push(encoder.encode(pending), final);
      pending = '';
    };
    return {
      write: (row) => {
        this.check();
        pending += `${JSON.stringify(row)}\n`;
        rows += 1;
        if (pending.length >= LINE_SLICE_CHARS) flush(false);
      },
      end: () => {
        flush(true);
        this.counts[name] = rows;
        this.check();
      },
    };
  }

  /** Adds an original file as its own entry, stored as it is (originals are mostly compressed already); returns the entry name. */
  original(file: Pick<BackupSourceFile, 'name' | 'bytes'>): string {
    this.check();
    this.originals += 1;
    const name = originalEntryName(this.originals, file.name);
    const entry = new ZipPassThrough(name);
    this.zip.add(entry);
    entry.push(file.bytes, true);
    this.originalBytes += file.bytes.length;
    this.check();
    return name;
  }

  /** Writes the manifest (counts of what was written) and the ZIP directory; the archive is complete after this. */
  finish(header: Pick<BackupManifest, 'schemaVersion' | 'workspace' | 'createdAt'>): BackupManifest {
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      ...header,
      counts: { ...this.counts },
      originals: { count: this.originals, bytes: this.originalBytes },
    };
    const entry = new ZipDeflate(MANIFEST_ENTRY, { level: TABLE_DEFLATE_LEVEL });
    this.zip.add(entry);
    entry.push(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), true);
    this.zip.end();
    this.check();
    return manifest;
  }

  /** Bytes handed to `onChunk` so far. */
  get bytesWritten(): number {
    return this.written;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
