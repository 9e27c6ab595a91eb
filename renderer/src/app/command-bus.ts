// Menu commands are moments, not state: a command raised once is handled once. A view that is not on screen yet when
// the command is raised (Ctrl+E navigates to Claims, which mounts after the route changes) takes it when it mounts;
// after that it is gone, so a later visit to the view does not repeat it.

/** Commands the reader acts on: on the focused paragraph or the selection, or on its own tools. */
export const READER_COMMANDS = [
  'reader-highlight',
  'reader-note',
  'reader-tag',
  'reader-new-claim',
  'reader-cite',
  'reader-next-paragraph',
  'reader-previous-paragraph',
  'reader-find',
  'reader-go-to-paragraph',
  'reader-candidates',
  'reader-toggle-annotations',
  'reader-delete-source',
] as const;
export type ReaderCommand = (typeof READER_COMMANDS)[number];

/** Commands a view acts on after the shell routes them; the rest the shell handles itself. */
export type ViewCommand = 'export-briefing' | 'import-files' | 'command-palette' | 'focus-search' | 'new-briefing' | ReaderCommand;

type Handler = () => void;

/** A one-shot command channel between the shell and the views. */
export class CommandBus {
  private readonly handlers = new Map<ViewCommand, Set<Handler>>();
  private readonly pending = new Set<ViewCommand>();

  /** Delivers the command to the views listening for it now, or keeps it for the first that listens. */
  raise(command: ViewCommand): void {
    const listening = this.handlers.get(command);
    if (listening && listening.size > 0) {
      for (const handler of [...listening]) handler();
      return;
    }
    this.pending.add(command);
  }

  /** Listens for a command; a command raised while nobody listened is delivered now, once. Returns the unsubscribe. */
  listen(command: ViewCommand, handler: Handler): () => void {
    const set = this.handlers.get(command) ?? new Set<Handler>();
    this.handlers.set(command, set);
    set.add(handler);
    if (this.pending.delete(command)) handler();
    return () => set.delete(handler);
  }
}
