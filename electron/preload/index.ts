// The preload exposes a small named API and nothing else: the page never sees ipcRenderer.
// It imports only the zod-free channel list, because a sandboxed preload cannot require packages.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { FootnoteBridge } from '../../shared/ipc/bridge';
import { BRIDGE_KEY, EVENT_CHANNELS, INVOKE_CHANNELS, isMenuCommand } from '../../shared/ipc/channels';

const api = {
  // Results are re-validated by the renderer (renderer/src/platform/electron.ts), so they pass through as is.
  openFiles: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, request),
  backupBegin: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.backupBegin, request),
  backupAppend: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.backupAppend, request),
  backupFinish: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.backupFinish, request),
  backupList: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.backupList, request),
  backupRead: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.backupRead, request),
  quitReady: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.quitReady, request),
  onMenuCommand: (listener) => {
    // The IPC event is not passed on: it would hand the page a way to reply on arbitrary channels.
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, relay);
    };
  },
  onBackupRequest: (listener) => {
    const relay = (_event: IpcRendererEvent, reason: unknown): void => {
      if (reason === 'quit') listener(reason);
    };
    ipcRenderer.on(EVENT_CHANNELS.backupRequest, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.backupRequest, relay);
    };
  },
} satisfies FootnoteBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
