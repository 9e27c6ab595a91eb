import type { Citation, Claim, Source, Stance } from '../../model';
import { citedSourceId } from '../edit/citation-identity';
import { claimFlags, type ClaimFlags } from './claim-flags';

/** What one source says about one claim: the citation ids by stance, and one word for the cell. */
export interface MatrixCell {
  /** `mixed` when the source is cited both for and against the claim. */
  stance: Stance | 'mixed';
  supports: string[];
  contradicts: string[];
  context: string[];
}

/** One claim's row: its flags and a cell for each source it cites (sources it does not cite have none). */
export interface MatrixRow {
  claim: Claim;
  flags: ClaimFlags;
  cells: Record<string, MatrixCell>;
}

/** Claims as rows, sources as columns. */
export interface ClaimSourceMatrix {
  /** The sources cited by at least one claim, most-cited first, so the columns that matter come first. */
  sources: Source[];
  rows: MatrixRow[];
}

/** Lays claims against the sources their citations point at (the resolved original, else where the citation was recorded). */
export function buildClaimSourceMatrix(
  claims: readonly Claim[],
  citationsByClaim: ReadonlyMap<string, readonly Citation[]>,
  sources: ReadonlyMap<string, Source>,
): ClaimSourceMatrix {
  const claimsPerSource = new Map<string, number>();
  const rows = claims.map((claim): MatrixRow => {
    const citations = citationsByClaim.get(claim.id) ?? [];
    const cells: Record<string, MatrixCell> = {};
    for (const citation of citations) {
      const sourceId = citedSourceId(citation);
      const cell = (cells[sourceId] ??= { stance: citation.stance, supports: [], contradicts: [], context: [] });
      cell[citation.stance].push(citation.id);
    }
    for (const [sourceId, cell] of Object.entries(cells)) {
      cell.stance = cellStance(cell);
      claimsPerSource.set(sourceId, (claimsPerSource.get(sourceId) ?? 0) + 1);
    }
    return { claim, flags: claimFlags(claim, citations, sources), cells };
  });
  const columns = [...claimsPerSource.entries()]
    .flatMap(([id, count]) => {
      const source = sources.get(id);
      return source ? [{ source, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.source.title.localeCompare(b.source.title) || a.source.id.localeCompare(b.source.id))
    .map((c) => c.source);
  return { sources: columns, rows };
}

function cellStance(cell: MatrixCell): MatrixCell['stance'] {
  if (cell.supports.length > 0 && cell.contradicts.length > 0) return 'mixed';
  if (cell.contradicts.length > 0) return 'contradicts';
  if (cell.supports.length > 0) return 'supports';
  return 'context';
}
