/** A file the user chose, read into memory at the edge so the rest of the app never touches the file system. */
export interface PickedFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  lastModified?: number;
}

/** What the user can ask for from the native menu; the web build raises the same commands from the UI. */
export type MenuCommand = 'import-files' | 'paste-text' | 'export-briefing' | 'export-workspace' | 'import-workspace' | 'undo' | 'redo' | 'command-palette' | 'focus-search';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The outcome of a save: the user may cancel, which is not an error. */
export type SaveOutcome = { saved: true; location: string } | { saved: false };

/** Where a backup archive goes, slice by slice; closing it completes the file, aborting leaves nothing behind. */
export interface BackupSink {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<SaveOutcome>;
  abort(): Promise<void>;
}

/** A backup the app keeps itself (Electron: under its data folder). */
export interface StoredBackup {
  name: string;
  size: number;
  createdAt: string;
  reason: 'manual' | 'auto' | 'quit';
}

/** Everything the renderer needs from its host; Electron and the browser each implement it. */
export interface Platform {
  /** Ask the user for files; resolves with none when they cancel. */
  openFiles(options: { filters: FileFilter[]; multiple: boolean }): Promise<PickedFile[]>;
  /** Save bytes or text under a suggested file name. */
  saveFile(options: { suggestedName: string; data: Uint8Array | string; mime: string; filters: FileFilter[] }): Promise<SaveOutcome>;
  /** Prints a self-contained HTML document to PDF: saved through the save dialog in Electron, the browser's print view on the web. */
  printToPdf(html: string, suggestedName: string): Promise<SaveOutcome>;
  /** Listen for native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** True where the native menu takes Ctrl/Cmd+Z itself and sends `undo`/`redo` (Electron on macOS); the page then leaves the keys alone. */
  undoKeysFromMenu?: boolean;
  /** True when the app keeps backups itself (Electron, rotated under its data folder); false when they are downloads. */
  readonly keepsBackups: boolean;
  /** Starts writing a backup archive under a name from `backupFileName`. */
  openBackupSink(fileName: string): Promise<BackupSink>;
  /** The backups the app keeps, newest first; none in the browser. */
  listBackups(): Promise<StoredBackup[]>;
  /** One kept backup's bytes, for a restore. */
  readBackup(name: string): Promise<Blob>;
  /** Listen for the host's request of a backup before it quits; returns the unsubscribe function. */
  onBackupRequest(listener: (reason: 'quit') => void): () => void;
  /** Tells the host the backup on quit is done (or was not needed). */
  quitReady(): Promise<void>;
}
