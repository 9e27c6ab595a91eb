// The checks every IPC request passes before a handler sees it. Pure, so tests need no Electron.
import { z } from 'zod';
import { err, errorMessage, ok, type Result } from '../../shared/ipc';
import { isAppPageUrl, type AppLocation } from './url-policy';

/** What main knows of the frame that sent a message; null when the frame has navigated away or gone. */
export interface SenderFrameInfo {
  url: string;
  isMainFrame: boolean;
}

/** Why a sender is refused, or null when it is the app's own top-level page. */
export function senderRejection(sender: SenderFrameInfo | null, location: AppLocation): string | null {
  if (sender === null) return 'The sending frame no longer exists';
  // Subframes never need main; refusing them keeps an injected iframe from reaching privileged calls.
  if (!sender.isMainFrame) return 'Only the app window may call the main process';
  if (!isAppPageUrl(sender.url, location)) return `${sender.url} is not one of the app's pages`;
  return null;
}

/** Validate the arguments of one invoke call: exactly one payload, matching the channel's schema. */
export function parsePayload<T>(channel: string, schema: z.ZodType<T>, payloads: readonly unknown[]): Result<T> {
  if (payloads.length !== 1) return err(`Invalid request on ${channel}: expected one argument, got ${payloads.length}`);
  const parsed = schema.safeParse(payloads[0]);
  return parsed.success ? ok(parsed.data) : err(`Invalid request on ${channel}: ${z.prettifyError(parsed.error)}`);
}

/** Everything ipc.ts needs to decide whether a request may reach its handler. */
export interface GuardInput<T> {
  channel: string;
  schema: z.ZodType<T>;
  payloads: readonly unknown[];
  sender: SenderFrameInfo | null;
  location: AppLocation;
}

/** The request's validated payload, or the reason it was refused (sender first, then shape). */
export function guardRequest<T>(input: GuardInput<T>): Result<T> {
  const rejection = senderRejection(input.sender, input.location);
  if (rejection !== null) return err(`Refused ${input.channel}: ${rejection}`);
  return parsePayload(input.channel, input.schema, input.payloads);
}

/** Run a handler and turn a throw into a failed result, so the renderer always gets a Result. */
export async function settle<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (thrown) {
    return err(errorMessage(thrown));
  }
}
