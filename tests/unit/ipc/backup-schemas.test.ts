import { describe, expect, it } from 'vitest';
import { BackupAppendRequestSchema, BackupBeginRequestSchema, BackupReadRequestSchema, invokeContract } from '../../../shared/ipc';
import { backupFileName } from '../../../shared/backup/backup-rotation';

describe('backup IPC schemas', () => {
  it('accepts only names Footnote writes, so no request reaches a path outside the backup folder', () => {
    const name = backupFileName('Default', new Date('2026-11-30T00:00:00Z'), 'auto');
    expect(BackupBeginRequestSchema.safeParse({ fileName: name }).success).toBe(true);
    for (const bad of ['../../etc/passwd', `../${name}`, `sub/${name}`, 'notes.txt', '', `${name}\0`]) {
      expect(BackupBeginRequestSchema.safeParse({ fileName: bad }).success, bad).toBe(false);
      expect(BackupReadRequestSchema.safeParse({ name: bad }).success, bad).toBe(false);
    }
  });

  it('carries archive slices as bytes only, with an id from begin', () => {
    expect(BackupAppendRequestSchema.safeParse({ id: '00000000-0000-4000-8000-000000000000', bytes: new Uint8Array(3) }).success).toBe(true);
    expect(BackupAppendRequestSchema.safeParse({ id: 'x', bytes: new Uint8Array(3) }).success).toBe(false);
    expect(BackupAppendRequestSchema.safeParse({ id: '00000000-0000-4000-8000-000000000000', bytes: 'AAAA' }).success).toBe(false);
    expect(invokeContract.backupAppend.request).toBe(BackupAppendRequestSchema);
  });
});
