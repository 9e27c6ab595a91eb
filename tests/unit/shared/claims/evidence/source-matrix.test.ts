import { describe, expect, it } from 'vitest';
import { buildClaimSourceMatrix } from '../../../../../shared/claims/evidence/source-matrix';
import { citationRecord, claimRecord, sourceMapOf, sourceRecord } from './records';

describe('buildClaimSourceMatrix', () => {
  const sources = sourceMapOf(sourceRecord({ id: 'summary', title: 'Summary' }), sourceRecord({ id: 'usgs', title: 'USGS' }), sourceRecord({ id: 'iea', title: 'IEA' }));
  const claims = [claimRecord({ id: 'one' }), claimRecord({ id: 'two' }), claimRecord({ id: 'three' })];
  const citations = new Map([
    ['one', [
      citationRecord({ id: 'c1', claimId: 'one', sourceId: 'summary', resolvedSourceId: 'usgs', resolved: true, locator: { markerNumber: 8, paragraph: 8 } }),
      citationRecord({ id: 'c2', claimId: 'one', sourceId: 'iea', stance: 'contradicts', resolved: true, locator: { paragraph: 2 } }),
      citationRecord({ id: 'c3', claimId: 'one', sourceId: 'iea', stance: 'supports', resolved: true, locator: { paragraph: 3 } }),
    ]],
    ['two', [citationRecord({ id: 'c4', claimId: 'two', sourceId: 'summary', locator: { markerNumber: 4 } })]],
    ['three', [citationRecord({ id: 'c5', claimId: 'three', sourceId: 'usgs', stance: 'context', resolved: true, locator: { paragraph: 1 } })]],
  ]);
  const matrix = buildClaimSourceMatrix(claims, citations, sources);

  it('puts each citation in the column of the source it points at, by stance', () => {
    const [one, two, three] = matrix.rows;
    expect(Object.keys(one!.cells).sort()).toEqual(['iea', 'usgs']);
    expect(one!.cells['usgs']).toEqual({ stance: 'supports', supports: ['c1'], contradicts: [], context: [] });
    expect(one!.cells['iea']).toEqual({ stance: 'mixed', supports: ['c3'], contradicts: ['c2'], context: [] });
    expect(two!.cells['summary']).toMatchObject({ stance: 'supports', supports: ['c4'] });
    expect(three!.cells['usgs']).toMatchObject({ stance: 'context', context: ['c5'] });
  });

  it('orders columns by how many claims cite them', () => {
    expect(matrix.sources.map((s) => s.id)).toEqual(['usgs', 'iea', 'summary']);
  });

  it('marks claims that rest on one source, or only on a summary', () => {
    const [one, two, three] = matrix.rows;
    expect(one!.flags).toMatchObject({ singleSource: false, disputed: true, summaryOnly: false });
    expect(two!.flags).toMatchObject({ singleSource: true, summaryOnly: true, unsupported: true });
    expect(three!.flags).toMatchObject({ singleSource: false, unsupported: true });
  });
});
