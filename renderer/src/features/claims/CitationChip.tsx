import { Link2Off, Link2 } from 'lucide-react';
import type { Citation, Source } from '../../../../shared/model';
import { describeLocator, describeSource } from '../../../../shared/briefing/footnote-text';
import { findPositionSelector } from '../../../../shared/anchoring/selectors';
import { routeHref } from '../../app/route';

/** A citation at a glance: its marker or paragraph, its source, and whether it is resolved to an original. */
export function CitationChip({ citation, source }: { citation: Citation; source: Source | undefined }) {
  const where = describeLocator(citation) || 'citation';
  const title = `${source ? describeSource(source) : 'Missing source'} — ${where}${citation.resolved ? '' : ` (unresolved: ${citation.unresolvedReason ?? 'the original is not in the workspace'})`}`;
  return (
    <span className={`citation-chip ${citation.resolved ? 'resolved' : 'unresolved'}`} title={title} data-testid="citation">
      {citation.resolved ? <Link2 size={12} aria-hidden /> : <Link2Off size={12} aria-hidden />}
      <span className="citation-marker">{citation.locator.marker ?? where}</span>
      <span className="citation-source">{source?.publisher ?? source?.title ?? 'missing source'}</span>
      <span className="citation-state">{citation.resolved ? 'resolved' : 'unresolved'}</span>
      <a className="citation-show" href={showInSourceHref(citation)}>
        Show in source
      </a>
    </span>
  );
}

/** Where "Show in source" goes: the cited passage when it has a place, else the source itself. */
export function showInSourceHref(citation: Citation): string {
  const place = findPositionSelector(citation.locator.selectors ?? []);
  const sourceId = citation.resolvedSourceId ?? citation.sourceId;
  return routeHref(place ? { view: 'library', sourceId, at: { start: place.start, end: place.end } } : { view: 'library', sourceId });
}
