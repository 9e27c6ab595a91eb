import { useLiveQuery } from 'dexie-react-hooks';
import { conflictCount, conflictsAt, keptConflictsOpening, openConflicts } from '../../db/conflict-query';
import type { FootnoteDatabase } from '../../db/database';
import { loadSettings } from '../../db/settings';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { VirtualList } from '../../ui/VirtualList';
import { ConflictCard } from './ConflictCard';
import { useOpeningRead, usePositionPages } from '../../ui/use-kept-live-query';
import { countNoun } from '../../../../shared/wording/count-noun';

// Conflicts are read in aligned pages of this many, so scrolling a little reads nothing new.
const PAGE = 20;

/** Starts reading what the Conflicts tab opens on, as the navigation to it happens. */
export function readConflictsAhead(db: FootnoteDatabase): void {
  void openConflicts(db, PAGE);
}

/** Every conflict in the workspace side by side, at the tolerance set in Settings: stored conflicts, only those on screen drawn. */
export function ConflictsTab() {
  const { db } = useServices();
  // The tab opens on the read started at the navigation to it (or kept since, with nothing written); the live queries
  // beside it follow every change and take over once they answer.
  const opening = useOpeningRead(() => openConflicts(db, PAGE), () => keptConflictsOpening(db, PAGE), [db]);
  const count = useLiveQuery(() => conflictCount(db), [db]) ?? opening?.count;
  const tolerance = useLiveQuery(async () => (await loadSettings(db)).conflictTolerancePercent, [db]) ?? opening?.tolerance;
  const { at, onRange } = usePositionPages((start, end) => conflictsAt(db, start, end), [db], PAGE, opening?.first);
  if (count === undefined || tolerance === undefined) return null;
  return (
    <div className="pane claims-pane conflicts-pane">
      <p className="small muted">
        {countNoun(count, 'conflict')}: figures for the same subject and measure from different sources that differ by more than {tolerance}% (
        <a href={routeHref({ view: 'settings' })}>change in Settings</a>).
      </p>
      {count === 0 ? (
        <p className="empty">No conflicts: no two sources disagree beyond the tolerance.</p>
      ) : (
        <VirtualList
          count={count}
          estimateSize={220}
          itemKey={(i) => String(i)}
          label="Conflicts"
          onRange={onRange}
          testId="conflicts-list"
          renderItem={(i) => {
            const view = at(i);
            return view ? <ConflictCard view={view} /> : <p className="muted small">Loading…</p>;
          }}
        />
      )}
    </div>
  );
}
