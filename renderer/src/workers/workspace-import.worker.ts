/// <reference lib="webworker" />
import { prepareRestore } from '../db/workspace-file';
import type { WorkspaceImportAnswer } from './workspace-import-client';

// Reading a workspace file of 100,000 claims (decoding, JSON, checking every row) and deriving its claim facts,
// conflicts and matrix cells take seconds; here they never hold the UI thread. One file per message.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const reply = (answer: WorkspaceImportAnswer) => scope.postMessage(answer);
  prepareRestore(new TextDecoder().decode(event.data)).then(reply, (e: unknown) => reply({ ok: false, error: e instanceof Error ? e.message : String(e) }));
};
