import { Link2Off, Link2 } from 'lucide-react';
import type { Citation, Source } from '../../../../shared/model';
import { describeLocator, describeSource } from '../../../../shared/briefing/footnote-text';

/** A citation at a glance: its marker or paragraph, its source, and whether it is resolved to an original. */
export function CitationChip({ citation, source }: { citation: Citation; source: Source | undefined }) {
  const where = describeLocator(citation) || 'citation';
  const title = `${source ? describeSource(source) : 'Missing source'} — ${where}${citation.resolved ? '' : ' (unresolved: the original is not in the workspace)'}`;
  return (
    <span className={`citation-chip ${citation.resolved ? 'resolved' : 'unresolved'}`} title={title} data-testid="citation">
      {citation.resolved ? <Link2 size={12} aria-hidden /> : <Link2Off size={12} aria-hidden />}
      <span className="citation-marker">{citation.locator.marker ?? where}</span>
      <span className="citation-source">{source?.publisher ?? source?.title ?? 'missing source'}</span>
      <span className="citation-state">{citation.resolved ? 'resolved' : 'unresolved'}</span>
    </span>
  );
}
