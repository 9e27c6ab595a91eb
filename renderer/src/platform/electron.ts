// The Platform on top of the preload bridge. Everything that crosses IPC is parsed again here,
// and a failed Result becomes a thrown Error so the UI shows one kind of failure.
import type { z } from 'zod';
import {
  BackupBeginResponseSchema,
  BackupFinishResponseSchema,
  BackupListResponseSchema,
  BackupReadResponseSchema,
  OpenFilesResponseSchema,
  QuitReadyResponseSchema,
  ResultEnvelopeSchema,
  SaveOutcomeSchema,
  type FootnoteBridge,
} from '../../../shared/ipc';
import type { Platform } from './platform';

const UNEXPECTED_REPLY = 'The app shell sent a reply of an unexpected shape';

/** The value of a bridge result, checked against its schema; throws an Error carrying main's message on failure. */
export function unwrapResult<T extends z.ZodType>(result: unknown, schema: T): z.output<T> {
  const envelope = ResultEnvelopeSchema.safeParse(result);
  if (!envelope.success) throw new Error(UNEXPECTED_REPLY);
  if (!envelope.data.ok) throw new Error(envelope.data.error);
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new Error(UNEXPECTED_REPLY);
  return value.data;
}

/** A Platform that delegates to the given preload bridge. */
export function createElectronPlatform(bridge: FootnoteBridge): Platform {
  return {
    openFiles: async (options) => unwrapResult(await bridge.openFiles(options), OpenFilesResponseSchema),
    saveFile: async (options) => unwrapResult(await bridge.saveFile(options), SaveOutcomeSchema),
    printToPdf: async (html, suggestedName) => unwrapResult(await bridge.printToPdf({ html, suggestedName }), SaveOutcomeSchema),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    // The menu registers its undo keys on macOS only (see electron/main/menu-template.ts).
    undoKeysFromMenu: typeof navigator !== 'undefined' && navigator.userAgent.includes('Macintosh'),
    keepsBackups: true,
    async openBackupSink(fileName) {
      const { id } = unwrapResult(await bridge.backupBegin({ fileName }), BackupBeginResponseSchema);
      return {
        write: async (bytes) => {
          unwrapResult(await bridge.backupAppend({ id, bytes }), QuitReadyResponseSchema);
        },
        close: async () => unwrapResult(await bridge.backupFinish({ id, abort: false }), BackupFinishResponseSchema),
        abort: async () => {
          unwrapResult(await bridge.backupFinish({ id, abort: true }), BackupFinishResponseSchema);
        },
      };
    },
    listBackups: async () => unwrapResult(await bridge.backupList({}), BackupListResponseSchema),
    readBackup: async (name) => new Blob([unwrapResult(await bridge.backupRead({ name }), BackupReadResponseSchema) as Uint8Array<ArrayBuffer>]),
    onBackupRequest: (listener) => bridge.onBackupRequest(listener),
    quitReady: async () => {
      unwrapResult(await bridge.quitReady({}), QuitReadyResponseSchema);
    },
  };
}

/** The Electron platform when the preload bridge is present, or null in a plain browser. */
export function detectElectronPlatform(): Platform | null {
  return typeof window !== 'undefined' && window.footnote ? createElectronPlatform(window.footnote) : null;
}
