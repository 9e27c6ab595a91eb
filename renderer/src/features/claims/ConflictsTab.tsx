import { useLiveQuery } from 'dexie-react-hooks';
import { findConflicts } from '../../db/evidence';
import { loadSettings } from '../../db/settings';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { ConflictCard } from './ConflictCard';

/** Every conflict in the workspace side by side, at the tolerance set in Settings. */
export function ConflictsTab() {
  const { db } = useServices();
  const data = useLiveQuery(async () => ({ conflicts: await findConflicts(db), tolerance: (await loadSettings(db)).conflictTolerancePercent }), [db]);
  if (data === undefined) return null;
  return (
    <div className="pane claims-pane">
      <p className="small muted">
        Figures for the same subject and measure from different sources that differ by more than {data.tolerance}% (<a href={routeHref({ view: 'settings' })}>change in Settings</a>).
      </p>
      {data.conflicts.length === 0 ? <p className="empty">No conflicts: no two sources disagree beyond the tolerance.</p> : data.conflicts.map((c, i) => <ConflictCard key={`${c.a.claim.id}-${c.b.claim.id}-${i}`} view={c} />)}
    </div>
  );
}
