import { useLiveQuery } from 'dexie-react-hooks';
import { countNoun } from '../../../../shared/wording/count-noun';
import { useServices } from '../../app/services';
import { deletedEvidenceOf } from '../../db/source-deletion';
import { undoEntry, undoNotice } from '../../db/undo';
import { useNotify } from '../../ui/notices';

/** Says which deleted sources took this claim's citations, from history, with a way to undo each deletion. */
export function DeletedEvidence({ claimId, citationCount }: { claimId: string; citationCount: number }) {
  const { db } = useServices();
  const notify = useNotify();
  const deletions = useLiveQuery(() => deletedEvidenceOf(db, claimId), [db, claimId]);
  if (!deletions || deletions.length === 0) return null;
  return (
    <section aria-labelledby="deleted-evidence-title" className="reader-notice" data-testid="deleted-evidence">
      <h3 id="deleted-evidence-title">{citationCount === 0 ? 'Its evidence was deleted' : 'Evidence deleted'}</h3>
      <ul>
        {deletions.map((d) => (
          <li key={d.seq}>
            {countNoun(d.citations, 'citation')} went with the source “{d.title}”, deleted <time dateTime={d.at}>{new Date(d.at).toLocaleString()}</time>.{' '}
            <button type="button" className="button ghost small" onClick={() => void undoEntry(db, d.seq).then((o) => notify(o.status === 'conflict' ? 'error' : 'info', undoNotice(o)))}>
              Undo that deletion
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
