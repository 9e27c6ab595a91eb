import { BackupArchiveWriter } from '../../../shared/backup/write-backup-archive';
import type { BackupManifest, BackupSourceFileRow } from '../../../shared/backup/backup-format';
import { SCHEMA_VERSION, type FootnoteDatabase } from './database';
import { claimToFileRow } from './workspace-file';
import { nowIso } from './identity';

/**
 * Writes the whole workspace as a backup archive, chunk by chunk to `onChunk`. Everything is read in one read-only
 * transaction, so the backup is one consistent moment of the workspace; rows pass from the cursor to the compressor
 * one at a time, so no table and no archive is ever held whole.
 */
export async function writeBackupArchive(db: FootnoteDatabase, workspace: string, onChunk: (chunk: Uint8Array) => void): Promise<BackupManifest> {
  const writer = new BackupArchiveWriter(onChunk);
  const createdAt = nowIso();
  return db.transaction('r', db.allTables(), async () => {
    const rows = async (name: 'sources' | 'texts' | 'annotations' | 'citations' | 'briefings' | 'briefingExports' | 'history' | 'settings' | 'collections' | 'savedSearches') => {
      const table = writer.table(name);
      await db.table(name).each((row: unknown) => table.write(row));
      table.end();
    };
    await rows('sources');
    await rows('texts');
    await rows('annotations');
    const claims = writer.table('claims');
    await db.claims.each((row) => claims.write(claimToFileRow(row)));
    claims.end();
    await rows('citations');
    await rows('briefings');
    await rows('briefingExports');
    await rows('history');
    await rows('settings');
    await rows('collections');
    await rows('savedSearches');
    // Each original becomes its own entry as the cursor reaches it; its row, naming the entry, follows in one table.
    const fileRows: BackupSourceFileRow[] = [];
    await db.sourceFiles.each(({ bytes, ...record }) => {
      fileRows.push({ ...record, entry: writer.original({ name: record.name, bytes }) });
    });
    const files = writer.table('sourceFiles');
    for (const row of fileRows) files.write(row);
    files.end();
    return writer.finish({ schemaVersion: SCHEMA_VERSION, workspace, createdAt });
  });
}
