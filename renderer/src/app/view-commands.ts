import type { CommandBus, ReaderCommand } from './command-bus';
import type { AppCommand } from './CommandPalette';
import { navigate, type Route } from './route';

// The reader's commands, with the keys that run them in the reader. In the palette they act on the paragraph that had
// focus (or the selection) when the palette opened, as the keys do.
const READER: readonly { command: ReaderCommand; title: string; shortcut?: string }[] = [
  { command: 'reader-highlight', title: 'Highlight paragraph or selection', shortcut: 'H' },
  { command: 'reader-note', title: 'Note on paragraph or selection', shortcut: 'N' },
  { command: 'reader-tag', title: 'Tag paragraph or selection', shortcut: 'T' },
  { command: 'reader-new-claim', title: 'New claim from paragraph or selection', shortcut: 'C' },
  { command: 'reader-cite', title: 'Cite paragraph or selection for a claim…', shortcut: 'Shift+C' },
  { command: 'reader-next-paragraph', title: 'Next paragraph', shortcut: 'J or ↓' },
  { command: 'reader-previous-paragraph', title: 'Previous paragraph', shortcut: 'K or ↑' },
  { command: 'reader-find', title: 'Find in document', shortcut: 'Ctrl+F' },
  { command: 'reader-go-to-paragraph', title: 'Go to paragraph…' },
  { command: 'reader-candidates', title: 'Show or hide candidate claims' },
  { command: 'reader-toggle-annotations', title: 'Show or hide the annotations pane' },
  { command: 'reader-delete-source', title: 'Delete source…' },
];

/**
 * The palette's commands that act in a view: the reader's (runnable while a source is open, listed with their keys
 * elsewhere), and making a new briefing.
 */
export function viewCommands(bus: CommandBus, route: Route): AppCommand[] {
  const readerOpen = route.view === 'library';
  const reader = READER.map(({ command, title, shortcut }): AppCommand => ({
    id: command,
    title,
    group: 'Reader',
    ...(shortcut ? { shortcut } : {}),
    ...(readerOpen ? { run: () => bus.raise(command) } : {}),
  }));
  const extend: AppCommand = { id: 'reader-extend', title: 'Select word by word in the focused paragraph', group: 'Reader', shortcut: 'Shift+→ / Shift+←' };
  return [
    {
      id: 'new-briefing',
      title: 'New briefing',
      group: 'Briefings',
      run: () => {
        navigate({ view: 'briefings' });
        bus.raise('new-briefing');
      },
    },
    ...reader,
    extend,
  ];
}
