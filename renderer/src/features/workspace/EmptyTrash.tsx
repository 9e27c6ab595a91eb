import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatSize } from '../../../../shared/backup/backup-preview';
import { countNoun } from '../../../../shared/wording/count-noun';
import { useServices } from '../../app/services';
import { emptyTrash, trashSummary } from '../../db/trash';
import { useNotify } from '../../ui/notices';

/** The trash of deleted sources: what it holds and "Empty trash", after which those deletions cannot be undone. */
export function EmptyTrash() {
  const { db } = useServices();
  const notify = useNotify();
  const trash = useLiveQuery(() => trashSummary(db), [db]);
  const [confirming, setConfirming] = useState(false);
  if (!trash) return null;
  if (trash.count === 0) return <p data-testid="trash-summary">The trash is empty.</p>;
  const empty = () =>
    void emptyTrash(db)
      .then((n) => notify('info', `Emptied the trash: ${countNoun(n, 'deleted source')} can no longer be restored.`))
      .catch((error: unknown) => notify('error', `Could not empty the trash: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => setConfirming(false));
  return (
    <div>
      <p data-testid="trash-summary">
        The trash holds the text and originals of {countNoun(trash.count, 'deleted source')} ({formatSize(trash.size)}), kept so Ctrl+Z can restore them. Emptying it frees that space.
      </p>
      {confirming ? (
        <p role="group" aria-label="Empty the trash?">
          Deleted sources can no longer be restored.{' '}
          <button type="button" className="button" onClick={empty}>
            Empty trash
          </button>{' '}
          <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Empty trash…
        </button>
      )}
    </div>
  );
}
