// The only module that touches ipcMain: every request is checked for sender and shape here.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  err,
  eventContract,
  invokeContract,
  type EventName,
  type EventPayload,
  type InvokeName,
  type InvokeRequest,
  type InvokeResponse,
  type Result,
} from '../../shared/ipc';
import { guardRequest, settle, type SenderFrameInfo } from './ipc-guard';
import { appLocation } from './paths';

/** A handler receives an already validated request; it may throw, the wrapper turns that into a Result. */
export type InvokeHandler<N extends InvokeName> = (request: InvokeRequest<N>, event: IpcMainInvokeEvent) => Promise<InvokeResponse<N>>;

function describeSender(event: IpcMainInvokeEvent): SenderFrameInfo | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Register the handler of one contract call; untrusted senders and malformed payloads get `{ok:false}`. */
export function handle<N extends InvokeName>(name: N, handler: InvokeHandler<N>): void {
  const { channel, request: schema } = invokeContract[name];
  ipcMain.handle(channel, async (event, ...payloads: unknown[]): Promise<Result<InvokeResponse<N>>> => {
    const guarded = guardRequest({ channel, schema, payloads, sender: describeSender(event), location: appLocation() });
    if (!guarded.ok) {
      // A refusal means a bug or a hostile page; either way it belongs in the log.
      console.warn(guarded.error);
      return err(guarded.error);
    }
    const result = await settle(() => handler(guarded.value, event));
    if (!result.ok) console.error(`${channel} failed: ${result.error}`);
    return result;
  });
}

/** Send a contract event to a renderer; the payload type is checked against the contract at compile time. */
export function sendEvent<N extends EventName>(contents: WebContents, name: N, payload: EventPayload<N>): void {
  contents.send(eventContract[name].channel, payload);
}
