import { useId, useState } from 'react';
import { ClipboardPaste, Upload } from 'lucide-react';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { useCommand } from '../../app/commands';
import { readPickedFiles } from '../../platform/web';
import { useImport } from './ImportProvider';

/** File types the import accepts, for the file input and the native dialog alike. */
export const IMPORT_FILTERS = [
  {
    name: 'Sources',
    extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf', 'docx', 'json', 'bib', 'bibtex', 'ris'],
  },
];

/** The two ways in: a file input named "Import files" and a paste dialog. */
export function ImportActions({
  pasteOpen,
  onPasteOpenChange,
}: {
  pasteOpen: boolean;
  onPasteOpenChange: (open: boolean) => void;
}) {
  const { platform } = useServices();
  const { importFiles, importPasted, busy } = useImport();

  // The menu's File > Import… (or Ctrl+O) asks the platform, which opens the native dialog in Electron.
  useCommand('import-files', () => void platform.openFiles({ filters: IMPORT_FILTERS, multiple: true }).then(importFiles));

  return (
    <div className="import-actions">
      <label className="button primary">
        <Upload size={16} aria-hidden />
        Import files
        <input
          type="file"
          className="visually-hidden"
          multiple
          disabled={busy}
          onChange={(event) => {
            const files = event.currentTarget.files;
            if (!files) return;
            void readPickedFiles(files).then(importFiles);
            event.currentTarget.value = '';
          }}
        />
      </label>
      <button type="button" className="button" onClick={() => onPasteOpenChange(true)} disabled={busy}>
        <ClipboardPaste size={16} aria-hidden />
        Paste text…
      </button>
      {busy && (
        <p className="small muted" role="status">
          Importing…
        </p>
      )}
      <PasteDialog open={pasteOpen} onClose={() => onPasteOpenChange(false)} onImport={importPasted} busy={busy} />
    </div>
  );
}

function PasteDialog({ open, onClose, onImport, busy }: { open: boolean; onClose: () => void; onImport: (text: string) => Promise<boolean>; busy: boolean }) {
  const titleId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') {
            setError('Paste some text first: the box is empty.');
            return;
          }
          void onImport(text).then((ok) => {
            if (ok) {
              setText('');
              setError('');
              onClose();
            }
          });
        }}
      >
        <h2 id={titleId}>Paste text to import</h2>
        <p className="small muted">Paste an article, a report or a summary. Lines ending in markers such as [8] or [2][15] become claims with citations.</p>
        <textarea aria-label="Text to import" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        <DialogFooter error={error} submitLabel="Import" submitDisabled={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
