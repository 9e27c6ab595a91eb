import type { CitationPassage } from '../../../../shared/claims/evidence/citation-passage';

/** A citation's passage in its paragraph, the passage itself marked; or the reference entry; or why there is none. */
export function PassageView({ passage }: { passage: CitationPassage }) {
  if (passage.kind === 'missing') return <p className="muted small">{passage.reason}</p>;
  if (passage.kind === 'reference') {
    return (
      <blockquote className="passage">
        {passage.list ?? 'Reference'} [{passage.label ?? passage.n}]: {passage.text}
        {passage.url && <span className="muted small"> {passage.url}</span>}
      </blockquote>
    );
  }
  const from = Math.max(0, passage.start - passage.contextStart);
  const to = Math.max(from, passage.end - passage.contextStart);
  return (
    <blockquote className="passage" data-testid="passage">
      {passage.where === 'summary' && <span className="small muted">In the summary: </span>}
      {passage.paragraph !== undefined && passage.where === 'original' && <span className="small muted">Paragraph {passage.paragraph}: </span>}
      {passage.context.slice(0, from)}
      <mark>{passage.context.slice(from, to)}</mark>
      {passage.context.slice(to)}
      {passage.note && <span className="small muted"> ({passage.note})</span>}
    </blockquote>
  );
}
