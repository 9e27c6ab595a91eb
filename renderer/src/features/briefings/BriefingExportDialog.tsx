import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { EXPORT_FORMATS, exportBriefing, type ExportFormat } from './export/export-briefing-file';
import { useDialogSubmit } from '../../ui/use-dialog-submit';
import { ExportSettingsNote } from './ExportSettingsNote';

/** Chooses a format (and whether to save the companion beside it), exports the briefing as it stands, and records the export. */
export function BriefingExportDialog({ open, onClose, briefingId }: { open: boolean; onClose: () => void; briefingId: string }) {
  const { db, platform } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const briefing = useLiveQuery(() => db.briefings.get(briefingId), [db, briefingId]);
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [withCompanion, setWithCompanion] = useState(false);
  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    const done = await exportBriefing(db, platform, briefingId, format, { withCompanion });
    if (done.outcome.saved) notify('success', `Exported ${done.fileName}${done.companionSaved ? ' and its companion' : ''} to ${done.outcome.location}.`);
    onClose();
  });
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Export this briefing</h2>
        {briefing && <ExportSettingsNote citationStyle={briefing.citationStyle} footnoteContent={briefing.footnoteContent} changeWhere="Change them under “Citations” in the editor." />}
        <fieldset className="export-formats">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f.id} className="check">
              <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} /> {f.label}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={withCompanion} onChange={(e) => setWithCompanion(e.target.checked)} /> Also save the companion (.footnote.json) to import the briefing back with its links
        </label>
        <DialogFooter error={error} submitLabel="Export" submitDisabled={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
