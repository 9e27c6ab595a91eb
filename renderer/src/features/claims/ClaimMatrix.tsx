import { useLiveQuery } from 'dexie-react-hooks';
import type { MatrixCell } from '../../../../shared/claims/evidence/source-matrix';
import type { Citation } from '../../../../shared/model';
import { loadClaimSourceMatrix } from '../../db/evidence';
import { listClaimRows } from '../../db/queries';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { showInSourceHref } from './CitationChip';

const CELL_WORDS: Record<MatrixCell['stance'], string> = { supports: 'supports', contradicts: 'contradicts', context: 'context', mixed: 'mixed' };

/** Claims against sources: each cell says (in words and colour) how the source bears on the claim and opens the citation. */
export function ClaimMatrix() {
  const { db } = useServices();
  const matrix = useLiveQuery(() => loadClaimSourceMatrix(db), [db]);
  const rows = useLiveQuery(() => listClaimRows(db), [db]);
  if (matrix === undefined || rows === undefined) return null;
  if (matrix.rows.length === 0) return <p className="empty">No claims yet: the matrix fills in as claims are cited.</p>;
  const citations = new Map<string, Citation>(rows.rows.flatMap((r) => r.citations.map((c): [string, Citation] => [c.id, c])));
  return (
    <div className="pane claims-pane matrix-pane">
      <table className="claim-matrix" aria-label="Claims by source">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {matrix.sources.map((s) => (
              <th key={s.id} scope="col">
                <a href={routeHref({ view: 'library', sourceId: s.id })}>{s.publisher ?? s.title}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.claim.id} data-testid="matrix-row">
              <th scope="row">
                <a href={routeHref({ view: 'claims', claimId: row.claim.id })}>{row.claim.text}</a>
                {row.flags.singleSource && <span className="badge">single source</span>}
                {row.flags.summaryOnly && <span className="badge">summary only</span>}
              </th>
              {matrix.sources.map((s) => {
                const cell = row.cells[s.id];
                if (!cell) return <td key={s.id} aria-label="not cited" />;
                const first = citations.get([...cell.supports, ...cell.contradicts, ...cell.context][0] ?? '');
                const word = CELL_WORDS[cell.stance];
                return (
                  <td key={s.id} className={`matrix-cell stance-${cell.stance}`}>
                    {first ? (
                      <a href={showInSourceHref(first)} aria-label={`${word}: show in ${s.title}`}>
                        {word}
                      </a>
                    ) : (
                      word
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
