import { useEffect, useState } from 'react';
import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';
import type { BriefingBundle } from '../../db/briefing-exports';
import { layoutBriefing } from './export/export-briefing-file';

/** The briefing laid out as it will export, recomputed whenever the bundle changes (outside the live query, because the CSL engine loads asynchronously). */
export function useBriefingLayout(bundle: BriefingBundle | null | undefined): BriefingDocument | undefined {
  const [doc, setDoc] = useState<BriefingDocument | undefined>(undefined);
  useEffect(() => {
    if (!bundle) return;
    let current = true;
    void layoutBriefing(bundle).then((laidOut) => {
      if (current) setDoc(laidOut);
    });
    // A later bundle's layout wins even if an earlier one finishes after it.
    return () => {
      current = false;
    };
  }, [bundle]);
  return doc;
}
