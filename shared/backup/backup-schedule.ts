/** A backup is due after this much time with changes since the last one. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** What the schedule knows: when the workspace last changed, and when it was last backed up (or the app started). */
export interface BackupClock {
  lastChangeAt: number | null;
  lastBackupAt: number;
}

/** Whether an automatic backup (or, in the browser, a reminder) is due now: changes since the last backup, which is 15 minutes old. */
export function backupDue(clock: BackupClock, now: number, interval: number = BACKUP_INTERVAL_MS): boolean {
  return clock.lastChangeAt !== null && clock.lastChangeAt > clock.lastBackupAt && now - clock.lastBackupAt >= interval;
}

/** Whether anything changed since the last backup: what the backup on quit asks. */
export function changedSinceBackup(clock: BackupClock): boolean {
  return clock.lastChangeAt !== null && clock.lastChangeAt > clock.lastBackupAt;
}
