import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintToPdfRequest, SaveOutcome } from '../../shared/ipc';
import { handle } from './ipc';
import { isAllowedPrintRequest } from './url-policy';
import { denyAllPermissions } from './window';

// A4 is the paper briefings are read on in both of the briefing languages' home markets; margins come from the
// print stylesheet's @page rule, so Chromium's own are turned off.
const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

// An in-memory session of its own: the request blocking below must not touch the app window's default session.
const PRINT_PARTITION = 'footnote-print';

/** Renders self-contained HTML to PDF bytes in a hidden window that runs no script and reaches no network. */
export async function renderPdf(html: string): Promise<Uint8Array> {
  // A file rather than a data: URL, because Chromium refuses URLs over 2 MB and a long briefing's HTML can exceed that.
  const dir = await mkdtemp(join(app.getPath('temp'), 'footnote-print-'));
  const file = join(dir, 'briefing.html');
  await writeFile(file, html, 'utf8');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, webSecurity: true, partition: PRINT_PARTITION, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    // The print HTML carries its own CSP; besides, every request but the page itself (and data: images) is refused:
    // no network, and no file: URL, so a crafted briefing cannot pull the user's files into the PDF.
    const pageUrl = pathToFileURL(file).href;
    window.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url, pageUrl) }));
    denyAllPermissions(window.webContents.session);
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await window.loadFile(file);
    return new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS));
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the HTML to PDF and saves it where the user chooses; cancelling is `{saved:false}`. */
export async function printToPdf(request: PrintToPdfRequest, parent: BrowserWindow | null): Promise<SaveOutcome> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  // The PDF is made before asking where to save it, so a failure is reported before the user has chosen a place.
  const bytes = await renderPdf(request.html);
  const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  await writeFile(chosen.filePath, bytes);
  return { saved: true, location: chosen.filePath };
}

/** Register the print-to-PDF handler on the IPC contract. */
export function registerPrintHandlers(): void {
  handle('printToPdf', (request, event) => printToPdf(request, BrowserWindow.fromWebContents(event.sender)));
}
