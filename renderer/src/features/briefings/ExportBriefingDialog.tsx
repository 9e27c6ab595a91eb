import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { createBriefingFromClaims, DEFAULT_CITATION_STYLE } from '../../db/briefings';
import type { FootnoteDatabase } from '../../db/database';
import { exportBriefingMarkdown } from './export-briefing';
import { ClaimWarnings } from '../claims/ClaimWarnings';
import { useDialogSubmit } from '../../ui/use-dialog-submit';
import { defaultBriefingTitle } from '../../../../shared/briefing/default-briefing-title';
import { countNoun } from '../../../../shared/wording/count-noun';
import { todayIso } from './export/export-briefing-file';
import { ExportSettingsNote } from './ExportSettingsNote';

/** The title of the one source every claim was recorded from, or undefined when they come from several (or none). */
async function commonOriginTitle(db: FootnoteDatabase, claimIds: readonly string[]): Promise<string | undefined> {
  const first = claimIds[0] ? await db.claims.get(claimIds[0]) : undefined;
  if (first?.originSourceId === undefined) return undefined;
  // One index read of that source's claims, not a read of every chosen claim: 100,000 ids are checked against a set.
  const fromIt = new Set((await db.claims.where('originSourceId').equals(first.originSourceId).primaryKeys()) as string[]);
  if (!claimIds.every((id) => fromIt.has(id))) return undefined;
  return (await db.sources.get(first.originSourceId))?.title;
}

/** Names a briefing of the chosen claims, stores it, and saves it as Markdown. */
export function ExportBriefingDialog({ open, onClose, claimIds }: { open: boolean; onClose: () => void; claimIds: readonly string[] }) {
  const { db, platform } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const suggested = useLiveQuery(async () => defaultBriefingTitle(open ? await commonOriginTitle(db, claimIds) : undefined, todayIso()), [db, open, claimIds]);
  const [title, setTitle] = useState<string | null>(null);
  const [audience, setAudience] = useState('');
  const shownTitle = title ?? suggested ?? '';

  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    const briefing = await createBriefingFromClaims(db, { title: shownTitle, audience, claimIds });
    const outcome = await exportBriefingMarkdown(db, platform, briefing.id);
    if (outcome.saved) notify('success', `Briefing “${briefing.title}” exported with ${countNoun(claimIds.length, 'claim')} to ${outcome.location}.`);
    setTitle(null);
    onClose();
  });

  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Export briefing</h2>
        <p className="small muted">
          {countNoun(claimIds.length, 'claim')}, grouped under their sections, each with its citations as footnotes. Saved as Markdown and kept under Briefings.
        </p>
        <ExportSettingsNote citationStyle={DEFAULT_CITATION_STYLE} changeWhere="Change them, or export as Word or HTML, in the briefing under Briefings." />
        <ClaimWarnings claimIds={claimIds} />
        <label className="field">
          Title
          {/* Read-only until the suggestion is known: text typed before it arrives would be joined to it, as the field's
              value would change under the caret. */}
          <input type="text" value={shownTitle} onChange={(e) => setTitle(e.target.value)} required readOnly={title === null && suggested === undefined} />
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
