import type { ConflictSideView, ConflictView } from '../../db/evidence';
import { describeSource, describeLocator } from '../../../../shared/briefing/footnote-text';
import { routeHref } from '../../app/route';
import { showInSourceHref } from './CitationChip';
import { formatFigure } from './figures';

/** One conflict, both sides side by side: the figures, the claims, their citations and sources. */
export function ConflictCard({ view }: { view: ConflictView }) {
  const { conflict } = view;
  return (
    <article className="conflict" data-testid="conflict" aria-label={`Conflict: ${conflict.subject} ${conflict.measure}`}>
      <p>
        <strong>{conflict.subject}</strong>, {conflict.measure}: the figures differ by <strong>{Math.round(conflict.relativeDifference * 100)}%</strong>.
      </p>
      <div className="conflict-sides">
        <ConflictSide side={view.a} figure={formatFigure(conflict.a.quantity)} />
        <ConflictSide side={view.b} figure={formatFigure(conflict.b.quantity)} />
      </div>
    </article>
  );
}

function ConflictSide({ side, figure }: { side: ConflictSideView; figure: string }) {
  return (
    <div className="conflict-side">
      <p className="conflict-figure">{figure}</p>
      <p>
        <a href={routeHref({ view: 'claims', claimId: side.claim.id })}>{side.claim.text}</a>
      </p>
      <p className="small muted">Sources: {side.sources.map(describeSource).join('; ') || 'none'}</p>
      <ul className="conflict-citations">
        {side.citations.map((c) => (
          <li key={c.id} data-testid="conflict-citation">
            {describeLocator(c) || 'citation'} ({c.stance}, {c.resolved ? 'resolved' : 'unresolved'}) <a href={showInSourceHref(c)}>Show in source</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
