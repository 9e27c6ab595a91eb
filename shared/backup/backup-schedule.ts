/** A backup is due this long after the first change it does not hold. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** What the schedule knows: when the oldest change since the last backup was made, and when that backup was made (or the app started). */
export interface BackupClock {
  /** The first change after `lastBackupAt`, or null when there is none. */
  firstChangeAt: number | null;
  lastBackupAt: number;
}

/**
 * Whether an automatic backup (or, in the browser, a reminder) is due now: the oldest change no backup holds is 15
 * minutes old. Measured from that change, not from the last backup, so an hour of reading followed by one edit does
 * not call for a backup a minute later: it is the unsaved work that ages.
 */
export function backupDue(clock: BackupClock, now: number, interval: number = BACKUP_INTERVAL_MS): boolean {
  return changedSinceBackup(clock) && now - (clock.firstChangeAt ?? now) >= interval;
}

/** Whether anything changed since the last backup: what the backup on quit asks. */
export function changedSinceBackup(clock: BackupClock): boolean {
  return clock.firstChangeAt !== null && clock.firstChangeAt > clock.lastBackupAt;
}

/** The clock after a change at `at`: the first unsaved change stays the first until a backup holds it. */
export function afterChange(clock: BackupClock, at: number): BackupClock {
  return changedSinceBackup(clock) ? clock : { ...clock, firstChangeAt: at };
}
