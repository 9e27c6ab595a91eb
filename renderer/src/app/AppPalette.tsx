import { useMemo, useState } from 'react';
import type { MenuCommand } from '../platform/platform';
import { useSearchControls } from '../features/search/SearchProvider';
import { TagManager } from '../features/organise/TagManager';
import { CollectionManager } from '../features/organise/CollectionManager';
import '../features/organise/organise.css';
import { CommandPalette, type AppCommand } from './CommandPalette';
import { navigate, useRoute } from './route';
import { useCommandBus } from './commands';
import { viewCommands } from './view-commands';

/** The palette with every command of the menus and views, and the tag and collection managers it opens. */
export function AppPalette({ runMenuCommand }: { runMenuCommand: (command: MenuCommand) => void }) {
  const { client, setPanelOpen } = useSearchControls();
  const [tagsOpen, setTagsOpen] = useState(false);
  const [collectionsOpen, setCollectionsOpen] = useState(false);
  const bus = useCommandBus();
  const route = useRoute();
  const commands = useMemo((): AppCommand[] => {
    const menu = (id: MenuCommand, title: string, shortcut?: string): AppCommand => ({ id, title, group: 'File', ...(shortcut ? { shortcut } : {}), run: () => runMenuCommand(id) });
    const go = (title: string, run: () => void): AppCommand => ({ id: `go-${title}`, title, group: 'Go to', run });
    const reference = (title: string, group: string, shortcut: string): AppCommand => ({ id: `ref-${group}-${title}`, title, group, shortcut });
    return [
      go('Library', () => navigate({ view: 'library' })),
      go('Claims', () => navigate({ view: 'claims' })),
      go('Claims matrix', () => navigate({ view: 'claims', tab: 'matrix' })),
      go('Conflicts', () => navigate({ view: 'claims', tab: 'conflicts' })),
      go('Briefings', () => navigate({ view: 'briefings' })),
      go('Workspace', () => navigate({ view: 'workspace' })),
      go('Settings', () => navigate({ view: 'settings' })),
      menu('import-files', 'Import files…', 'Ctrl+O'),
      menu('paste-text', 'Paste text…', 'Ctrl+Shift+V'),
      menu('export-briefing', 'Export briefing…', 'Ctrl+E'),
      menu('export-workspace', 'Back up now', 'Ctrl+Shift+S'),
      menu('import-workspace', 'Restore from a backup…'),
      { id: 'search', title: 'Search everything', group: 'Search', shortcut: 'Ctrl+Shift+F', run: () => setPanelOpen(true) },
      { id: 'rebuild-index', title: 'Rebuild search index', group: 'Search', run: () => client.rebuild() },
      { id: 'tags', title: 'Manage tags…', group: 'Organise', run: () => setTagsOpen(true) },
      { id: 'collections', title: 'Manage collections…', group: 'Organise', run: () => setCollectionsOpen(true) },
      ...viewCommands(bus, route),
      reference('Command palette', 'App', 'Ctrl+K'),
      reference('Move briefing item up / down', 'Briefings', 'Alt+↑ / Alt+↓'),
      { id: 'undo', title: 'Undo last change', group: 'Edit', shortcut: 'Ctrl+Z', run: () => runMenuCommand('undo') },
      { id: 'redo', title: 'Redo', group: 'Edit', shortcut: 'Ctrl+Shift+Z', run: () => runMenuCommand('redo') },
      reference('Cut', 'Edit', 'Ctrl+X'),
      reference('Copy', 'Edit', 'Ctrl+C'),
      reference('Paste', 'Edit', 'Ctrl+V'),
      reference('Select all', 'Edit', 'Ctrl+A'),
      reference('Reload', 'View', 'Ctrl+R'),
      reference('Actual size', 'View', 'Ctrl+0'),
      reference('Zoom in', 'View', 'Ctrl++'),
      reference('Zoom out', 'View', 'Ctrl+-'),
      reference('Toggle full screen', 'View', 'F11'),
    ];
  }, [runMenuCommand, client, setPanelOpen, bus, route]);
  return (
    <>
      <CommandPalette commands={commands} />
      <TagManager open={tagsOpen} onClose={() => setTagsOpen(false)} />
      <CollectionManager open={collectionsOpen} onClose={() => setCollectionsOpen(false)} />
    </>
  );
}
