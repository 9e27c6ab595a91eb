import { useId } from 'react';
import { Modal } from '../../ui/Modal';
import { routeHref } from '../../app/route';
import { describeFailure, describeImported, type ImportProgress, type ImportSummary } from './import-outcomes';

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

/** What a batch did: imported, skipped as duplicate, failed with the reason, not started because cancelled. */
export function ImportSummaryDialog({ summary, onClose }: { summary: ImportSummary | null; onClose: () => void }) {
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
