import { useEffect, useState } from 'react';
import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';
import type { FigureConflict } from '../../../../shared/briefing/claim-dispute';
import type { BriefingBundle } from '../../db/briefing-exports';
import { layoutBriefing } from './export/export-briefing-file';

/** The briefing laid out as it will export, recomputed whenever the bundle or the conflicts change (outside the live query, because the CSL engine loads asynchronously). */
export function useBriefingLayout(bundle: BriefingBundle | null | undefined, conflicts: readonly FigureConflict[] | undefined): BriefingDocument | undefined {
  const [doc, setDoc] = useState<BriefingDocument | undefined>(undefined);
  useEffect(() => {
    if (!bundle || !conflicts) return;
    let current = true;
    void layoutBriefing(bundle, conflicts).then((laidOut) => {
      if (current) setDoc(laidOut);
    });
    // A later bundle's layout wins even if an earlier one finishes after it.
    return () => {
      current = false;
    };
  }, [bundle, conflicts]);
  return doc;
}
