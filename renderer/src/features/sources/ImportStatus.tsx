import { useId, useState } from 'react';
import { Modal } from '../../ui/Modal';
import { routeHref } from '../../app/route';
import type { VersionCandidate } from '../../db/import-source';
import { describeFailure, describeImported, type FileOutcome, type ImportProgress, type ImportSummary } from './import-outcomes';

/** Files done of total, the file being read, and a way to stop the rest. */
export function ImportProgressPanel({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-text">
        <strong>
          Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
        </strong>
        {progress.current && <span className="muted small">{progress.current}</span>}
      </div>
      <progress max={progress.total} value={progress.done} aria-label="Import progress" />
      <button type="button" className="button" onClick={onCancel} disabled={progress.cancelling}>
        {progress.cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </div>
  );
}

// Why a source is offered: a shared file name whose text differs is named, so the analyst sees the doubt.
const CANDIDATE_REASON: Record<VersionCandidate['reason'], string> = {
  'same-title': '',
  'same-file': ' (same file name, different text)',
};

/** Stores an imported source as a new version of another and says what was carried. */
export type ChooseVersion = (sourceId: string, previousId: string) => Promise<string>;

/** What a batch did: imported (with a choice of earlier version where one is likely), skipped as duplicate, failed with the reason, not started because cancelled. */
export function ImportSummaryDialog({ summary, onClose, onChooseVersion }: { summary: ImportSummary | null; onClose: () => void; onChooseVersion: ChooseVersion }) {
  const titleId = useId();
  return (
    <Modal open={summary !== null} onClose={onClose} labelledBy={titleId}>
      {summary && (
        <div className="modal-body import-summary">
          <h2 id={titleId}>Import finished</h2>
          <p>
            {summary.imported.length} imported, {summary.duplicates.length} skipped as duplicates, {summary.failed.length} failed
            {summary.cancelled.length > 0 && `, ${summary.cancelled.length} cancelled`}.
          </p>
          {summary.imported.length > 0 && (
            <section aria-label="Imported">
              <h3>Imported</h3>
              <ul>
                {summary.imported.map((o) => (
                  <li key={o.sourceId}>
                    <a href={routeHref({ view: 'library', sourceId: o.sourceId })} onClick={onClose}>
                      {describeImported(o)}
                    </a>
                    <span className="muted small"> from {o.file}</span>
                    {o.notices.map((n) => (
                      <div key={n} className="small muted">
                        {n}
                      </div>
                    ))}
                    {o.versionCandidates.length > 0 && <VersionChoice outcome={o} onChoose={onChooseVersion} />}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {summary.duplicates.length > 0 && (
            <section aria-label="Skipped as duplicates">
              <h3>Skipped as duplicates</h3>
              <ul>
                {summary.duplicates.map((o) => (
                  <li key={`${o.file}-${o.sourceId}`}>
                    {o.file}: “{o.title}” is already in the workspace.
                  </li>
                ))}
              </ul>
            </section>
          )}
          {summary.failed.length > 0 && (
            <section aria-label="Failed">
              <h3>Failed</h3>
              <ul>
                {summary.failed.map((o, i) => (
                  <li key={i}>{describeFailure(o)}</li>
                ))}
              </ul>
            </section>
          )}
          {summary.cancelled.length > 0 && (
            <section aria-label="Cancelled">
              <h3>Cancelled</h3>
              <ul>
                {summary.cancelled.map((o, i) => (
                  <li key={i}>{o.file}: not imported</li>
                ))}
              </ul>
            </section>
          )}
          <div className="actions">
            <button type="button" className="button primary" onClick={onClose} autoFocus>
              Close
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}

/**
 * "This is a new version of …": a source with the same title is only a guess (two untitled pastes share one), so it
 * becomes a version, and takes over the earlier one's annotations and citations, only when the analyst says so.
 */
function VersionChoice({ outcome, onChoose }: { outcome: Extract<FileOutcome, { status: 'imported' }>; onChoose: ChooseVersion }) {
  const selectId = useId();
  const [previousId, setPreviousId] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string }>({ kind: 'idle' });
  if (state.kind === 'done') {
    return (
      <div className="small" role="status">
        {state.message}
      </div>
    );
  }
  return (
    <div className="version-choice small">
      <label htmlFor={selectId}>This is a new version of </label>
      <select id={selectId} value={previousId} onChange={(e) => setPreviousId(e.target.value)} disabled={state.kind === 'busy'}>
        <option value="">(an unrelated source)</option>
        {outcome.versionCandidates.map((c) => (
          <option key={c.sourceId} value={c.sourceId}>
            “{c.title}”, imported {new Date(c.importedAt).toLocaleString()}
            {CANDIDATE_REASON[c.reason]}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button"
        disabled={previousId === '' || state.kind === 'busy'}
        onClick={() => {
          setState({ kind: 'busy' });
          onChoose(outcome.sourceId, previousId).then(
            (message) => setState({ kind: 'done', message }),
            (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        Store as new version
      </button>
      {state.kind === 'error' && <div role="alert">{state.message}</div>}
    </div>
  );
}
