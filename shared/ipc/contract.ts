import type { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventName, type InvokeName } from './channels';
import {
  MenuCommandSchema,
  OpenFilesRequestSchema,
  OpenFilesResponseSchema,
  SaveFileRequestSchema,
  SaveOutcomeSchema,
} from './schemas';

/** Every renderer -> main call: its channel and the schemas of what goes in and what comes back. */
export const invokeContract = {
  openFiles: { channel: INVOKE_CHANNELS.openFiles, request: OpenFilesRequestSchema, response: OpenFilesResponseSchema },
  saveFile: { channel: INVOKE_CHANNELS.saveFile, request: SaveFileRequestSchema, response: SaveOutcomeSchema },
} as const satisfies Record<InvokeName, { channel: string; request: z.ZodType; response: z.ZodType }>;

/** Every main -> renderer event: its channel and the schema of its payload. */
export const eventContract = {
  menuCommand: { channel: EVENT_CHANNELS.menuCommand, payload: MenuCommandSchema },
} as const satisfies Record<EventName, { channel: string; payload: z.ZodType }>;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeRequest<N extends InvokeName> = z.output<InvokeContract[N]['request']>;
export type InvokeResponse<N extends InvokeName> = z.output<InvokeContract[N]['response']>;
export type EventPayload<N extends EventName> = z.output<EventContract[N]['payload']>;
