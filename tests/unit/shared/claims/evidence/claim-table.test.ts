import { describe, expect, it } from 'vitest';
import { filterClaimRows, quantityLabels, sortClaimRows, type ClaimTableRow } from '../../../../../shared/claims/evidence/claim-table';
import { quantitiesForClaim } from '../../../../../shared/claims/edit/claim-quantities';
import type { Claim } from '../../../../../shared/model';
import { claimRecord } from './records';

const NO_FLAGS = { unsupported: false, disputed: false, singleSource: false, summaryOnly: false, supportingSources: 1 };

function row(claim: Claim, extra: Partial<ClaimTableRow> = {}): ClaimTableRow {
  return { claim, flags: NO_FLAGS, citationCount: 1, sourceIds: ['s1'], ...quantityLabels(claim), conflictCount: 0, ...extra };
}

const china = row(claimRecord({ id: 'a', order: 2, text: "China produces 70% of the world's output", quantities: quantitiesForClaim("China produces 70% of the world's output"), tags: ['Supply'], confidence: 0.4 }));
const us = row(claimRecord({ id: 'b', order: 1, status: 'supported', text: 'U.S. output rose to 45,000 tons', quantities: quantitiesForClaim('U.S. output rose to 45,000 tons'), confidence: 0.9 }), {
  sourceIds: ['s2'],
  flags: { ...NO_FLAGS, unsupported: true },
  conflictCount: 2,
});
const plain = row(claimRecord({ id: 'c', order: 0, status: 'retracted', text: 'Japan leads in refining technology', note: 'see the deep-sea trials' }));
const rows = [china, us, plain];

describe('claims table', () => {
  it('lists the subjects and measures of a claim’s figures once each', () => {
    expect(china.subjects).toEqual(['China']);
    expect(china.measures).toEqual(['share of world output']);
    expect(us.subjects).toEqual(['US']);
  });

  it('filters by status, tag, source, flag, conflicts and words', () => {
    const ids = (filtered: ClaimTableRow[]) => filtered.map((r) => r.claim.id);
    expect(ids(filterClaimRows(rows, { status: 'supported' }))).toEqual(['b']);
    expect(ids(filterClaimRows(rows, { status: ['draft', 'retracted'] }))).toEqual(['a', 'c']);
    expect(ids(filterClaimRows(rows, { tag: 'supply' }))).toEqual(['a']);
    expect(ids(filterClaimRows(rows, { sourceId: 's2' }))).toEqual(['b']);
    expect(ids(filterClaimRows(rows, { flag: 'unsupported' }))).toEqual(['b']);
    expect(ids(filterClaimRows(rows, { conflicted: true }))).toEqual(['b']);
    expect(ids(filterClaimRows(rows, { text: 'DEEP-SEA' }))).toEqual(['c']);
    expect(ids(filterClaimRows(rows, {}))).toEqual(['a', 'b', 'c']);
  });

  it('matches subject and measure as the cross-checks do', () => {
    const ids = (filtered: ClaimTableRow[]) => filtered.map((r) => r.claim.id);
    expect(ids(filterClaimRows(rows, { subject: '中国' }))).toEqual(['a']);
    expect(ids(filterClaimRows(rows, { subject: 'United States' }))).toEqual(['b']);
    expect(ids(filterClaimRows(rows, { measure: 'share of the global production' }))).toEqual(['a']);
  });

  it('sorts by any column, ties in reading order', () => {
    const ids = (sorted: ClaimTableRow[]) => sorted.map((r) => r.claim.id);
    expect(ids(sortClaimRows(rows, { by: 'order', direction: 'asc' }))).toEqual(['c', 'b', 'a']);
    expect(ids(sortClaimRows(rows, { by: 'confidence', direction: 'desc' }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortClaimRows(rows, { by: 'status', direction: 'asc' }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortClaimRows(rows, { by: 'text', direction: 'asc' }))).toEqual(['a', 'c', 'b']);
    expect(ids(sortClaimRows(rows, { by: 'conflicts', direction: 'desc' }))).toEqual(['b', 'c', 'a']);
  });
});
