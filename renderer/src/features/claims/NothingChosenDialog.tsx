import { useId } from 'react';
import { Modal } from '../../ui/Modal';
import { countNoun } from '../../../../shared/wording/count-noun';

/** Asked when a briefing is exported with no claim chosen: choose claims first, or export every claim the filters show. */
export function NothingChosenDialog({ open, matchingCount, onClose, onExportAll }: { open: boolean; matchingCount: number; onClose: () => void; onExportAll: () => void }) {
  const titleId = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <h2 id={titleId}>No claims chosen</h2>
      <p>Tick the claims the briefing should hold, or export every claim the current filters show.</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Choose claims first
        </button>
        <button type="button" className="button primary" onClick={onExportAll} disabled={matchingCount === 0}>
          Export all {countNoun(matchingCount, 'filtered claim')}
        </button>
      </div>
    </Modal>
  );
}
