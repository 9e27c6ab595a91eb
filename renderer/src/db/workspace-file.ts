import { base64ToBytes, bytesToBase64, parseWorkspaceFile, readSettings, WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type WorkspaceFile } from '../../../shared/model';
import { SCHEMA_VERSION, type FootnoteDatabase } from './database';
import { writeWithoutMarks } from './derived-marks';
import { deriveWorkspaceRows } from './derive-workspace';
import { nowIso } from './identity';

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
      sourceFiles: (await db.sourceFiles.toArray()).map(({ bytes, ...rest }) => ({ ...rest, base64: bytesToBase64(bytes) })),
      texts: await db.texts.toArray(),
      annotations: await db.annotations.toArray(),
      claims: await db.claims.toArray(),
      citations: await db.citations.toArray(),
      briefings: await db.briefings.toArray(),
      history: await db.history.toArray(),
      settings: await db.settings.toArray(),
      briefingExports: await db.briefingExports.toArray(),
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

/** Replaces the workspace's contents with a parsed file, all or nothing, in one transaction. */
export async function restoreWorkspace(db: FootnoteDatabase, file: WorkspaceFile): Promise<void> {
  const sourceFiles = file.tables.sourceFiles.map(({ base64, ...rest }) => {
    const bytes = base64ToBytes(base64);
    if (!bytes) throw new Error(`The original file of “${rest.name}” is damaged in this workspace file.`);
    return { ...rest, bytes };
  });
  const t = file.tables;
  // Derived rows are computed before the transaction: IndexedDB commits a transaction that waits on anything else.
  const started = performance.now();
  const derived = await deriveWorkspaceRows(t, readSettings(t.settings ?? []).conflictTolerancePercent / 100);
  const derivedAt = performance.now();
  const derivedTables = [db.claimFacts, db.conflicts, db.matrixCells, db.sourceCitations, db.derivedDirty];
  await db.transaction('rw', [...db.allTables(), ...derivedTables], async (tx) => {
    writeWithoutMarks(tx.idbtrans);
    await Promise.all([...db.allTables(), ...derivedTables].map((table) => table.clear()));
    await db.sources.bulkAdd(t.sources);
    await db.sourceFiles.bulkAdd(sourceFiles);
    await db.texts.bulkAdd(t.texts);
    await db.annotations.bulkAdd(t.annotations);
    await db.claims.bulkAdd(t.claims);
    await db.citations.bulkAdd(t.citations);
    await db.briefings.bulkAdd(t.briefings);
    // History keeps its own sequence numbers so the audit trail reads the same after a restore.
    await db.history.bulkAdd(t.history);
    await db.settings.bulkAdd(t.settings ?? []);
    await db.briefingExports.bulkAdd(t.briefingExports ?? []);
    await db.claimFacts.bulkAdd(derived.claimFacts);
    await db.conflicts.bulkAdd(derived.conflicts);
    await db.matrixCells.bulkAdd(derived.matrixCells);
    await db.sourceCitations.bulkAdd(derived.sourceCitations);
    await db.history.add({ entity: 'workspace', entityId: file.workspace, op: 'import', at: nowIso(), after: summarizeWorkspace(file) });
  });
  // Named timings for the scale benchmark (and the browser's performance panel).
  performance.measure('restore: derive rows', { start: started, end: derivedAt });
  performance.measure('restore: write', { start: derivedAt, end: performance.now() });
}
