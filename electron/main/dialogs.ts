import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { open, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_OPEN_FILE_BYTES, type OpenFilesRequest, type PickedFile, type SaveFileRequest, type SaveOutcome } from '../../shared/ipc';
import { oversizeProblem } from './file-size-limit';
import { guessMime } from './guess-mime';
import { handle } from './ipc';

/** Read one chosen file into memory, refusing it before reading when it is over the size limit. */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const name = basename(path);
  // One handle for stat and read, so the size checked is the size of the file actually read.
  const file = await open(path, 'r');
  try {
    const info = await file.stat();
    const problem = oversizeProblem(name, info.size, MAX_OPEN_FILE_BYTES);
    if (problem !== null) throw new Error(problem);
    const buffer = await file.readFile();
    // A copy, not a view: structured clone sends a view's whole backing store, which may be larger than the file.
    const bytes = new Uint8Array(buffer);
    return { name, mime: guessMime(name), bytes, lastModified: Math.round(info.mtimeMs) };
  } finally {
    await file.close();
  }
}

/** Show the open dialog and read the chosen files; cancelling resolves with none. */
export async function openFiles(request: OpenFilesRequest, parent: BrowserWindow | null): Promise<PickedFile[]> {
  const options: OpenDialogOptions = {
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: request.filters,
  };
  const chosen = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled) return [];
  const files: PickedFile[] = [];
  // One at a time: a refused file stops the batch before the rest is read into memory.
  for (const path of chosen.filePaths) files.push(await readPickedFile(path));
  return files;
}

/** Show the save dialog and write the data; cancelling is `{saved:false}`, not an error. */
export async function saveFile(request: SaveFileRequest, parent: BrowserWindow | null): Promise<SaveOutcome> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
  };
  const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  await writeFile(chosen.filePath, request.data);
  return { saved: true, location: chosen.filePath };
}

/** Register the open and save handlers on the IPC contract. */
export function registerDialogHandlers(): void {
  handle('openFiles', (request, event) => openFiles(request, BrowserWindow.fromWebContents(event.sender)));
  handle('saveFile', (request, event) => saveFile(request, BrowserWindow.fromWebContents(event.sender)));
}
