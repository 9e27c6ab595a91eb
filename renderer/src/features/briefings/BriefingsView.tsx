import { useLiveQuery } from 'dexie-react-hooks';
import { FilePlus, FileText } from 'lucide-react';
import { listBriefings } from '../../db/queries';
import { useServices } from '../../app/services';
import { navigate, routeHref } from '../../app/route';
import { createEmptyBriefing } from '../../db/briefings';
import { useCommand } from '../../app/commands';
import { SplitPanes } from '../../ui/SplitPanes';
import { BriefingComposer } from './BriefingComposer';
import { ImportBriefingButton } from './ImportBriefingButton';
import './briefings.css';
import { countNoun } from '../../../../shared/wording/count-noun';
import { defaultBriefingTitle } from '../../../../shared/briefing/default-briefing-title';
import { todayIso } from './export/export-briefing-file';

/** Briefings on the left; the chosen one in the composer beside its preview as it will print. */
export function BriefingsView({ briefingId }: { briefingId?: string }) {
  const { db } = useServices();
  const briefings = useLiveQuery(() => listBriefings(db), [db]);
  const newBriefing = () => void createEmptyBriefing(db, defaultBriefingTitle(undefined, todayIso())).then((b) => navigate({ view: 'briefings', briefingId: b.id }));
  useCommand('new-briefing', newBriefing);
  if (briefings === undefined) return null;
  const toolbar = (
    <header className="toolbar">
      <h1>Briefings</h1>
      <button type="button" className="button" onClick={newBriefing}>
        <FilePlus size={16} aria-hidden /> New briefing
      </button>
      <ImportBriefingButton />
    </header>
  );
  if (briefings.length === 0) {
    return (
      <>
        {toolbar}
        <div className="empty">
          <FileText size={40} aria-hidden />
          <h2>No briefings yet</h2>
          <p>
            Go to <a href={routeHref({ view: 'claims' })}>Claims</a>, choose the claims to brief on, and press “Export briefing”, or import a briefing’s
            companion file (.footnote.json). Every claim is footnoted with its citations.
          </p>
        </div>
      </>
    );
  }
  const selected = briefings.some((b) => b.id === briefingId) ? briefingId : briefings[0]?.id;
  return (
    <>
      {toolbar}
      <SplitPanes
        id="briefings"
        listLabel="Briefings"
        // A list of titles needs little room; the composer and its preview need it all.
        listSize={18}
        listMinSize={12}
        list={
          <ul className="list">
            {briefings.map((b) => (
              <li key={b.id} className="list-item" aria-current={b.id === selected ? 'true' : undefined}>
                <a href={routeHref({ view: 'briefings', briefingId: b.id })}>
                  <span className="list-title">{b.title}</span>
                  <span className="list-meta">
                    <span>{countNoun(b.sections.reduce((n, s) => n + s.items.length, 0), 'item')}</span>
                    <span>updated {new Date(b.updatedAt).toLocaleString()}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        }
        detail={selected ? <BriefingComposer key={selected} briefingId={selected} /> : null}
      />
    </>
  );
}
