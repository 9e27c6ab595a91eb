import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { matrixCellId } from '../../../../shared/claims/evidence/claim-facts';
import type { MatrixCellFacts } from '../../../../shared/claims/evidence/claim-facts';
import { keptMatrixOpening, loadMatrixWindow, matrixSize, openMatrix } from '../../db/matrix-query';
import type { FootnoteDatabase } from '../../db/database';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { showInSourceHref } from './CitationChip';
import { useKeptLiveQuery, useOpeningRead } from '../../ui/use-kept-live-query';
import { countNoun } from '../../../../shared/wording/count-noun';
import { sourceColumnLabel } from '../../../../shared/claims/evidence/source-column-label';
import { ScriptText } from '../../ui/ScriptText';

const CELL_WORDS: Record<MatrixCellFacts['stance'], string> = { supports: 'supports', contradicts: 'contradicts', context: 'context', mixed: 'mixed' };

// Fixed sizes keep both axes cheap to virtualize: a row's claim text is clipped to two lines.
const ROW_PX = 64;
const CLAIM_COLUMN_PX = 340;
const SOURCE_COLUMN_PX = 140;
// Rows and columns are read in aligned pages, so scrolling a little reads nothing new.
const ROW_PAGE = 40;
const COLUMN_PAGE = 20;

/** Starts reading what the Matrix tab opens on, as the navigation to it happens. */
export function readMatrixAhead(db: FootnoteDatabase): void {
  void openMatrix(db, ROW_PAGE, COLUMN_PAGE);
}

function pageOf(first: number, last: number, size: number): [number, number] {
  return [Math.floor(first / size) * size, Math.ceil((last + 1) / size) * size];
}

/** Claims against sources: each cell says (in words and colour) how the source bears on the claim and opens the citation. Only the rows and columns on screen are read and drawn. */
export function ClaimMatrix() {
  const { db } = useServices();
  // Sizes are counts and each window's ids are read by position, so nothing proportional to the workspace is read.
  // The tab opens on the read started at the navigation to it (or kept since, with nothing written); the live queries
  // beside it follow every change and take over once they answer.
  const opening = useOpeningRead(() => openMatrix(db, ROW_PAGE, COLUMN_PAGE), () => keptMatrixOpening(db, ROW_PAGE, COLUMN_PAGE), [db]);
  const size = useKeptLiveQuery(() => matrixSize(db), [db]).value ?? opening?.size;
  const scrollRef = useRef<HTMLDivElement>(null);
  const claimCount = size?.claims ?? 0;
  const sourceCount = size?.sources ?? 0;
  const rowsV = useVirtualizer({ count: claimCount, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_PX, overscan: 4 });
  const colsV = useVirtualizer({ horizontal: true, count: sourceCount, getScrollElement: () => scrollRef.current, estimateSize: () => SOURCE_COLUMN_PX, overscan: 2, paddingStart: CLAIM_COLUMN_PX });
  const rows = rowsV.getVirtualItems();
  const cols = colsV.getVirtualItems();
  const [rowStart, rowEnd] = pageOf(rows[0]?.index ?? 0, rows[rows.length - 1]?.index ?? 0, ROW_PAGE);
  const [colStart, colEnd] = pageOf(cols[0]?.index ?? 0, cols[cols.length - 1]?.index ?? 0, COLUMN_PAGE);
  // Not waiting for the sizes: the first window is read beside them, and a window past the end holds what there is.
  const read = useKeptLiveQuery(async () => ({ rowStart, colStart, ...(await loadMatrixWindow(db, [rowStart, rowEnd], [colStart, colEnd])) }), [db, rowStart, rowEnd, colStart, colEnd]).value;
  const opened = opening && [rowStart, rowEnd, colStart, colEnd].join() === [...opening.rows, ...opening.columns].join() ? { rowStart, colStart, ...opening.window } : undefined;
  const visible = read ?? opened;
  const claimAt = (index: number) => (visible && index >= visible.rowStart ? (visible.claimIds[index - visible.rowStart] ?? '') : '');
  const sourceAt = (index: number) => (visible && index >= visible.colStart ? (visible.sourceIds[index - visible.colStart] ?? '') : '');

  if (size === undefined) return null;
  if (claimCount === 0) return <p className="empty">No claims yet: the matrix fills in as claims are cited.</p>;
  const top = rows[0]?.start ?? 0;
  const bottom = rowsV.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  const left = (cols[0]?.start ?? CLAIM_COLUMN_PX) - CLAIM_COLUMN_PX;
  const right = colsV.getTotalSize() - (cols[cols.length - 1]?.end ?? CLAIM_COLUMN_PX);
  const spacer = (width: number, key: string) => (width > 0 ? <td key={key} aria-hidden className="virtual-spacer-cell" style={{ width, minWidth: width }} /> : null);

  return (
    <div className="pane claims-pane matrix-pane">
      <p className="small muted">
        {countNoun(claimCount, 'claim')} by {countNoun(sourceCount, 'cited source')}, most-cited first.
      </p>
      <div className="matrix-scroll" ref={scrollRef} data-testid="matrix-scroll">
        <table className="claim-matrix" aria-label="Claims by source" aria-rowcount={claimCount + 1} aria-colcount={sourceCount + 1} style={{ width: colsV.getTotalSize() }}>
          <thead>
            <tr>
              <th scope="col" className="matrix-claim" style={{ width: CLAIM_COLUMN_PX }}>
                Claim
              </th>
              {spacer(left, 'left')}
              {cols.map((col) => {
                const s = visible?.sources.get(sourceAt(col.index));
                const label = s ? sourceColumnLabel(s) : undefined;
                return (
                  <th key={col.key} scope="col" className="matrix-source" style={{ width: SOURCE_COLUMN_PX }} aria-colindex={col.index + 2} title={label?.full}>
                    {s && label ? (
                      <>
                        <a href={routeHref({ view: 'library', sourceId: s.id })}>{label.title}</a>
                        <span className="matrix-source-meta">{[label.publisher, label.date].filter(Boolean).join(' · ')}</span>
                      </>
                    ) : (
                      '…'
                    )}
                  </th>
                );
              })}
              {spacer(right, 'right')}
            </tr>
          </thead>
          <tbody>
            {top > 0 && (
              <tr aria-hidden className="virtual-spacer">
                <td style={{ height: top }} colSpan={cols.length + 3} />
              </tr>
            )}
            {rows.map((row) => {
              const claimId = claimAt(row.index);
              const entry = visible?.claims.get(claimId);
              return (
                <tr key={row.key} data-testid="matrix-row" style={{ height: ROW_PX }} aria-rowindex={row.index + 2}>
                  <th scope="row" className="matrix-claim">
                    {entry ? (
                      <>
                        <a href={routeHref({ view: 'claims', claimId })}>
                          <ScriptText text={entry.claim.text} lang="en" />
                        </a>
                        {entry.facts.flags.singleSource && <span className="badge">single source</span>}
                        {entry.facts.flags.summaryOnly && <span className="badge">summary only</span>}
                      </>
                    ) : (
                      '…'
                    )}
                  </th>
                  {spacer(left, 'left')}
                  {cols.map((col) => {
                    const sourceId = sourceAt(col.index);
                    const cell = visible?.cells.get(matrixCellId(claimId, sourceId));
                    if (!cell) return <td key={col.key} aria-label="not cited" />;
                    const first = visible?.citations.get(cell.firstCitationId);
                    const word = CELL_WORDS[cell.stance];
                    return (
                      <td key={col.key} className={`matrix-cell stance-${cell.stance}`}>
                        {first ? (
                          <a href={showInSourceHref(first)} aria-label={`${word}: show in ${visible?.sources.get(sourceId)?.title ?? 'source'}`}>
                            {word}
                          </a>
                        ) : (
                          word
                        )}
                      </td>
                    );
                  })}
                  {spacer(right, 'right')}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden className="virtual-spacer">
                <td style={{ height: bottom }} colSpan={cols.length + 3} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
