// Wiring only: each module registers its own handlers.
import { app, BrowserWindow } from 'electron';
import { backUpBeforeClosing, registerBackupHandlers } from './backups';
import { registerDialogHandlers } from './dialogs';
import { setupMenu } from './menu';
import { registerPrintHandlers } from './print';
import { applyUserDataOverride } from './paths';
import { registerAppScheme } from './app-protocol';
import { createMainWindow, focusMainWindow, setupSecurityPolicy } from './window';

applyUserDataOverride();
registerAppScheme();

// A second instance would contend for the same IndexedDB files; it hands over to the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    setupSecurityPolicy();
    registerDialogHandlers();
    registerPrintHandlers();
    registerBackupHandlers();
    setupMenu();
    backUpBeforeClosing(createMainWindow());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) backUpBeforeClosing(createMainWindow());
    });
  });
}
