import { BACKUP_EXTENSION } from './backup-format';

/** Automatic backups kept under the app's data folder; older ones are removed as new ones are written. */
export const KEPT_BACKUPS = 20;

/** Why a backup was written: the analyst asked, the 15-minute timer, or the app quitting. */
export type BackupReason = 'manual' | 'auto' | 'quit';

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z)-(manual|auto|quit)-(.+)\.footnote-backup\.zip$/u;

/** The file name of a backup: its time first, so names sort by age; safe on every file system. */
export function backupFileName(workspace: string, createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[:.]/gu, '-');
  const safeWorkspace = workspace.replace(/[^\p{L}\p{N}_-]/gu, '_').slice(0, 60) || 'workspace';
  return `${stamp}-${reason}-${safeWorkspace}${BACKUP_EXTENSION}`;
}

/** What a backup's file name says about it, or null when the name is not one Footnote writes. */
export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason; workspace: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, stamp = '', reason = 'manual', workspace = ''] = match;
  const iso = stamp.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z$/u, (_all, day: string, h: string, m: string, s: string, ms?: string) => `${day}T${h}:${m}:${s}.${ms ?? '000'}Z`);
  return { createdAt: iso, reason: reason as BackupReason, workspace };
}

/**
 * The backups to delete so that `keep` remain: the oldest first go. Files whose names Footnote did not write are
 * never touched, so a file the user put in the folder is safe.
 */
export function backupsToRemove(names: readonly string[], keep: number = KEPT_BACKUPS): string[] {
  const ours = names
    .map((name) => ({ name, parsed: parseBackupFileName(name) }))
    .filter((b): b is { name: string; parsed: NonNullable<ReturnType<typeof parseBackupFileName>> } => b.parsed !== null)
    .sort((a, b) => (a.parsed.createdAt < b.parsed.createdAt ? 1 : a.parsed.createdAt > b.parsed.createdAt ? -1 : a.name < b.name ? 1 : -1));
  return ours.slice(Math.max(0, keep)).map((b) => b.name);
}
