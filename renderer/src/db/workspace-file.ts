import {
  base64ToBytes,
  bytesToBase64,
  parseWorkspaceFile,
  readSettings,
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  type Claim,
  type StoredHistoryEntry,
  type WorkspaceFile,
  type WorkspaceSourceFile,
} from '../../../shared/model';
import type { BackupContents } from '../../../shared/backup/backup-format';
import type { Table } from 'dexie';
import { SCHEMA_VERSION, type ClaimRow, type FootnoteDatabase, type HistoryRow, type SourceFileRow } from './database';
import { claimOf, withMeasureKeys } from './claim-measure-keys';
import { writeWithoutMarks } from './derived-marks';
import { deriveWorkspaceRows, type DerivedRows } from './derive-workspace';
import { nowIso } from './identity';

// Rows and file rows are mapped here, one function each way, so what the database derives for itself (a claim's
// `measureKeys` index, bytes held as a Uint8Array) never leaks into a file, and what a file leaves out is rebuilt on
// the way in. The file format is documented in README.md ("Workspace file format").

/** A stored claim as a workspace file holds it: the claim, without the index the database derives from it. */
export function claimToFileRow(row: ClaimRow): Claim {
  return claimOf(row);
}

/** A claim from a workspace file as the database stores it, its index rebuilt from its quantities. */
export function claimFromFileRow(claim: Claim): ClaimRow {
  return withMeasureKeys<ClaimRow>({ ...claim });
}

/** An original file's row as a workspace file holds it: bytes as base64. */
export function sourceFileToFileRow({ bytes, ...record }: SourceFileRow): WorkspaceSourceFile {
  return { ...record, base64: bytesToBase64(bytes) };
}

/** An original file from a workspace file as the database stores it; throws when its bytes are damaged. */
export function sourceFileFromFileRow({ base64, ...record }: WorkspaceSourceFile): SourceFileRow {
  const bytes = base64ToBytes(base64);
  if (!bytes) throw new Error(`The original file of “${record.name}” is damaged in this workspace file.`);
  return { ...record, bytes };
}

/**
 * A history row from a workspace file as the database stores it. Rows an older Footnote wrote in shapes no longer
 * made are kept as they are: the audit trail is never rewritten, and readers of history parse what they use.
 */
export function historyFromFileRow(entry: StoredHistoryEntry): HistoryRow {
  return entry as HistoryRow;
}

/** Serializes the whole workspace, original bytes included, to the documented JSON format. */
export async function exportWorkspace(db: FootnoteDatabase, workspace: string): Promise<string> {
  const file = await db.transaction('r', db.allTables(), async (): Promise<WorkspaceFile> => ({
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    workspace,
    exportedAt: nowIso(),
    tables: {
      sources: await db.sources.toArray(),
      sourceFiles: (await db.sourceFiles.toArray()).map(sourceFileToFileRow),
      texts: await db.texts.toArray(),
      annotations: await db.annotations.toArray(),
      claims: (await db.claims.toArray()).map(claimToFileRow),
      citations: await db.citations.toArray(),
      briefings: await db.briefings.toArray(),
      history: await db.history.toArray(),
      settings: await db.settings.toArray(),
      briefingExports: await db.briefingExports.toArray(),
      collections: await db.collections.toArray(),
      savedSearches: await db.savedSearches.toArray(),
    },
  }));
  return JSON.stringify(file);
}

/** The counts a restore would bring in, shown to the user before they confirm. */
export interface WorkspaceSummary {
  workspace: string;
  exportedAt: string;
  sources: number;
  claims: number;
  citations: number;
  briefings: number;
}

/** Summarizes a parsed workspace file for the confirmation dialog. */
export function summarizeWorkspace(file: WorkspaceFile): WorkspaceSummary {
  const t = file.tables;
  return { workspace: file.workspace, exportedAt: file.exportedAt, sources: t.sources.length, claims: t.claims.length, citations: t.citations.length, briefings: t.briefings.length };
}

/** Reads a workspace file's text, or explains why it is refused; nothing is written. */
export { parseWorkspaceFile };

/** A parsed workspace file as a restore writes it: originals decoded from base64 (throws when one is damaged). */
export function contentsOfWorkspaceFile(file: WorkspaceFile): BackupContents {
  return { workspace: file.workspace, createdAt: file.exportedAt, schemaVersion: file.schemaVersion, tables: { ...file.tables, sourceFiles: file.tables.sourceFiles.map(sourceFileFromFileRow) } };
}

/** A workspace file read and checked, with the derived rows its restore will write: all a restore needs, computed before the user confirms. */
export interface PreparedRestore {
  file: WorkspaceFile;
  derived: DerivedRows;
}

/** The derived rows of a workspace's tables, at the conflict tolerance the tables themselves set. */
export function deriveRowsOf(tables: Pick<BackupContents['tables'], 'claims' | 'citations' | 'sources' | 'settings'>): Promise<DerivedRows> {
  return deriveWorkspaceRows(tables, readSettings(tables.settings ?? []).conflictTolerancePercent / 100);
}

/** Reads a workspace file's text and derives its rows, or explains why it is refused. */
export async function prepareRestore(text: string): Promise<{ ok: true; value: PreparedRestore } | { ok: false; error: string }> {
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { file: parsed.value, derived: await deriveRowsOf(parsed.value.tables) } };
}

/** Replaces the workspace's contents with a parsed file, all or nothing, in one transaction; derived rows already computed (by `prepareRestore`) are written as given. */
export async function restoreWorkspace(db: FootnoteDatabase, file: WorkspaceFile, prepared?: DerivedRows, onProgress?: RestoreProgress): Promise<void> {
  await restoreBackup(db, contentsOfWorkspaceFile(file), prepared, onProgress);
}

/** How far a restore has come: rows written of all it will write (the workspace's own and the derived ones). */
export type RestoreProgress = (written: number, total: number) => void;

// Rows written between two progress reports, within the one transaction: a few hundred milliseconds of writing.
const PROGRESS_SLICE = 10_000;

/** Replaces the workspace's contents with a checked backup, all or nothing, in one transaction; `onProgress` hears how many rows are written. */
export async function restoreBackup(db: FootnoteDatabase, contents: BackupContents, prepared?: DerivedRows, onProgress?: RestoreProgress): Promise<void> {
  const t = contents.tables;
  // Derived rows are computed before the transaction: IndexedDB commits a transaction that waits on anything else.
  const started = performance.now();
  const derived = prepared ?? (await deriveRowsOf(t));
  const derivedAt = performance.now();
  const derivedTables = [db.claimFacts, db.conflicts, db.sourceCitations, db.derivedDirty];
  // The trash belongs to the history being replaced: its rows would be taken for the restored history's deletions.
  const localTables = [db.trash];
  let cleared = derivedAt;
  let primaryWritten = derivedAt;
  const derivedSteps: [string, number, number][] = [];
  await db.transaction('rw', [...db.allTables(), ...derivedTables, ...localTables], async (tx) => {
    writeWithoutMarks(tx.idbtrans);
    await Promise.all([...db.allTables(), ...derivedTables, ...localTables].map((table) => table.clear()));
    cleared = performance.now();
    const own: [Table, readonly unknown[]][] = [
      [db.sources, t.sources],
      [db.sourceFiles, t.sourceFiles],
      [db.texts, t.texts],
      [db.annotations, t.annotations],
      [db.claims, t.claims.map(claimFromFileRow)],
      [db.citations, t.citations],
      [db.briefings, t.briefings],
      // History keeps its own sequence numbers so the audit trail reads the same after a restore.
      [db.history, t.history.map(historyFromFileRow)],
      [db.settings, t.settings ?? []],
      [db.briefingExports, t.briefingExports ?? []],
      [db.collections, t.collections ?? []],
      [db.savedSearches, t.savedSearches ?? []],
    ];
    // Each derived table timed on its own: together they cost more than the workspace's own rows (their indexes).
    const derivedRows: [string, Table, readonly unknown[]][] = [
      ['claim facts', db.claimFacts, derived.claimFacts],
      ['conflicts', db.conflicts, derived.conflicts],
      ['source counts', db.sourceCitations, derived.sourceCitations],
    ];
    const total = [...own.map(([, rows]) => rows.length), ...derivedRows.map(([, , rows]) => rows.length)].reduce((a, b) => a + b, 0);
    let written = 0;
    const add = async (table: Table, rows: readonly unknown[]) => {
      for (let at = 0; at < rows.length; at += PROGRESS_SLICE) {
        const slice = rows.slice(at, at + PROGRESS_SLICE);
        await table.bulkAdd(slice);
        written += slice.length;
        onProgress?.(written, total);
      }
    };
    onProgress?.(0, total);
    for (const [table, rows] of own) await add(table, rows);
    primaryWritten = performance.now();
    let at = primaryWritten;
    for (const [name, table, rows] of derivedRows) {
      await add(table, rows);
      derivedSteps.push([name, at, (at = performance.now())]);
    }
    const summary: WorkspaceSummary = { workspace: contents.workspace, exportedAt: contents.createdAt, sources: t.sources.length, claims: t.claims.length, citations: t.citations.length, briefings: t.briefings.length };
    await db.history.add({ entity: 'workspace', entityId: contents.workspace, op: 'import', at: nowIso(), after: summary });
  });
  // Named timings for the scale benchmark (and the browser's performance panel).
  performance.measure('restore: derive rows', { start: started, end: derivedAt });
  performance.measure('restore: clear', { start: derivedAt, end: cleared });
  performance.measure('restore: write rows', { start: cleared, end: primaryWritten });
  performance.measure('restore: write derived rows', { start: primaryWritten, end: performance.now() });
  for (const [name, start, end] of derivedSteps) performance.measure(`restore: write ${name}`, { start, end });
  performance.measure('restore: write', { start: derivedAt, end: performance.now() });
}
