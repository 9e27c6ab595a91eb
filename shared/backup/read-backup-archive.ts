import { Inflate } from 'fflate';
import type { z } from 'zod';
import { findBrokenLinks } from '../model/workspace-file';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  BACKUP_TABLE_SCHEMAS,
  BackupManifestSchema,
  isOriginalEntryName,
  MANIFEST_ENTRY,
  tableOfEntry,
  type BackupContents,
  type BackupManifest,
  type BackupSourceFileRow,
  type BackupTableName,
  type BackupTables,
} from './backup-format';
import { entryDataOffset, readBackupDirectory, type BackupZipEntry, type ByteSource } from './backup-zip-directory';
import { formatSize } from './backup-preview';
import { concatBytes } from '../ingest/zip-entry';

/** How much a backup may hold before it is refused: generous for real workspaces, fatal for archives built to harm. */
export interface BackupLimits {
  maxEntries: number;
  maxDirectoryBytes: number;
  /** Everything inflated, originals and tables together; a restore holds it all in memory for its one transaction. */
  maxTotalBytes: number;
  maxOriginalBytes: number;
  /** One JSON line (one row); a 100,000-word text is well under 2 MB. */
  maxLineBytes: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  // 10,000 sources with an original each is 10,000 entries; 20x that leaves room and still bounds the directory.
  maxEntries: 200_000,
  maxDirectoryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 3 * 1024 ** 3,
  maxOriginalBytes: 1024 ** 3,
  maxLineBytes: 64 * 1024 * 1024,
};

// Compressed bytes read and inflated at a time: large enough to be quick, small enough that a bomb is caught early.
const READ_SLICE = 1024 * 1024;
const MAX_REPORTED_ISSUES = 3;
const STORED = 0;
const DEFLATED = 8;
const REQUIRED_TABLES: readonly BackupTableName[] = ['sources', 'sourceFiles', 'texts', 'annotations', 'claims', 'citations', 'briefings', 'history'];

/** A backup read and checked, or why it is refused; nothing is written either way. */
export type BackupReadResult = { ok: true; value: BackupContents; manifest: BackupManifest } | { ok: false; error: string };

/** What reading needs from its host: SHA-256 (Web Crypto) to check every original is byte-equal to what was backed up. */
export interface BackupReadOptions {
  sha256(bytes: Uint8Array): Promise<string>;
  limits?: BackupLimits;
}

class Refusal extends Error {}

/**
 * Reads a backup archive entry by entry under `limits` and checks all of it: the manifest, every row against the
 * model's schema, every original against its recorded size and SHA-256, the counts against the manifest, and every
 * link between rows. Never throws for a bad archive; the error says what is wrong.
 */
export async function readBackupArchive(source: ByteSource, options: BackupReadOptions): Promise<BackupReadResult> {
  try {
    return await readChecked(source, options.limits ?? DEFAULT_BACKUP_LIMITS, options.sha256);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}

async function readChecked(source: ByteSource, limits: BackupLimits, sha256: (bytes: Uint8Array) => Promise<string>): Promise<BackupReadResult> {
  const directory = await readBackupDirectory(source, limits);
  if (!directory.ok) throw new Refusal(`This is not a Footnote backup: ${directory.error}`);
  const plan = planEntries(directory.entries, limits);

  const manifest = parseManifest(await inflateEntry(source, plan.manifest, limits));
  const tables: Partial<Record<BackupTableName, unknown[]>> = {};
  for (const [table, entry] of plan.tables) tables[table] = await readTable(source, entry, table, limits);
  for (const table of REQUIRED_TABLES) if (!tables[table]) throw new Refusal(`This backup is damaged: it has no ${table} table.`);
  for (const table of BACKUP_TABLE_NAMES) {
    const expected = manifest.counts[table] ?? 0;
    const found = tables[table]?.length ?? 0;
    if (expected !== found) throw new Refusal(`This backup is damaged: its manifest lists ${expected} ${table} rows but it holds ${found}.`);
  }

  const fileRows = (tables.sourceFiles ?? []) as BackupSourceFileRow[];
  const byEntry = new Map(fileRows.map((row) => [row.entry, row]));
  if (byEntry.size !== fileRows.length) throw new Refusal('This backup is damaged: two original files name the same entry.');
  if (plan.originals.length !== fileRows.length || manifest.originals.count !== fileRows.length) {
    throw new Refusal(`This backup is damaged: it lists ${fileRows.length} original files but holds ${plan.originals.length}.`);
  }
  const sourceFiles: BackupTables['sourceFiles'] = [];
  for (const entry of plan.originals) {
    const row = byEntry.get(entry.name);
    if (!row) throw new Refusal(`This backup is damaged: it holds “${entry.name}”, which no original file row names.`);
    if (entry.uncompressedSize !== row.size) throw new Refusal(`This backup is damaged: the original of “${row.name}” should be ${row.size} bytes, not ${entry.uncompressedSize}.`);
    const bytes = await inflateEntry(source, entry, limits);
    if ((await sha256(bytes)) !== row.sha256) throw new Refusal(`This backup is damaged: the original of “${row.name}” does not have the SHA-256 recorded for it.`);
    const { entry: _entry, ...record } = row;
    sourceFiles.push({ ...record, bytes });
  }

  const contents: BackupContents = {
    workspace: manifest.workspace,
    createdAt: manifest.createdAt,
    schemaVersion: manifest.schemaVersion,
    tables: { ...(tables as unknown as BackupTables), sourceFiles },
  };
  const broken = findBrokenLinks(contents.tables);
  if (broken.length > 0) throw new Refusal(`This backup is inconsistent: ${broken.slice(0, MAX_REPORTED_ISSUES).join('; ')}.`);
  return { ok: true, value: contents, manifest };
}

interface EntryPlan {
  manifest: BackupZipEntry;
  tables: [BackupTableName, BackupZipEntry][];
  originals: BackupZipEntry[];
}

// Every entry is accounted for before anything is inflated: unknown names, duplicates, unreadable methods and declared
// sizes past the limits refuse the archive at once.
function planEntries(entries: readonly BackupZipEntry[], limits: BackupLimits): EntryPlan {
  const seen = new Set<string>();
  let manifest: BackupZipEntry | undefined;
  const tables: [BackupTableName, BackupZipEntry][] = [];
  const originals: BackupZipEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    const shown = entry.name.slice(0, 80);
    if (seen.has(entry.name)) throw new Refusal(`This backup is damaged: it holds “${shown}” twice.`);
    seen.add(entry.name);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new Refusal(`This backup cannot be read: “${shown}” uses a compression Footnote does not write.`);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw new Refusal(`This backup is refused: it unpacks to more than ${formatSize(limits.maxTotalBytes)}, the most a restore may hold.`);
    const table = tableOfEntry(entry.name);
    if (entry.name === MANIFEST_ENTRY) manifest = entry;
    else if (table) tables.push([table, entry]);
    else if (isOriginalEntryName(entry.name)) {
      if (entry.uncompressedSize > limits.maxOriginalBytes) throw new Refusal(`This backup is refused: “${shown}” is over ${formatSize(limits.maxOriginalBytes)}, larger than any original Footnote stores.`);
      originals.push(entry);
    } else throw new Refusal(`This is not a Footnote backup: it holds “${shown}”, which a backup never does.`);
  }
  if (!manifest) throw new Refusal('This is not a Footnote backup: it has no manifest.json.');
  return { manifest, tables, originals };
}

function parseManifest(bytes: Uint8Array): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal('This backup is damaged: its manifest is not valid JSON.');
  }
  const record: { format?: unknown; formatVersion?: unknown } = typeof json === 'object' && json !== null ? json : {};
  if (record.format !== BACKUP_FORMAT) throw new Refusal(`This is not a Footnote backup (its manifest has no "format": "${BACKUP_FORMAT}").`);
  if (typeof record.formatVersion === 'number' && record.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new Refusal(`This backup was written by a newer Footnote (format ${record.formatVersion}); update Footnote to restore it.`);
  }
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) throw new Refusal(`This backup is damaged: its manifest ${issuesOf(parsed.error)}.`);
  return parsed.data;
}

async function readTable(source: ByteSource, entry: BackupZipEntry, table: BackupTableName, limits: BackupLimits): Promise<unknown[]> {
  const schema: z.ZodType = BACKUP_TABLE_SCHEMAS[table];
  const rows: unknown[] = [];
  const issues: string[] = [];
  let parts: Uint8Array[] = [];
  let partLength = 0;
  let line = 0;
  const takeLine = (bytes: Uint8Array) => {
    line += 1;
    if (bytes.length === 0) return;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new Refusal(`This backup is damaged: line ${line} of ${table} is not valid JSON.`);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) rows.push(parsed.data);
    else if (issues.push(`${table} line ${line}: ${issuesOf(parsed.error)}`) >= MAX_REPORTED_ISSUES) throw new Refusal(`This backup is damaged: ${issues.join('; ')}.`);
  };
  await streamEntry(source, entry, limits, (chunk) => {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, newline);
      takeLine(parts.length === 0 ? piece : concatBytes([...parts, piece], partLength + piece.length));
      parts = [];
      partLength = 0;
      start = newline + 1;
    }
    if (start < chunk.length) {
      // A copy: the inflater may reuse the buffer it handed over.
      parts.push(chunk.slice(start));
      partLength += chunk.length - start;
      if (partLength > limits.maxLineBytes) throw new Refusal(`This backup is refused: a row of ${table} is over ${formatSize(limits.maxLineBytes)}.`);
    }
  });
  if (partLength > 0) takeLine(concatBytes(parts, partLength));
  if (issues.length > 0) throw new Refusal(`This backup is damaged: ${issues.join('; ')}.`);
  return rows;
}

async function inflateEntry(source: ByteSource, entry: BackupZipEntry, limits: BackupLimits): Promise<Uint8Array> {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  await streamEntry(source, entry, limits, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/** Inflates one entry slice by slice, handing each output chunk on; stops the moment it outgrows its declared size. */
async function streamEntry(source: ByteSource, entry: BackupZipEntry, limits: BackupLimits, onData: (chunk: Uint8Array) => void): Promise<void> {
  const shown = entry.name.slice(0, 80);
  const start = await entryDataOffset(source, entry);
  if (start === null) throw new Refusal(`This backup is damaged: “${shown}” is not where its directory says.`);
  if (entry.uncompressedSize > limits.maxTotalBytes) throw new Refusal(`This backup is refused: “${shown}” is too large.`);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new Refusal(`This backup is refused: “${shown}” says it holds ${formatSize(entry.uncompressedSize)} but unpacks to more; only an archive built to exhaust memory (a zip bomb) does that.`);
    }
    onData(chunk);
  };
  const inflater = entry.method === DEFLATED ? new Inflate((chunk) => take(chunk)) : null;
  for (let offset = 0; offset < entry.compressedSize || (offset === 0 && inflater); offset += READ_SLICE) {
    const slice = await source.read(start + offset, Math.min(READ_SLICE, entry.compressedSize - offset));
    const final = offset + READ_SLICE >= entry.compressedSize;
    if (inflater) {
      try {
        inflater.push(slice, final);
      } catch (error) {
        if (error instanceof Refusal) throw error;
        throw new Refusal(`This backup is damaged: “${shown}” cannot be unpacked.`);
      }
    } else take(slice);
    if (final) break;
  }
  if (produced !== entry.uncompressedSize) throw new Refusal(`This backup is damaged: “${shown}” is cut short.`);
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
    .join(', ');
}
