import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { claimsCitingSource } from '../../db/evidence';
import type { LinkOutcome } from '../../db/link-original';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { useNotify } from '../../ui/notices';
import { ClaimFlagBadges } from '../claims/ClaimFlagBadges';
import { LinkOriginalDialog, LinkOutcomeReport } from './LinkOriginalDialog';
import { describeLinkOutcome } from './link-outcome';
import { AddToBriefing } from '../briefings/AddToBriefing';
import './reader-claims.css';
import { countNoun } from '../../../../shared/wording/count-noun';
import { ScriptText } from '../../ui/ScriptText';

/** The claims that cite this source, and "Link to original…" when its claims rest on a summary's markers. */
export function SourceClaims({ sourceId }: { sourceId: string }) {
  const { db } = useServices();
  const notify = useNotify();
  const citing = useLiveQuery(() => claimsCitingSource(db, sourceId), [db, sourceId]);
  const [linkOpen, setLinkOpen] = useState(false);
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null);
  if (citing === undefined || citing.length === 0) return null;
  // Markers recorded in this source make it a summary; linking again re-resolves them, so the button stays after a first link.
  const hasMarkers = citing.some((c) => c.citations.some((ci) => ci.sourceId === sourceId && ci.locator.markerNumber !== undefined));
  const unresolved = citing.reduce((n, c) => n + c.citations.filter((ci) => ci.sourceId === sourceId && !ci.resolved && ci.locator.markerNumber !== undefined).length, 0);
  return (
    <section className="source-claims" aria-labelledby="source-claims-title">
      <h3 id="source-claims-title">Claims citing this source ({citing.length})</h3>
      {hasMarkers && (
        <p>
          <button type="button" className="button" onClick={() => setLinkOpen(true)}>
            Link to original…
          </button>{' '}
          {unresolved > 0 && <span className="small muted">{unresolved === 1 ? '1 citation of this summary is an unresolved marker.' : `${countNoun(unresolved, 'citation')} of this summary are unresolved markers.`}</span>}
        </p>
      )}
      {outcome && <LinkOutcomeReport outcome={outcome} />}
      <AddToBriefing claimIds={citing.map((c) => c.claim.id)} label="Add these claims to briefing" />
      <details>
        <summary>Show the claims</summary>
        <ul>
          {citing.map(({ claim, flags }) => (
            <li key={claim.id}>
              <a href={routeHref({ view: 'claims', claimId: claim.id })}>
                <ScriptText text={claim.text} lang="en" />
              </a> <ClaimFlagBadges flags={flags} />
            </li>
          ))}
        </ul>
      </details>
      <LinkOriginalDialog
        open={linkOpen}
        onClose={() => setLinkOpen(false)}
        summaryId={sourceId}
        onLinked={(o) => {
          setOutcome(o);
          notify('success', describeLinkOutcome(o));
        }}
      />
    </section>
  );
}
