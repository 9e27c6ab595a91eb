// What to tell the user when the disk, or the share of it the browser allows, is full. Written once here so the
// restore, the backup and every other write say the same thing.

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** Whether an error (or the error inside it, as Dexie wraps them) is the browser's or the disk's quota running out. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as ErrorLike).inner, depth++) {
    const { name, message } = e as ErrorLike;
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota/iu.test(message))) return true;
  }
  return false;
}

// Deleting a source frees nothing until the trash is emptied (until then Ctrl+Z can restore it), so both are named.
const FREE_SPACE = 'Free disk space, or back up the workspace (Workspace ▸ Back up now), delete sources you no longer need (Library ▸ the source ▸ Delete source…) and empty the trash (Workspace ▸ Storage ▸ Empty trash)';

/** Why a change could not be saved for lack of space, and what to do; the change was stored in full or not at all. */
export function describeQuotaForChange(): string {
  return `Your last change was not saved: there is no room left (the disk, or the space the browser allows Footnote, is full). Nothing was half-written. ${FREE_SPACE}, then make the change again.`;
}

/** Why a restore failed, in words a user can act on; the workspace is as it was either way. */
export function describeRestoreFailure(error: unknown): string {
  if (isQuotaError(error)) return `The backup was not restored: there is no room for it (the disk, or the space the browser allows Footnote, is full). Your workspace is unchanged. ${FREE_SPACE}, then restore again.`;
  const message = error instanceof Error ? error.message : String(error);
  return `The backup could not be restored, and nothing was changed: ${message}`;
}

/** Why a backup could not be written, in words a user can act on. */
export function describeBackupFailure(error: unknown): string {
  if (isQuotaError(error)) return 'The backup could not be written: the disk is full. Free disk space and back up again; your workspace is unchanged.';
  const message = error instanceof Error ? error.message : String(error);
  return `The backup could not be written: ${message} Your workspace is unchanged.`;
}
