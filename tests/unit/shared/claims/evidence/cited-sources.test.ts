import { describe, expect, it } from 'vitest';
import { citedSourceCount } from '../../../../../shared/claims/evidence/cited-sources';
import { claimFacts } from '../../../../../shared/claims/evidence/claim-facts';
import { citationRecord, claimRecord, sourceMapOf, sourceRecord } from './records';

describe('citedSourceCount', () => {
  const sources = sourceMapOf(sourceRecord({ id: 'summary' }), sourceRecord({ id: 'a' }), sourceRecord({ id: 'b' }), sourceRecord({ id: 'a2', previousVersionId: 'a' }));

  it('counts a claim cited in two sources as two, whatever the stance', () => {
    const citations = [citationRecord({ id: '1', claimId: 'c', sourceId: 'a', resolved: true }), citationRecord({ id: '2', claimId: 'c', sourceId: 'b', stance: 'context', resolved: true })];
    expect(citedSourceCount(citations, sources)).toBe(2);
    expect(claimFacts(claimRecord({ id: 'c' }), citations, sources).citedSources).toBe(2);
  });

  it('counts the two works a summary names with [2][15] as two while both markers are unresolved', () => {
    const citations = [
      citationRecord({ id: '1', claimId: 'c', sourceId: 'summary', locator: { marker: '[2]', markerNumber: 2 } }),
      citationRecord({ id: '2', claimId: 'c', sourceId: 'summary', locator: { marker: '[15]', markerNumber: 15 } }),
    ];
    expect(citedSourceCount(citations, sources)).toBe(2);
    const facts = claimFacts(claimRecord({ id: 'c' }), citations, sources);
    expect(facts.citedSources).toBe(2);
    expect(facts.bySources[0]).toBe(2);
  });

  it('counts versions of one document and repeated passages of one source once', () => {
    const citations = [
      citationRecord({ id: '1', claimId: 'c', sourceId: 'a', resolved: true, locator: { paragraph: 1 } }),
      citationRecord({ id: '2', claimId: 'c', sourceId: 'a', resolved: true, locator: { paragraph: 4 } }),
      citationRecord({ id: '3', claimId: 'c', sourceId: 'a2', resolved: true, locator: { paragraph: 2 } }),
    ];
    expect(citedSourceCount(citations, sources)).toBe(1);
  });
});
