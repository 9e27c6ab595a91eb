import type { InvokeName, MenuCommand } from './channels';
import type { InvokeRequest, InvokeResponse } from './contract';
import type { Result } from './result';

type InvokeBridge = { [N in InvokeName]: (request: InvokeRequest<N>) => Promise<Result<InvokeResponse<N>>> };

/** The whole API the preload exposes as `window.footnote`; the preload is checked against it with `satisfies`. */
export type FootnoteBridge = InvokeBridge & {
  /** Listen for native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Listen for main's request of a backup before the app quits; returns the unsubscribe function. */
  onBackupRequest(listener: (reason: 'quit') => void): () => void;
};
