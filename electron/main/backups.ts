// Backups under the app's data folder: the renderer streams an archive here slice by slice; it is written to a
// `.partial` file and renamed when complete, so a crash never leaves a half backup that looks whole. Which old
// backups go is decided by pure code in shared/backup/backup-rotation.ts.
import { app, BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToRemove, parseBackupFileName } from '../../shared/backup/backup-rotation';
import { MAX_BACKUP_READ_BYTES, type BackupInfo } from '../../shared/ipc';
import { handle, sendEvent } from './ipc';

const PARTIAL = '.partial';
// The renderer has this long to write the backup on quit before the app quits without it.
const QUIT_BACKUP_TIMEOUT_MS = 30_000;

interface OpenBackup {
  handle: FileHandle;
  path: string;
}

const writing = new Map<string, OpenBackup>();

/** The folder backups are kept in. */
export function backupsDir(): string {
  return join(app.getPath('userData'), 'backups');
}

async function begin(fileName: string): Promise<{ id: string }> {
  await mkdir(backupsDir(), { recursive: true });
  const path = join(backupsDir(), fileName);
  const id = randomUUID();
  writing.set(id, { handle: await open(`${path}${PARTIAL}`, 'w'), path });
  return { id };
}

async function append(id: string, bytes: Uint8Array): Promise<null> {
  const backup = writing.get(id);
  if (!backup) throw new Error('That backup is not being written.');
  await backup.handle.write(bytes);
  return null;
}

async function finish(id: string, abort: boolean): Promise<{ saved: true; location: string } | { saved: false }> {
  const backup = writing.get(id);
  if (!backup) throw new Error('That backup is not being written.');
  writing.delete(id);
  await backup.handle.close();
  if (abort) {
    await unlink(`${backup.path}${PARTIAL}`);
    return { saved: false };
  }
  await rename(`${backup.path}${PARTIAL}`, backup.path);
  await rotate();
  return { saved: true, location: backup.path };
}

async function rotate(): Promise<void> {
  for (const name of backupsToRemove(await readdir(backupsDir()))) await unlink(join(backupsDir(), name));
}

/** The kept backups, newest first. */
export async function listBackups(): Promise<BackupInfo[]> {
  await mkdir(backupsDir(), { recursive: true });
  const out: BackupInfo[] = [];
  for (const name of await readdir(backupsDir())) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    out.push({ name, size: (await stat(join(backupsDir(), name))).size, createdAt: parsed.createdAt, reason: parsed.reason });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

async function readBackup(name: string): Promise<Uint8Array> {
  // The name was checked against the backup pattern (no separators), so the path stays inside the folder.
  const file = await open(join(backupsDir(), name), 'r');
  try {
    if ((await file.stat()).size > MAX_BACKUP_READ_BYTES) throw new Error('This backup is larger than a restore can hold.');
    return new Uint8Array(await file.readFile());
  } finally {
    await file.close();
  }
}

let quitBackup: 'none' | 'waiting' | 'done' = 'none';
let quitWaiter: (() => void) | null = null;

function quitBackupDone(): null {
  quitWaiter?.();
  return null;
}

// Asks the window for its backup once; whatever closes the app first (quitting or closing the window) waits for it.
function askForQuitBackup(window: BrowserWindow, then: () => void): void {
  if (quitBackup === 'waiting') return;
  quitBackup = 'waiting';
  const timer = setTimeout(quitBackupDone, QUIT_BACKUP_TIMEOUT_MS);
  quitWaiter = () => {
    clearTimeout(timer);
    quitWaiter = null;
    quitBackup = 'done';
    then();
  };
  sendEvent(window.webContents, 'backupRequest', 'quit');
}

/** Holds the main window's closing until it has written its backup on quit (or said none was needed). */
export function backUpBeforeClosing(window: BrowserWindow): BrowserWindow {
  window.on('close', (event) => {
    if (quitBackup === 'done' || window.webContents.isDestroyed()) return;
    event.preventDefault();
    askForQuitBackup(window, () => window.close());
  });
  return window;
}

/** Register the backup handlers, and ask the window for a backup before the app quits. */
export function registerBackupHandlers(): void {
  handle('backupBegin', ({ fileName }) => begin(fileName));
  handle('backupAppend', ({ id, bytes }) => append(id, bytes));
  handle('backupFinish', async ({ id, abort }) => {
    const outcome = await finish(id, abort);
    if (quitBackup === 'waiting') quitBackupDone();
    return outcome;
  });
  handle('backupList', () => listBackups());
  handle('backupRead', ({ name }) => readBackup(name));
  handle('quitReady', async () => quitBackupDone());
  app.on('before-quit', (event) => {
    const window = BrowserWindow.getAllWindows().find((w) => !w.webContents.isDestroyed() && w.isVisible());
    if (quitBackup === 'done' || !window) return;
    event.preventDefault();
    askForQuitBackup(window, () => app.quit());
  });
}
