import { z } from 'zod';
import {
  AnnotationSchema,
  BriefingExportSchema,
  BriefingSchema,
  CitationSchema,
  ClaimSchema,
  CollectionSchema,
  SavedSearchSchema,
  SourceFileRecordSchema,
  SourceSchema,
  SourceTextSchema,
  StoredHistoryEntrySchema,
  type SourceFileRecord,
  type WorkspaceFile,
} from '../model';

// The backup archive: a ZIP holding one JSON-lines file per table and each original file as its own entry, written
// and read entry by entry so no part of it is ever one string. Documented in docs/backup-format.md.

/** The name every backup manifest carries, so any other ZIP is recognised as not ours. */
export const BACKUP_FORMAT = 'footnote-backup';
/** The version of the archive layout; a newer layout is refused rather than half-read. */
export const BACKUP_FORMAT_VERSION = 1;
/** The file name ending of a backup archive. */
export const BACKUP_EXTENSION = '.footnote-backup.zip';

export const MANIFEST_ENTRY = 'manifest.json';
const TABLES_FOLDER = 'tables/';
const ORIGINALS_FOLDER = 'originals/';

/** A row of `tables/sourceFiles.jsonl`: the original's record and the archive entry that holds its bytes. */
export const BackupSourceFileRowSchema = SourceFileRecordSchema.extend({ entry: z.string() });
export type BackupSourceFileRow = z.infer<typeof BackupSourceFileRowSchema>;

/** The schema each table's rows are checked against on the way in; the model's own schemas. */
export const BACKUP_TABLE_SCHEMAS = {
  sources: SourceSchema,
  sourceFiles: BackupSourceFileRowSchema,
  texts: SourceTextSchema,
  annotations: AnnotationSchema,
  claims: ClaimSchema,
  citations: CitationSchema,
  briefings: BriefingSchema,
  briefingExports: BriefingExportSchema,
  history: StoredHistoryEntrySchema,
  settings: z.object({ key: z.string().min(1), value: z.unknown() }),
  collections: CollectionSchema,
  savedSearches: SavedSearchSchema,
} as const;
export type BackupTableName = keyof typeof BACKUP_TABLE_SCHEMAS;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTableName[];

/** The archive entry holding one table's rows. */
export function tableEntryName(table: BackupTableName): string {
  return `${TABLES_FOLDER}${table}.jsonl`;
}

/** The table an entry name holds, or null when it is not a table entry. */
export function tableOfEntry(name: string): BackupTableName | null {
  if (!name.startsWith(TABLES_FOLDER) || !name.endsWith('.jsonl')) return null;
  const table = name.slice(TABLES_FOLDER.length, -'.jsonl'.length);
  return (BACKUP_TABLE_NAMES as string[]).includes(table) ? (table as BackupTableName) : null;
}

const ORIGINAL_ENTRY = /^originals\/\d{6,9}(?:\.[a-z0-9]{1,8})?$/u;
const SAFE_EXTENSION = /\.([a-z0-9]{1,8})$/iu;

/** The entry of the `index`th original: a number, and the file's extension when it is a plain one (for people unzipping it). */
export function originalEntryName(index: number, fileName: string): string {
  const extension = SAFE_EXTENSION.exec(fileName)?.[1]?.toLowerCase();
  return `${ORIGINALS_FOLDER}${String(index).padStart(6, '0')}${extension ? `.${extension}` : ''}`;
}

/** Whether an entry name is one an original may have. */
export function isOriginalEntryName(name: string): boolean {
  return ORIGINAL_ENTRY.test(name);
}

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  workspace: z.string().max(200),
  createdAt: z.string(),
  /** Rows per table, as written. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  originals: z.object({ count: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** An original file as a restore writes it: its record and its bytes. */
export type BackupSourceFile = SourceFileRecord & { bytes: Uint8Array };

/** Every table of a workspace, originals as bytes: what a backup holds and a restore writes. */
export type BackupTables = Omit<WorkspaceFile['tables'], 'sourceFiles'> & { sourceFiles: BackupSourceFile[] };

/** A backup read and checked in full, ready to preview and restore. */
export interface BackupContents {
  workspace: string;
  createdAt: string;
  schemaVersion: number;
  tables: BackupTables;
}
