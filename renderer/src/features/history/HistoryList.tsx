import { useLiveQuery } from 'dexie-react-hooks';
import { Undo2 } from 'lucide-react';
import { useServices } from '../../app/services';
import { claimHistory, sourceHistory, type HistoryLine } from '../../db/history-query';
import { undoEntry, undoNotice } from '../../db/undo';
import { useNotify } from '../../ui/notices';
import { VirtualList } from '../../ui/VirtualList';
import './history.css';

// Tall enough for a handful of lines; a long history scrolls inside it, drawn a screenful at a time.
const LIST_HEIGHT = 260;
const LINE_HEIGHT = 44;

/**
 * What happened to one record, newest first: when, what changed, and an Undo for the latest change that is not undone
 * yet (refused, with the reason, when the record was changed since).
 */
export function HistoryList({ of, label }: { of: { claimId: string } | { sourceId: string }; label: string }) {
  const { db } = useServices();
  const notify = useNotify();
  const claimId = 'claimId' in of ? of.claimId : undefined;
  const sourceId = 'sourceId' in of ? of.sourceId : undefined;
  const lines = useLiveQuery(() => (claimId !== undefined ? claimHistory(db, claimId) : sourceId !== undefined ? sourceHistory(db, sourceId) : []), [db, claimId, sourceId]);
  if (lines === undefined) return null;
  if (lines.length === 0) return <p className="muted">No recorded changes yet.</p>;
  const latest = lines.find((l) => !l.undone);
  const undo = (line: HistoryLine) =>
    void undoEntry(db, line.seq).then(
      (outcome) => notify(outcome.status === 'conflict' ? 'error' : 'info', undoNotice(outcome)),
      (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
    );
  return (
    <VirtualList
      className="history-list"
      label={label}
      testId="history-list"
      count={lines.length}
      estimateSize={LINE_HEIGHT}
      maxHeight={LIST_HEIGHT}
      itemKey={(i) => String(lines[i]?.seq)}
      renderItem={(i) => {
        const line = lines[i];
        if (!line) return null;
        return (
          <div className={`history-line${line.undone ? ' undone' : ''}`}>
            <time dateTime={line.at}>{formatWhen(line.at)}</time>
            <span className="history-what">
              {line.description}
              {line.undone && <span className="muted"> — undone{line.undoneAt ? ` ${formatWhen(line.undoneAt)}` : ''}</span>}
            </span>
            {line === latest && line.undoable && (
              <button type="button" className="button ghost" onClick={() => undo(line)}>
                <Undo2 size={14} aria-hidden /> Undo
              </button>
            )}
          </div>
        );
      }}
    />
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
