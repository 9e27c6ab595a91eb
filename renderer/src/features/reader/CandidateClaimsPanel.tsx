import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimSuggestion } from '../../../../shared/claims/suggest-claims';
import { loadClaimSuggestions } from '../../db/evidence';
import { acceptSuggestions } from '../../db/claim-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import './reader-claims.css';
import { countNoun } from '../../../../shared/wording/count-noun';

const key = (s: ClaimSuggestion) => `${s.start}-${s.end}`;

/** Sentences of the source with figures or markers, offered as claims: accept or dismiss each, or all at once; nothing is created without a click. */
export function CandidateClaimsPanel({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const suggestions = useLiveQuery(() => loadClaimSuggestions(db, sourceId), [db, sourceId]);
  // Dismissals last for this visit only: a dismissed sentence is not a decision about the source.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = (suggestions ?? []).filter((s) => !dismissed.has(key(s)));
  const accept = (chosen: readonly ClaimSuggestion[]) =>
    void acceptSuggestions(db, sourceId, chosen).then(
      (claims) => notify('success', `${countNoun(claims.length, 'claim')} created, each cited by its sentence.`),
      (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
    );
  const dismiss = (chosen: readonly ClaimSuggestion[]) => setDismissed((d) => new Set([...d, ...chosen.map(key)]));
  return (
    <section className="candidate-claims" aria-labelledby="candidate-claims-title">
      <div className="toolbar">
        <h3 id="candidate-claims-title">Candidate claims ({shown.length})</h3>
        <button type="button" className="button" disabled={shown.length === 0} onClick={() => accept(shown)}>
          Accept all
        </button>
        <button type="button" className="button" disabled={shown.length === 0} onClick={() => dismiss(shown)}>
          Dismiss all
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {suggestions !== undefined && shown.length === 0 && <p className="muted small">No sentence with a figure or a marker is left to offer.</p>}
      <ul className="candidate-list">
        {shown.map((s) => (
          <li key={key(s)} data-testid="candidate-claim">
            <p>{s.text}</p>
            <p className="small muted">
              {s.reasons.includes('quantity') ? countNoun(s.quantities.length, 'figure') : ''}
              {s.reasons.length === 2 ? ' · ' : ''}
              {s.reasons.includes('marker') ? `markers ${s.markers.map((m) => `[${m}]`).join('')}` : ''}
              {s.paragraph !== undefined ? ` · paragraph ${s.paragraph}` : ''}
            </p>
            <button type="button" className="button" onClick={() => accept([s])} aria-label={`Accept: ${s.text.slice(0, 60)}`}>
              Accept
            </button>
            <button type="button" className="button ghost" onClick={() => dismiss([s])} aria-label={`Dismiss: ${s.text.slice(0, 60)}`}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
