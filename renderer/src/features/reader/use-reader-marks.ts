import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { findPositionSelector } from '../../../../shared/anchoring/selectors';
import type { Mark } from '../../../../shared/reading/segments';
import { listAnnotations } from '../../db/annotations';
import { useServices } from '../../app/services';

/** The marks the reader draws for a source: its annotations, and the passages claims cite, with the claims for hover. */
export function useReaderMarks(sourceId: string) {
  const { db } = useServices();
  const annotations = useLiveQuery(() => listAnnotations(db, sourceId), [db, sourceId]);
  const cited = useLiveQuery(async () => {
    const citations = (await db.citations.where('resolvedSourceId').equals(sourceId).toArray()).concat(
      (await db.citations.where('sourceId').equals(sourceId).toArray()).filter((c) => !c.resolvedSourceId),
    );
    const placed = citations.filter((c) => findPositionSelector(c.locator.selectors ?? []));
    const claims = await db.claims.bulkGet([...new Set(placed.map((c) => c.claimId))]);
    const claimText = new Map(claims.flatMap((c) => (c ? [[c.id, c.text] as const] : [])));
    return placed.map((c) => ({ citation: c, claim: claimText.get(c.claimId) ?? '' }));
  }, [db, sourceId]);

  return useMemo(() => {
    const marks: Mark[] = [];
    const titles = new Map<string, string>();
    for (const a of annotations ?? []) {
      // A drifted note is not drawn where it might belong: it waits in the sidebar until the analyst confirms a place.
      const place = a.anchor === 'drifted' || a.anchor === 'orphaned' ? undefined : findPositionSelector(a.selectors);
      if (!place) continue;
      marks.push({ start: place.start, end: place.end, kind: 'annotation', id: a.id, colour: a.colour });
      if (a.note || a.tags.length > 0) titles.set(a.id, [a.note, a.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join('\n'));
    }
    for (const { citation, claim } of cited ?? []) {
      const place = findPositionSelector(citation.locator.selectors ?? []);
      if (!place) continue;
      marks.push({ start: place.start, end: place.end, kind: 'citation', id: citation.id });
      const stance = citation.stance === 'supports' ? 'Supports' : citation.stance === 'contradicts' ? 'Contradicts' : 'Context for';
      titles.set(citation.id, `${stance}: ${claim}`);
    }
    return { marks, titles, annotations: annotations ?? [] };
  }, [annotations, cited]);
}
