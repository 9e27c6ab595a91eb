import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown, ListPlus, Trash2 } from 'lucide-react';
import { useServices } from '../../app/services';
import { navigate } from '../../app/route';
import { loadBriefingBundle } from '../../db/briefing-exports';
import { deleteBriefing } from '../../db/briefings';
import { findConflicts } from '../../db/evidence';
import { BriefingChecks } from './BriefingChecks';
import { CheckLinks } from './CheckLinks';
import { BriefingExportDialog } from './BriefingExportDialog';
import { BriefingExportHistory } from './BriefingExportHistory';
import { BriefingMetaFields } from './BriefingMetaFields';
import { BriefingPreview } from './BriefingPreview';
import { BriefingSectionsEditor } from './BriefingSectionsEditor';
import { BriefingStyleOptions } from './BriefingStyleOptions';
import { ClaimPickerDialog } from './ClaimPickerDialog';
import { useBriefingLayout } from './use-briefing-layout';

/** The composer of one briefing: its fields, options and sections beside the live preview, with the checks and exports. */
export function BriefingComposer({ briefingId }: { briefingId: string }) {
  const { db } = useServices();
  // Claims are read live, so an edited claim shows here (and in the preview) until the briefing is exported.
  const bundle = useLiveQuery(() => loadBriefingBundle(db, briefingId), [db, briefingId]);
  // One query of the workspace's conflicts feeds both the checks and the preview's dispute markers.
  const conflicts = useLiveQuery(() => findConflicts(db), [db]);
  const doc = useBriefingLayout(bundle, conflicts);
  const [picking, setPicking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const claimText = useMemo(() => new Map([...(bundle?.lookup.claims.values() ?? [])].map((c) => [c.id, c.text])), [bundle]);
  const present = useMemo(() => new Set(bundle?.briefing.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'claim' ? [i.claimId] : []))) ?? []), [bundle]);
  if (bundle === undefined) return null;
  if (bundle === null) return <p className="empty">This briefing no longer exists.</p>;
  const { briefing } = bundle;
  return (
    <div className="briefing-composer">
      <div className="composer-editor" role="region" aria-label="Composer">
        <div className="briefing-actions">
          <button type="button" className="button" onClick={() => setPicking(true)}>
            <ListPlus size={16} aria-hidden /> Add claims…
          </button>
          <button type="button" className="button primary" onClick={() => setExporting(true)}>
            <FileDown size={16} aria-hidden /> Export…
          </button>
          <button type="button" className="button danger" onClick={() => void deleteBriefing(db, briefingId).then(() => navigate({ view: 'briefings' }))}>
            <Trash2 size={16} aria-hidden /> Delete briefing
          </button>
        </div>
        <BriefingMetaFields key={`meta-${briefing.id}`} briefing={briefing} />
        <BriefingStyleOptions briefing={briefing} />
        <BriefingSectionsEditor briefing={briefing} claimText={claimText} />
        <BriefingChecks bundle={bundle} conflicts={conflicts} />
        <CheckLinks briefingId={briefingId} />
        <BriefingExportHistory briefingId={briefingId} />
      </div>
      {doc ? <BriefingPreview doc={doc} /> : <p className="small muted">Laying out the preview…</p>}
      <ClaimPickerDialog open={picking} onClose={() => setPicking(false)} briefingId={briefingId} present={present} />
      <BriefingExportDialog open={exporting} onClose={() => setExporting(false)} briefingId={briefingId} />
    </div>
  );
}
