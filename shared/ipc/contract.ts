import type { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventName, type InvokeName, type MenuCommand } from './channels';
import {
  MenuCommandSchema,
  OpenFilesRequestSchema,
  OpenFilesResponseSchema,
  PrintToPdfRequestSchema,
  SaveFileRequestSchema,
  SaveOutcomeSchema,
  type OpenFilesRequest,
  type OpenFilesResponse,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveOutcome,
} from './schemas';
import {
  BackupAppendRequestSchema,
  BackupBeginRequestSchema,
  BackupBeginResponseSchema,
  BackupFinishRequestSchema,
  BackupFinishResponseSchema,
  BackupListRequestSchema,
  BackupListResponseSchema,
  BackupReadRequestSchema,
  BackupReadResponseSchema,
  BackupRequestEventSchema,
  QuitReadyRequestSchema,
  QuitReadyResponseSchema,
  type BackupAppendRequest,
  type BackupBeginRequest,
  type BackupBeginResponse,
  type BackupFinishRequest,
  type BackupFinishResponse,
  type BackupInfo,
  type BackupListRequest,
  type BackupReadRequest,
} from './backup-schemas';

/** What goes in and comes back for each renderer -> main call. */
export interface InvokeTypes {
  openFiles: { request: OpenFilesRequest; response: OpenFilesResponse };
  saveFile: { request: SaveFileRequest; response: SaveOutcome };
  printToPdf: { request: PrintToPdfRequest; response: SaveOutcome };
  backupBegin: { request: BackupBeginRequest; response: BackupBeginResponse };
  backupAppend: { request: BackupAppendRequest; response: null };
  backupFinish: { request: BackupFinishRequest; response: BackupFinishResponse };
  backupList: { request: BackupListRequest; response: BackupInfo[] };
  backupRead: { request: BackupReadRequest; response: Uint8Array };
  quitReady: { request: Record<string, never>; response: null };
}

/** The payload of each main -> renderer event. */
export interface EventTypes {
  menuCommand: MenuCommand;
  backupRequest: 'quit';
}

export type InvokeRequest<N extends InvokeName> = InvokeTypes[N]['request'];
export type InvokeResponse<N extends InvokeName> = InvokeTypes[N]['response'];
export type EventPayload<N extends EventName> = EventTypes[N];

// Declared as mapped types so that, for a generic channel N, `invokeContract[N].request`
// is still known to parse into `InvokeRequest<N>`.
export type InvokeContract = {
  readonly [N in InvokeName]: {
    channel: (typeof INVOKE_CHANNELS)[N];
    request: z.ZodType<InvokeRequest<N>>;
    response: z.ZodType<InvokeResponse<N>>;
  };
};
export type EventContract = {
  readonly [N in EventName]: { channel: (typeof EVENT_CHANNELS)[N]; payload: z.ZodType<EventPayload<N>> };
};

/** Every renderer -> main call: its channel and the schemas of what goes in and what comes back. */
export const invokeContract: InvokeContract = {
  openFiles: { channel: INVOKE_CHANNELS.openFiles, request: OpenFilesRequestSchema, response: OpenFilesResponseSchema },
  saveFile: { channel: INVOKE_CHANNELS.saveFile, request: SaveFileRequestSchema, response: SaveOutcomeSchema },
  printToPdf: { channel: INVOKE_CHANNELS.printToPdf, request: PrintToPdfRequestSchema, response: SaveOutcomeSchema },
  backupBegin: { channel: INVOKE_CHANNELS.backupBegin, request: BackupBeginRequestSchema, response: BackupBeginResponseSchema },
  backupAppend: { channel: INVOKE_CHANNELS.backupAppend, request: BackupAppendRequestSchema, response: QuitReadyResponseSchema },
  backupFinish: { channel: INVOKE_CHANNELS.backupFinish, request: BackupFinishRequestSchema, response: BackupFinishResponseSchema },
  backupList: { channel: INVOKE_CHANNELS.backupList, request: BackupListRequestSchema, response: BackupListResponseSchema },
  backupRead: { channel: INVOKE_CHANNELS.backupRead, request: BackupReadRequestSchema, response: BackupReadResponseSchema },
  quitReady: { channel: INVOKE_CHANNELS.quitReady, request: QuitReadyRequestSchema, response: QuitReadyResponseSchema },
};

/** Every main -> renderer event: its channel and the schema of its payload. */
export const eventContract: EventContract = {
  menuCommand: { channel: EVENT_CHANNELS.menuCommand, payload: MenuCommandSchema },
  backupRequest: { channel: EVENT_CHANNELS.backupRequest, payload: BackupRequestEventSchema },
};
