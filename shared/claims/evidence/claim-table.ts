import type { Claim, ClaimStatus } from '../../model';
import { measureKey } from '../quantities/measures';
import { subjectKey } from '../quantities/subjects';
import type { ClaimFlags } from './claim-flags';

/** One row of the claims table. */
export interface ClaimTableRow {
  claim: Claim;
  flags: ClaimFlags;
  citationCount: number;
  /** Every source the claim's citations point at (resolved original, else where recorded), and the claim's origin. */
  sourceIds: string[];
  /** The subjects and measures of its quantities, as written (first spelling of each). */
  subjects: string[];
  measures: string[];
  /** How many quantity conflicts the claim is part of. */
  conflictCount: number;
}

/** A flag the table can be filtered by. */
export type ClaimFlagName = 'unsupported' | 'disputed' | 'singleSource' | 'summaryOnly';

/** What the claims table is narrowed to; every filter given must hold. */
export interface ClaimTableFilters {
  status?: ClaimStatus | readonly ClaimStatus[];
  tag?: string;
  sourceId?: string;
  /** Matched as the cross-checks match: `U.S.` finds `US`, `中国` finds `China`. */
  subject?: string;
  /** Matched as the cross-checks match: `output` finds `production`. */
  measure?: string;
  flag?: ClaimFlagName;
  /** Words the claim's text or note contains, case aside. */
  text?: string;
  /** Only claims in at least one conflict. */
  conflicted?: boolean;
}

/** The column the claims table is sorted by. */
export type ClaimSortKey = 'order' | 'text' | 'status' | 'confidence' | 'updatedAt' | 'sources' | 'citations' | 'conflicts';

/** Sorting for the claims table. */
export interface ClaimTableSort {
  by: ClaimSortKey;
  direction: 'asc' | 'desc';
}

/** The rows every given filter allows, in their given order. */
export function filterClaimRows(rows: readonly ClaimTableRow[], filters: ClaimTableFilters): ClaimTableRow[] {
  const statuses = filters.status === undefined ? undefined : typeof filters.status === 'string' ? [filters.status] : filters.status;
  const tag = filters.tag?.toLocaleLowerCase();
  const subject = filters.subject === undefined ? undefined : subjectKey(filters.subject);
  const measure = filters.measure === undefined ? undefined : measureKey(filters.measure);
  const words = filters.text?.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (statuses === undefined || statuses.includes(row.claim.status)) &&
      (tag === undefined || row.claim.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
      (filters.sourceId === undefined || row.sourceIds.includes(filters.sourceId)) &&
      (subject === undefined || row.subjects.some((s) => subjectKey(s) === subject)) &&
      (measure === undefined || row.measures.some((m) => measureKey(m) === measure)) &&
      (filters.flag === undefined || row.flags[filters.flag]) &&
      (words === undefined || words === '' || `${row.claim.text}\n${row.claim.note}`.toLocaleLowerCase().includes(words)) &&
      (filters.conflicted !== true || row.conflictCount > 0),
  );
}

/** Statuses sort by how far a claim has come, not alphabetically. */
export const STATUS_RANK: Record<ClaimStatus, number> = { draft: 0, supported: 1, disputed: 2, retracted: 3 };

/** The rows sorted by one column; ties keep reading order (origin, then order), so the result is stable. */
export function sortClaimRows(rows: readonly ClaimTableRow[], sort: ClaimTableSort): ClaimTableRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const value = sortValue(sort.by);
  return [...rows].sort((a, b) => sign * compare(value(a), value(b)) || readingOrder(a, b));
}

function sortValue(by: ClaimSortKey): (row: ClaimTableRow) => number | string {
  switch (by) {
    case 'order':
      return (row) => row.claim.order;
    case 'text':
      return (row) => row.claim.text.toLocaleLowerCase();
    case 'status':
      return (row) => STATUS_RANK[row.claim.status];
    // A claim with no confidence set sorts below every claim that has one.
    case 'confidence':
      return (row) => row.claim.confidence ?? -1;
    case 'updatedAt':
      return (row) => row.claim.updatedAt;
    case 'sources':
      return (row) => row.flags.supportingSources;
    case 'citations':
      return (row) => row.citationCount;
    case 'conflicts':
      return (row) => row.conflictCount;
  }
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function readingOrder(a: ClaimTableRow, b: ClaimTableRow): number {
  return (a.claim.originSourceId ?? '').localeCompare(b.claim.originSourceId ?? '') || a.claim.order - b.claim.order || a.claim.id.localeCompare(b.claim.id);
}

/** The subjects and measures named by quantities, one spelling each (the first), for the table's filter menus. */
export function quantityLabels(claim: Claim): { subjects: string[]; measures: string[] } {
  const subjects = new Map<string, string>();
  const measures = new Map<string, string>();
  for (const q of claim.quantities) {
    if (q.subject !== undefined && !subjects.has(subjectKey(q.subject))) subjects.set(subjectKey(q.subject), q.subject);
    if (q.measure !== undefined && !measures.has(measureKey(q.measure))) measures.set(measureKey(q.measure), q.measure);
  }
  return { subjects: [...subjects.values()], measures: [...measures.values()] };
}
