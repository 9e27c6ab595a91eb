import { app, BrowserWindow, Menu } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import { sendEvent } from './ipc';
import { buildMenuTemplate } from './menu-template';

/** Deliver a menu command to the focused window (or the only one), where the UI handles it like its own button. */
export function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target) sendEvent(target.webContents, 'menuCommand', command);
}

/** Install the native application menu. */
export function setupMenu(): void {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    // Developer tools are for development builds; a packaged app does not offer them.
    showDevTools: !app.isPackaged,
    send: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
