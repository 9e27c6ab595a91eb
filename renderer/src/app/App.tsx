import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BookOpen, FileText, ListChecks, Archive, Quote, Settings } from 'lucide-react';
import { useRoute, routeHref, navigate, onNavigation, type Route } from './route';
import { useServices } from './services';
import { CommandBus } from './command-bus';
import { CommandBusProvider } from './commands';
import { AppPalette } from './AppPalette';
import type { MenuCommand } from '../platform/platform';
import { LibraryView } from '../features/sources/LibraryView';
import { ClaimsView } from '../features/claims/ClaimsView';
import { readClaimsTableAhead } from '../features/claims/ClaimsTable';
import { readConflictsAhead } from '../features/claims/ConflictsTab';
import { readMatrixAhead } from '../features/claims/ClaimMatrix';
import { BriefingsView } from '../features/briefings/BriefingsView';
import { WorkspaceView } from '../features/workspace/WorkspaceView';
import { SettingsView } from '../features/settings/SettingsView';
import { ImportActions } from '../features/sources/ImportActions';
import { useWorkspaceTransfer } from '../features/workspace/use-workspace-transfer';
import { useFileDrop } from '../features/sources/use-file-drop';
import { SearchProvider } from '../features/search/SearchProvider';
import { SearchBox } from '../features/search/SearchBox';
import { SearchPanel } from '../features/search/SearchPanel';
import { ViewErrorBoundary } from '../ui/ViewErrorBoundary';
import { useWorkspaceUndo } from '../features/history/use-workspace-undo';
import { useFocusSafetyNet } from '../ui/use-focus-safety-net';

const VIEW_NAMES: Record<Route['view'], string> = { library: 'Library', claims: 'Claims', briefings: 'Briefings', workspace: 'Workspace', settings: 'Settings' };

/** The shell: navigation on the left, the current view on the right, native menu commands routed to the same actions as the buttons. */
export function App() {
  const route = useRoute();
  const { db, platform } = useServices();
  const counts = useLiveQuery(async () => ({ sources: await db.sources.count(), claims: await db.claims.count(), briefings: await db.briefings.count() }), [db]);
  const [pasteOpen, setPasteOpen] = useState(false);
  // Menu commands a view acts on travel as one-shot events: handled once, never replayed on a later visit.
  const [commands] = useState(() => new CommandBus());
  const transfer = useWorkspaceTransfer();
  const { exportToFile, chooseAndRestore } = transfer;
  const undo = useWorkspaceUndo();

  // The native menu and the command palette run the same commands.
  const runMenuCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'import-files':
          commands.raise('import-files');
          break;
        case 'paste-text':
          setPasteOpen(true);
          break;
        case 'export-briefing':
          navigate({ view: 'claims' });
          commands.raise('export-briefing');
          break;
        case 'export-workspace':
          void exportToFile();
          break;
        case 'import-workspace':
          void chooseAndRestore();
          break;
        case 'undo':
        case 'redo':
          undo(command);
          break;
        case 'command-palette':
        case 'focus-search':
          commands.raise(command);
          break;
      }
    },
    [commands, exportToFile, chooseAndRestore, undo],
  );
  useEffect(() => platform.onMenuCommand(runMenuCommand), [platform, runMenuCommand]);
  useReadAhead(db);

  const drop = useFileDrop();
  useFocusSafetyNet();

  return (
    <CommandBusProvider bus={commands}>
      <SearchProvider>
      <div className="app" {...drop.handlers}>
        {drop.dragging && <div className="drop-overlay">Drop files to import them</div>}
        <nav className="nav" aria-label="Main">
          <div className="brand">
            <Quote size={20} aria-hidden /> Footnote
          </div>
          <SearchBox />
          <NavLink route={{ view: 'library' }} current={route} icon={<BookOpen size={16} aria-hidden />} label="Library" count={counts?.sources} />
          <NavLink route={{ view: 'claims' }} current={route} icon={<ListChecks size={16} aria-hidden />} label="Claims" count={counts?.claims} />
          <NavLink route={{ view: 'briefings' }} current={route} icon={<FileText size={16} aria-hidden />} label="Briefings" count={counts?.briefings} />
          <NavLink route={{ view: 'workspace' }} current={route} icon={<Archive size={16} aria-hidden />} label="Workspace" />
          <NavLink route={{ view: 'settings' }} current={route} icon={<Settings size={16} aria-hidden />} label="Settings" />
          <div className="spacer" />
          <ImportActions pasteOpen={pasteOpen} onPasteOpenChange={setPasteOpen} />
          <p className="shortcut-hint">Ctrl+K commands · Ctrl+O import · Ctrl+Shift+V paste · Ctrl+E export briefing</p>
        </nav>
        <main className="main">
          <ViewErrorBoundary key={route.view} resetKey={routeHref(route)} view={VIEW_NAMES[route.view]} backHref={routeHref({ view: route.view })}>
            {route.view === 'library' && <LibraryView sourceId={route.sourceId} at={route.at} onPaste={() => setPasteOpen(true)} />}
            {route.view === 'claims' && <ClaimsView claimId={route.claimId} tab={route.tab ?? 'list'} />}
            {route.view === 'briefings' && <BriefingsView briefingId={route.briefingId} />}
            {route.view === 'workspace' && <WorkspaceView transfer={transfer} />}
            {route.view === 'settings' && <SettingsView />}
          </ViewErrorBoundary>
        </main>
        {transfer.confirmDialog}
        <SearchPanel />
        <AppPalette runMenuCommand={runMenuCommand} />
      </div>
      </SearchProvider>
    </CommandBusProvider>
  );
}

/**
 * Starts the database reads a view opens on at the navigation to it, before the view left is torn down and the new one
 * drawn (30-40 ms at scale): the claims table's (a newly drawn claims view opens it in its opening state), the
 * Conflicts tab's and the matrix's.
 */
function useReadAhead(db: ReturnType<typeof useServices>['db']): void {
  useEffect(
    () =>
      onNavigation((next, last) => {
        if (next.view !== 'claims' || next.claimId) return;
        const tab = next.tab ?? 'list';
        if (tab === 'list' && last.view !== 'claims') readClaimsTableAhead(db);
        const newTab = last.view !== 'claims' || last.claimId !== undefined || (last.tab ?? 'list') !== tab;
        if (tab === 'conflicts' && newTab) readConflictsAhead(db);
        if (tab === 'matrix' && newTab) readMatrixAhead(db);
      }),
    [db],
  );
}

function NavLink({ route, current, icon, label, count }: { route: Route; current: Route; icon: React.ReactNode; label: string; count?: number }) {
  const active = route.view === current.view;
  return (
    <a href={routeHref(route)} aria-current={active ? 'page' : undefined}>
      {icon}
      {label}
      {count !== undefined && (
<span className="count badge">{count}</span>
      )}
    </a>
  );
}
