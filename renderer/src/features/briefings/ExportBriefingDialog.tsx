import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { createBriefingFromClaims } from '../../db/briefings';
import { exportBriefingMarkdown } from './export-briefing';
import { ClaimWarnings } from '../claims/ClaimWarnings';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/** Names a briefing of the chosen claims, stores it, and saves it as Markdown. */
export function ExportBriefingDialog({ open, onClose, claimIds }: { open: boolean; onClose: () => void; claimIds: readonly string[] }) {
  const { db, platform } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const suggested = useLiveQuery(async () => {
    const first = claimIds[0] ? await db.claims.get(claimIds[0]) : undefined;
    const origin = first?.originSourceId ? await db.sources.get(first.originSourceId) : undefined;
    return origin ? `Briefing: ${origin.title}` : 'Briefing';
  }, [db, claimIds[0]]);
  const [title, setTitle] = useState<string | null>(null);
  const [audience, setAudience] = useState('');
  const shownTitle = title ?? suggested ?? '';

  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    const briefing = await createBriefingFromClaims(db, { title: shownTitle, audience, claimIds });
    const outcome = await exportBriefingMarkdown(db, platform, briefing.id);
    if (outcome.saved) notify('success', `Briefing “${briefing.title}” exported with ${claimIds.length} claims to ${outcome.location}.`);
    setTitle(null);
    onClose();
  });

  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Export briefing</h2>
        <p className="small muted">
          {claimIds.length} claims, grouped under their sections, each with its citations as footnotes. Saved as Markdown and kept under Briefings.
        </p>
        <ClaimWarnings claimIds={claimIds} />
        <label className="field">
          Title
          <input type="text" value={shownTitle} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label className="field">
          Audience (optional)
          <input type="text" value={audience} onChange={(e) => setAudience(e.target.value)} />
        </label>
        <DialogFooter error={error} submitLabel="Export Markdown" submitDisabled={busy || claimIds.length === 0} onCancel={onClose} />
      </form>
    </Modal>
  );
}
