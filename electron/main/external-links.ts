import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { externalHttpUrl } from './url-policy';

// Addresses longer than this are cut in the prompt; the whole address is still what opens.
const MAX_SHOWN_URL = 300;

/** The question asked before a link leaves the app: the exact address, and Cancel as the default. */
export function externalLinkPrompt(url: string): MessageBoxOptions {
  const shown = url.length > MAX_SHOWN_URL ? `${url.slice(0, MAX_SHOWN_URL)}…` : url;
  return {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open a web page?',
    message: 'Open this address in your web browser?',
    detail: `${shown}\n\nFootnote itself never goes online; the page opens outside the app.`,
    noLink: true,
  };
}

/** Opens an http(s) link in the system browser after the user agrees; anything else is dropped. */
export async function openExternalAfterAsking(url: string, parent: BrowserWindow | null): Promise<boolean> {
  const external = externalHttpUrl(url);
  if (external === null) return false;
  const options = externalLinkPrompt(external);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(external);
  return true;
}
