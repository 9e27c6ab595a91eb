import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBackupArchive } from '../../../../shared/backup/read-backup-archive';
import { bytesSource } from '../../../../shared/backup/backup-zip-directory';
import { previewBackup } from '../../../../shared/backup/backup-preview';
import { writeBackupArchive } from '../../../../renderer/src/db/backup-archive';
import { restoreBackup } from '../../../../renderer/src/db/workspace-file';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { ingestAnyFile } from '../../../../renderer/src/workers/parsers/ingest-any-file';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { readShared } from '../../shared/fixture-paths';
import { freshDatabase, importSeed } from './test-database';

const CORPUS = ['corpus/documents/pdf/recognizePDF_test_title.pdf', 'corpus/documents/docx/mammoth-testdata/footnotes.docx'];

const sha256 = (bytes: Uint8Array) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));

async function importCorpusFile(db: FootnoteDatabase, path: string): Promise<Uint8Array> {
  const bytes = readShared(path);
  const name = path.split('/').pop()!;
  const parsed = await ingestAnyFile(name, bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  await importDocument(db, { doc: parsed.docs[0]!, origin: { method: 'file', fileName: name, size: bytes.length }, file: { name, mime: 'application/octet-stream', bytes } });
  return bytes;
}

/** The archive's bytes, written chunk by chunk as the app writes them. */
export async function backupBytes(db: FootnoteDatabase): Promise<{ bytes: Uint8Array; chunks: number }> {
  const chunks: Uint8Array[] = [];
  await writeBackupArchive(db, 'Default', (chunk) => chunks.push(chunk.slice()));
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('backup archive round trip', () => {
  it('restores a workspace with a PDF and a Word original byte for byte, every row intact', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const originals = await Promise.all(CORPUS.map((path) => importCorpusFile(db, path)));
    const before = await Promise.all(originals.map(sha256));
    const { bytes, chunks } = await backupBytes(db);
    expect(chunks).toBeGreaterThan(1);

    const read = await readBackupArchive(bytesSource(bytes), { sha256 });
    if (!read.ok) throw new Error(read.error);
    expect(read.manifest).toMatchObject({ format: 'footnote-backup', formatVersion: 1, workspace: 'Default', originals: { count: 3 } });
    expect(previewBackup(read.value)).toMatchObject({ sources: 3, originals: 3, claims: await db.claims.count(), citations: await db.citations.count() });

    const other = freshDatabase();
    await restoreBackup(other, read.value);
    const restored = await other.sourceFiles.toArray();
    const after = await Promise.all(restored.map((f) => sha256(f.bytes)));
    for (const hash of before) expect(after).toContain(hash);
    for (const file of restored) expect(await sha256(file.bytes)).toBe(file.sha256);
    expect(await other.sources.toArray()).toEqual(await db.sources.toArray());
    expect(await other.texts.toArray()).toEqual(await db.texts.toArray());
    expect(await other.claims.toArray()).toEqual(await db.claims.toArray());
    expect(await other.citations.toArray()).toEqual(await db.citations.toArray());
  });

  it('writes each table as JSON lines and each original as its own entry, not base64', async () => {
    const db = freshDatabase();
    const pdf = await importCorpusFile(db, CORPUS[0]!);
    const { bytes } = await backupBytes(db);
    const { unzipSync } = await import('fflate');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(expect.arrayContaining(['manifest.json', 'tables/sources.jsonl', 'tables/sourceFiles.jsonl', 'originals/000001.pdf']));
    expect(Buffer.from(entries['originals/000001.pdf']!).equals(Buffer.from(pdf))).toBe(true);
    const fileRows = new TextDecoder().decode(entries['tables/sourceFiles.jsonl']).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(fileRows).toEqual([expect.objectContaining({ entry: 'originals/000001.pdf', size: pdf.length })]);
    expect(fileRows[0]).not.toHaveProperty('bytes');
    expect(fileRows[0]).not.toHaveProperty('base64');
    // The claims file leaves the database's derived index out, as the JSON workspace file does.
    expect(new TextDecoder().decode(entries['tables/claims.jsonl'])).not.toContain('measureKeys');
  });
});
