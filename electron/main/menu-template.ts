// The menu's shape, apart from Electron's Menu class so tests can inspect it without the binary.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

/** What the template depends on: the platform, whether developer tools are offered, and how commands reach the renderer. */
export interface MenuTemplateOptions {
  isMac: boolean;
  showDevTools: boolean;
  send: (command: MenuCommand) => void;
}

/** The application menu; each File item sends the same command as the matching UI button. */
export function buildMenuTemplate({ isMac, showDevTools, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'import-files', 'CmdOrCtrl+O'),
      command('Paste text…', 'paste-text', 'CmdOrCtrl+Shift+V'),
      command('Export briefing…', 'export-briefing', 'CmdOrCtrl+E'),
      command('Back up now', 'export-workspace', 'CmdOrCtrl+Shift+S'),
      command('Restore from a backup…', 'import-workspace'),
      // macOS keeps Quit in the application menu; a second Cmd+Q item in File would be out of place.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // In a text field these keys undo typing, elsewhere the last workspace change; the renderer decides which. On
      // Linux and Windows the page gets the keys itself, so the menu only shows them (one press, one undo). macOS
      // sends editing keys through the menu, so there the menu takes them and the renderer routes the command.
      { ...command('Undo', 'undo', 'CmdOrCtrl+Z'), registerAccelerator: isMac },
      { ...command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'), registerAccelerator: isMac },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      // The renderer's own keyboard handlers use the same keys; the menu names them and works when focus is elsewhere.
      command('Command palette…', 'command-palette', 'CmdOrCtrl+K'),
      command('Search everything', 'focus-search', 'CmdOrCtrl+Shift+F'),
      { type: 'separator' },
      { role: 'reload' },
      ...(showDevTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view];
}
