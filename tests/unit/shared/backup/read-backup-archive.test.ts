import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../../shared/backup/backup-zip-directory';
import { DEFAULT_BACKUP_LIMITS, readBackupArchive, type BackupLimits } from '../../../../shared/backup/read-backup-archive';
import { BackupArchiveWriter } from '../../../../shared/backup/write-backup-archive';

const sha256 = (bytes: Uint8Array) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const read = (bytes: Uint8Array, limits?: BackupLimits) => readBackupArchive(bytesSource(bytes), { sha256, ...(limits ? { limits } : {}) });

const EMPTY_TABLES = ['sources', 'sourceFiles', 'texts', 'annotations', 'claims', 'citations', 'briefings', 'history'];

function manifest(overrides: Record<string, unknown> = {}) {
  return { format: 'footnote-backup', formatVersion: 1, schemaVersion: 8, workspace: 'W', createdAt: '2026-11-30T00:00:00.000Z', counts: {}, originals: { count: 0, bytes: 0 }, ...overrides };
}

function archive(files: Zippable, withManifest: Record<string, unknown> | null = manifest()): Uint8Array {
  const tables = Object.fromEntries(EMPTY_TABLES.map((t) => [`tables/${t}.jsonl`, strToU8('')]));
  return zipSync({ ...tables, ...(withManifest ? { 'manifest.json': strToU8(JSON.stringify(withManifest)) } : {}), ...files });
}

async function refusal(bytes: Uint8Array, limits?: BackupLimits): Promise<string> {
  const result = await read(bytes, limits);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('reading a backup archive', () => {
  it('reads an empty workspace', async () => {
    const result = await read(archive({}));
    expect(result.ok).toBe(true);
  });

  it('reads what the streaming writer wrote, rows and originals', async () => {
    const chunks: Uint8Array[] = [];
    const writer = new BackupArchiveWriter((c) => chunks.push(c));
    const bytes = strToU8('%PDF-1.4 original');
    const source = { id: 's1', title: 'T', lang: 'en', authors: [], kind: 'pdf', contentHash: 'h', importedAt: '2026-01-01T00:00:00.000Z', importedFrom: { method: 'file' }, tags: [] };
    for (const t of EMPTY_TABLES.filter((t) => t !== 'sources' && t !== 'sourceFiles')) writer.table(t as 'texts').end();
    const sources = writer.table('sources');
    sources.write(source);
    sources.end();
    const entry = writer.original({ name: 'a.pdf', bytes });
    const files = writer.table('sourceFiles');
    files.write({ sourceId: 's1', name: 'a.pdf', mime: 'application/pdf', size: bytes.length, sha256: await sha256(bytes), entry });
    files.end();
    writer.finish({ schemaVersion: 8, workspace: 'W', createdAt: '2026-11-30T00:00:00.000Z' });
    const result = await read(Buffer.concat(chunks));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.tables.sourceFiles[0]?.bytes).toEqual(bytes);
    expect(result.manifest.originals).toEqual({ count: 1, bytes: bytes.length });
  });

  it('refuses a file that is not a ZIP, and a ZIP that is not a backup', async () => {
    expect(await refusal(strToU8('{"format":"footnote-workspace"}'))).toMatch(/not a Footnote backup: it is not a ZIP archive/u);
    expect(await refusal(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toMatch(/not a Footnote backup: it holds “word\/document.xml”/u);
    expect(await refusal(archive({}, null))).toMatch(/no manifest/u);
    expect(await refusal(archive({}, { format: 'other' }))).toMatch(/not a Footnote backup/u);
  });

  it('refuses a newer format with a request to update', async () => {
    expect(await refusal(archive({}, manifest({ formatVersion: 2 })))).toMatch(/newer Footnote/u);
  });

  it('refuses rows that fail the model’s schemas, naming table and line', async () => {
    const error = await refusal(archive({ 'tables/sources.jsonl': strToU8('{"id":1}\n') }, manifest({ counts: { sources: 1 } })));
    expect(error).toMatch(/sources line 1/u);
  });

  it('refuses counts that disagree with the manifest', async () => {
    expect(await refusal(archive({}, manifest({ counts: { claims: 2 } })))).toMatch(/lists 2 claims rows but it holds 0/u);
  });

  it('refuses an entry that unpacks to more than it declares (a zip bomb that lies)', async () => {
    const bytes = archive({ 'tables/history.jsonl': strToU8('\n'.repeat(1_000_000)) });
    // Rewrite the declared size of the history entry in the central directory to 10 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = bytes.length - 22; at > 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === 'tables/history.jsonl') view.setUint32(at + 24, 10, true);
    }
    expect(await refusal(bytes)).toMatch(/zip bomb/u);
  });

  it('refuses archives past the budgets before inflating them', async () => {
    expect(await refusal(archive({}), { ...DEFAULT_BACKUP_LIMITS, maxEntries: 3 })).toMatch(/more than a backup may/u);
    expect(await refusal(archive({ 'tables/history.jsonl': strToU8('x'.repeat(5000)) }), { ...DEFAULT_BACKUP_LIMITS, maxTotalBytes: 1000 })).toMatch(/unpacks to more than/u);
    expect(await refusal(archive({ 'tables/history.jsonl': strToU8('x'.repeat(5000)) }), { ...DEFAULT_BACKUP_LIMITS, maxLineBytes: 1000 })).toMatch(/a row of history is over/u);
  });

  it('refuses an original whose bytes are not the ones recorded for it', async () => {
    const source = { id: 's1', title: 'T', lang: 'en', authors: [], kind: 'pdf', contentHash: 'h', importedAt: '2026-01-01T00:00:00.000Z', importedFrom: { method: 'file' }, tags: [] };
    const row = { sourceId: 's1', name: 'a.pdf', mime: 'application/pdf', size: 3, sha256: 'not-the-hash', entry: 'originals/000001.pdf' };
    const bytes = archive(
      { 'tables/sources.jsonl': strToU8(`${JSON.stringify(source)}\n`), 'tables/sourceFiles.jsonl': strToU8(`${JSON.stringify(row)}\n`), 'originals/000001.pdf': strToU8('abc') },
      manifest({ counts: { sources: 1, sourceFiles: 1 }, originals: { count: 1, bytes: 3 } }),
    );
    expect(await refusal(bytes)).toMatch(/does not have the SHA-256/u);
  });

  it('never throws on arbitrary bytes', async () => {
    for (let n = 0; n < 50; n++) {
      const junk = archive({});
      const at = Math.floor((n / 50) * junk.length);
      junk[at] = (junk[at] ?? 0) ^ 0xff;
      const result = await read(junk);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
