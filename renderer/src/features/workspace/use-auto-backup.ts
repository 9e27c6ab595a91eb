import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterChange, backupDue, changedSinceBackup, type BackupClock } from '../../../../shared/backup/backup-schedule';
import type { BackupReason } from '../../../../shared/backup/backup-rotation';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

// How often the schedule is looked at; a backup is at most this late.
const CHECK_EVERY_MS = 60 * 1000;

/**
 * Automatic backups: after 15 minutes with changes and no backup, Electron writes one (kept and rotated), the browser
 * shows a reminder with a "Download backup" action; before the app quits, Electron asks for one when anything changed.
 */
export function useAutoBackup(backUpNow: (reason: BackupReason) => Promise<void>, lastBackupAt: number | null): void {
  const { db, platform } = useServices();
  const notify = useNotify();
  const startedAt = useRef(Date.now());
  const firstChangeAt = useRef<number | null>(null);
  const lastReminderAt = useRef(0);
  const seenSeq = useRef<number | null>(null);
  // Every recorded change appends to history, in this tab or another; its last sequence number moving is activity.
  const last = useLiveQuery(async () => ({ seq: Number((await db.history.orderBy(':id').lastKey()) ?? 0) }), [db]);

  useEffect(() => {
    if (!last) return;
    if (seenSeq.current !== null && last.seq !== seenSeq.current) firstChangeAt.current = afterChange(clockRef.current(), Date.now()).firstChangeAt;
    seenSeq.current = last.seq;
  }, [last]);

  const clock = (): BackupClock => ({ firstChangeAt: firstChangeAt.current, lastBackupAt: Math.max(lastBackupAt ?? 0, startedAt.current, lastReminderAt.current) });
  const clockRef = useRef(clock);
  clockRef.current = clock;

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (!backupDue(clockRef.current(), Date.now())) return;
      if (platform.keepsBackups) {
        void backUpNow('auto');
        return;
      }
      lastReminderAt.current = Date.now();
      notify('info', 'You have changed this workspace and not backed it up for 15 minutes. A backup keeps your work if this browser’s data is ever cleared.', {
        label: 'Download backup',
        run: () => void backUpNow('manual'),
      });
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [platform, backUpNow, notify]);

  useEffect(
    () =>
      platform.onBackupRequest(() => {
        const done = () => void platform.quitReady();
        if (changedSinceBackup(clockRef.current())) void backUpNow('quit').finally(done);
        else done();
      }),
    [platform, backUpNow],
  );
}
