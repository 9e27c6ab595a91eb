import { describe, expect, it } from 'vitest';
import { claimFlags, firstVersionId } from '../../../../../shared/claims/evidence/claim-flags';
import { citationRecord, claimRecord, sourceMapOf, sourceRecord } from './records';

const claim = claimRecord({ id: 'c' });
const summary = sourceRecord({ id: 'summary', kind: 'clipping' });
const original = sourceRecord({ id: 'original' });
const other = sourceRecord({ id: 'other' });
const sources = sourceMapOf(summary, original, other);
const marker = (id: string, n: number) => citationRecord({ id, claimId: 'c', sourceId: 'summary', locator: { marker: `[${n}]`, markerNumber: n } });
const resolvedMarker = (id: string, n: number) => ({ ...marker(id, n), resolvedSourceId: 'original', resolved: true, locator: { marker: `[${n}]`, markerNumber: n, paragraph: n } });

describe('claimFlags', () => {
  it('marks a claim with no citations unsupported, and nothing else', () => {
    expect(claimFlags(claim, [], sources)).toEqual({ unsupported: true, disputed: false, singleSource: false, summaryOnly: false, supportingSources: 0 });
  });

  it("marks a summary's unresolved markers as unsupported, summary-only and single-source", () => {
    expect(claimFlags(claim, [marker('a', 2), marker('b', 15)], sources)).toEqual({
      unsupported: true,
      disputed: false,
      singleSource: true,
      summaryOnly: true,
      supportingSources: 1,
    });
  });

  it('counts markers resolved against one original as supported by that one source', () => {
    const flags = claimFlags(claim, [resolvedMarker('a', 2), resolvedMarker('b', 15)], sources);
    expect(flags).toMatchObject({ unsupported: false, summaryOnly: false, singleSource: true, supportingSources: 1 });
  });

  it('is summary-only only when every supporting citation is an unresolved marker', () => {
    const flags = claimFlags(claim, [marker('a', 2), resolvedMarker('b', 15)], sources);
    expect(flags.summaryOnly).toBe(false);
    expect(flags.unsupported).toBe(false);
  });

  it('marks a contradicting citation as disputed, and does not count it as support', () => {
    const against = citationRecord({ id: 'x', claimId: 'c', sourceId: 'other', stance: 'contradicts', resolved: true, locator: { paragraph: 1 } });
    const flags = claimFlags(claim, [resolvedMarker('a', 2), against], sources);
    expect(flags).toMatchObject({ disputed: true, unsupported: false, singleSource: true, supportingSources: 1 });
  });

  it('does not count context as support', () => {
    const context = citationRecord({ id: 'x', claimId: 'c', sourceId: 'other', stance: 'context', resolved: true, locator: { paragraph: 1 } });
    expect(claimFlags(claim, [context], sources)).toMatchObject({ unsupported: true, singleSource: false, supportingSources: 0 });
  });

  it('is no longer single-source once a second source supports it', () => {
    const second = citationRecord({ id: 'x', claimId: 'c', sourceId: 'other', resolved: true, locator: { paragraph: 1 } });
    expect(claimFlags(claim, [resolvedMarker('a', 2), second], sources)).toMatchObject({ singleSource: false, supportingSources: 2 });
  });

  it('counts two versions of one document as one source', () => {
    const v2 = sourceRecord({ id: 'original-v2', previousVersionId: 'original' });
    const both = sourceMapOf(summary, original, v2);
    const citations = [
      citationRecord({ id: 'a', claimId: 'c', sourceId: 'original', resolved: true, locator: { paragraph: 1 } }),
      citationRecord({ id: 'b', claimId: 'c', sourceId: 'original-v2', resolved: true, locator: { paragraph: 1 } }),
    ];
    expect(claimFlags(claim, citations, both)).toMatchObject({ singleSource: true, supportingSources: 1 });
    expect(firstVersionId('original-v2', both)).toBe('original');
  });

  it('stops on a damaged cycle of versions', () => {
    const a = sourceRecord({ id: 'a', previousVersionId: 'b' });
    const b = sourceRecord({ id: 'b', previousVersionId: 'a' });
    expect(['a', 'b']).toContain(firstVersionId('a', sourceMapOf(a, b)));
  });

  it("ignores other claims' citations in the list", () => {
    const foreign = citationRecord({ id: 'x', claimId: 'other-claim', sourceId: 'other', stance: 'contradicts', resolved: true, locator: { paragraph: 1 } });
    expect(claimFlags(claim, [foreign], sources)).toMatchObject({ disputed: false, unsupported: true });
  });
});
