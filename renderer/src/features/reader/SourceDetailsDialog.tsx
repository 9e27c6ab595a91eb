import { useId, useState } from 'react';
import type { Source } from '../../../../shared/model';
import { authorsFromInput, correctSourceDetails } from '../../db/source-details';
import { useServices } from '../../app/services';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useDialogSubmit } from '../../ui/use-dialog-submit';
import { HistoryList } from '../history/HistoryList';

/** Lets the analyst correct the title and authors import read (from metadata or the first page), and shows what changed in the source. */
export function SourceDetailsDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const { db } = useServices();
  const titleId = useId();
  const titleInputId = useId();
  const authorsInputId = useId();
  const [title, setTitle] = useState(source.title);
  const [authors, setAuthors] = useState(source.authors.join('\n'));
  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    await correctSourceDetails(db, source.id, { title, authors: authorsFromInput(authors) });
    onClose();
  });
  return (
    <Modal open onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Title and authors</h2>
        <label className="field" htmlFor={titleInputId}>
          Title
        </label>
        <input id={titleInputId} value={title} onChange={(e) => setTitle(e.target.value)} required />
        <label className="field" htmlFor={authorsInputId}>
          Authors, one a line
        </label>
        <textarea id={authorsInputId} rows={4} value={authors} onChange={(e) => setAuthors(e.target.value)} />
        <DialogFooter error={error} submitLabel="Save" submitDisabled={busy || title.trim() === ''} onCancel={onClose} />
      </form>
      <h3>History</h3>
      <HistoryList of={{ sourceId: source.id }} label="Changes to this source and its notes" />
    </Modal>
  );
}
