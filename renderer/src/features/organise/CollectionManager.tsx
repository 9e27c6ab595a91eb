import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { addToCollection, createCollection, deleteCollection, listCollections, removeFromCollection, renameCollection } from '../../db/collections';
import { listBriefingTitles } from '../../db/search-details';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';

/**
 * Collections (projects): create, rename, delete, and choose the briefings each holds. Sources and claims are added
 * from the search panel ("Add these results to…"), where they can be found in bulk.
 */
export function CollectionManager({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const collections = useLiveQuery(() => (open ? listCollections(db) : []), [db, open]) ?? [];
  const briefings = useLiveQuery(() => (open ? listBriefingTitles(db) : []), [db, open]) ?? [];
  const [name, setName] = useState('');
  const attempt = (work: Promise<unknown>) => void work.catch((e: unknown) => notify('error', e instanceof Error ? e.message : String(e)));
  return (
    <Modal open={open} onClose={onClose} labelledBy="collections-title">
      <div className="modal-body">
        <h2 id="collections-title">Collections</h2>
        <form
          className="organise-new"
          onSubmit={(e) => {
            e.preventDefault();
            attempt(createCollection(db, name).then(() => setName('')));
          }}
        >
          <input type="text" aria-label="New collection name" placeholder="New collection" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button primary" disabled={!name.trim()}>
            Create
          </button>
        </form>
        {collections.map((c) => (
          <fieldset key={c.id} className="organise-collection">
            <legend>{c.name}</legend>
            <p>
              {countNoun(c.sourceIds.length, 'source')} · {countNoun(c.claimIds.length, 'claim')} · {countNoun(c.briefingIds.length, 'briefing')}
            </p>
            <div className="organise-briefings">
              {briefings.map((b) => (
                <label key={b.id}>
                  <input
                    type="checkbox"
                    checked={c.briefingIds.includes(b.id)}
                    onChange={(e) => attempt(e.target.checked ? addToCollection(db, c.id, 'briefingIds', [b.id]) : removeFromCollection(db, c.id, 'briefingIds', [b.id]))}
                  />{' '}
                  {b.title || '(untitled briefing)'}
                </label>
              ))}
            </div>
            <div className="actions">
              <button type="button" className="button small" onClick={() => {
                const next = window.prompt('Rename the collection', c.name);
                if (next) attempt(renameCollection(db, c.id, next));
              }}>
                Rename
              </button>
              <button type="button" className="button small danger" onClick={() => window.confirm(`Delete the collection “${c.name}”? Its sources, claims and briefings stay.`) && attempt(deleteCollection(db, c.id))}>
                Delete
              </button>
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
