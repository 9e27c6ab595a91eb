import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToRemove, parseBackupFileName, KEPT_BACKUPS } from '../../../../shared/backup/backup-rotation';
import { afterChange, backupDue, changedSinceBackup, BACKUP_INTERVAL_MS } from '../../../../shared/backup/backup-schedule';

describe('backup rotation', () => {
  it('names a backup by time, reason and workspace, and reads the name back', () => {
    const name = backupFileName('Default', new Date('2026-11-30T21:05:09.123Z'), 'auto');
    expect(name).toBe('2026-11-30T21-05-09-123Z-auto-Default.footnote-backup.zip');
    expect(parseBackupFileName(name)).toEqual({ createdAt: '2026-11-30T21:05:09.123Z', reason: 'auto', workspace: 'Default' });
    expect(backupFileName('../x y', new Date(0), 'quit')).not.toMatch(/[/ ]/u);
  });

  it('keeps the newest 20 and removes the rest, oldest first, never touching other files', () => {
    const names = Array.from({ length: 25 }, (_, i) => backupFileName('W', new Date(Date.UTC(2026, 0, 1, 0, i)), i % 2 ? 'auto' : 'quit'));
    const shuffled = [...names].reverse().concat('notes.txt', 'my-copy.footnote-backup.zip');
    const removed = backupsToRemove(shuffled);
    expect(removed).toHaveLength(25 - KEPT_BACKUPS);
    expect(new Set(removed)).toEqual(new Set(names.slice(0, 5)));
    expect(removed).not.toContain('notes.txt');
    expect(backupsToRemove(names.slice(0, 3))).toEqual([]);
  });
});

describe('backup schedule', () => {
  it('is due 15 minutes after the first change no backup holds, and not before', () => {
    expect(backupDue({ firstChangeAt: null, lastBackupAt: 0 }, BACKUP_INTERVAL_MS * 10)).toBe(false);
    expect(backupDue({ firstChangeAt: 5, lastBackupAt: 0 }, 5 + BACKUP_INTERVAL_MS - 1)).toBe(false);
    expect(backupDue({ firstChangeAt: 5, lastBackupAt: 0 }, 5 + BACKUP_INTERVAL_MS)).toBe(true);
    // A change older than the last backup is held by it.
    expect(backupDue({ firstChangeAt: 5, lastBackupAt: 10 }, BACKUP_INTERVAL_MS * 2)).toBe(false);
    expect(changedSinceBackup({ firstChangeAt: 11, lastBackupAt: 10 })).toBe(true);
  });

  it('measures from the change, not from the start: an hour of reading and one edit wait their own 15 minutes', () => {
    const hour = 60 * 60 * 1000;
    const edited = afterChange({ firstChangeAt: null, lastBackupAt: 0 }, hour);
    expect(backupDue(edited, hour + 60_000)).toBe(false);
    expect(backupDue(edited, hour + BACKUP_INTERVAL_MS)).toBe(true);
    // Later changes do not push the backup back: the first unsaved change is the one that ages.
    expect(afterChange(edited, hour + 10 * 60_000)).toEqual(edited);
    // After a backup, the next change starts a new wait.
    expect(afterChange({ ...edited, lastBackupAt: hour + BACKUP_INTERVAL_MS }, hour + 20 * 60_000).firstChangeAt).toBe(hour + 20 * 60_000);
  });
});
