import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { deleteTag, listTagCounts, mergeTags, renameTag } from '../../db/tags';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';

/** Every tag with its counts; rename one, merge the ticked ones, or delete one. Each change is one transaction. */
export function TagManager({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const tags = useLiveQuery(() => (open ? listTagCounts(db) : []), [db, open]) ?? [];
  const [ticked, setTicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const run = async (what: Promise<number>, done: string) => {
    try {
      const n = await what;
      notify('success', `${done} (${n} records changed).`);
      setTicked([]);
      setName('');
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal open={open} onClose={onClose} labelledBy="tag-manager-title">
      <div className="modal-body">
        <h2 id="tag-manager-title">Tags</h2>
        {tags.length === 0 ? (
          <p>No tags yet. Tag sources, annotations and claims in their views.</p>
        ) : (
          <table className="organise-table">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Sources</th>
                <th scope="col">Annotations</th>
                <th scope="col">Claims</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((t) => (
                <tr key={t.tag}>
                  <td>
                    <label>
                      <input type="checkbox" checked={ticked.includes(t.tag)} onChange={() => setTicked(ticked.includes(t.tag) ? ticked.filter((x) => x !== t.tag) : [...ticked, t.tag])} /> {t.tag}
                    </label>
                  </td>
                  <td>{t.sources}</td>
                  <td>{t.annotations}</td>
                  <td>{t.claims}</td>
                  <td>
                    <button type="button" className="button small danger" onClick={() => window.confirm(`Remove the tag “${t.tag}” from ${t.sources + t.annotations + t.claims} records?`) && void run(deleteTag(db, t.tag), `Deleted “${t.tag}”`)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <label className="field">
          New name for the ticked tag{ticked.length > 1 ? 's (merge)' : ''}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            disabled={ticked.length === 0 || !name.trim()}
            onClick={() => void run(ticked.length === 1 ? renameTag(db, ticked[0] ?? '', name) : mergeTags(db, ticked, name), ticked.length === 1 ? `Renamed “${ticked[0]}” to “${name.trim()}”` : `Merged ${countNoun(ticked.length, 'tag')} into “${name.trim()}”`)}
          >
            {ticked.length > 1 ? 'Merge' : 'Rename'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
