import { describe, expect, it } from 'vitest';
import { reanchorBatch, type AnchoredItem } from '../../../../shared/anchoring/reanchor-batch';
import { describeRange } from '../../../../shared/anchoring/describe-range';

const V1 = [
  'Quarterly engineering report.',
  'Team Alpha reduced latency by twelve percent after moving the cache next to the database.',
  'Team Beta reduced latency by ten percent by batching requests.',
  'The review board will meet again in March to look at the budget for the next year.',
  'Hiring stays frozen until the summer.',
  'Office plants are watered on Fridays.',
].join('\n');

function item(id: string, passage: string): AnchoredItem {
  const start = V1.indexOf(passage);
  const d = describeRange(V1, start, start + passage.length, { sourceHash: 'v1' });
  return { id, selectors: [d.quote, d.position], sourceHash: d.sourceHash };
}

describe('reanchorBatch', () => {
  const items = [
    item('unchanged', 'Hiring stays frozen until the summer'),
    item('edited', 'The review board will meet again in March'),
    item('deleted', 'Team Alpha reduced latency by twelve percent'),
    item('gone', 'Office plants are watered on Fridays'),
  ];
  const V2 = V1.replace('\nOffice plants are watered on Fridays.', '')
    .replace('Team Alpha reduced latency by twelve percent after moving the cache next to the database.\n', '')
    .replace('will meet again in March', 'will meet again in early March');

  it('counts each outcome and keeps the items in order', () => {
    const report = reanchorBatch(V2, 'v2', items);
    expect(report.items.map((i) => [i.id, i.result.status])).toEqual([
      ['unchanged', 'exact'],
      ['edited', 'approximate'],
      ['deleted', 'drifted'],
      ['gone', 'orphaned'],
    ]);
    expect(report.totals).toEqual({ exact: 1, approximate: 1, drifted: 1, orphaned: 1 });
  });

  it('re-describes placed items on the new version and shows a diff for the ones to review', () => {
    const [unchanged, edited, deleted, gone] = reanchorBatch(V2, 'v2', items).items;
    expect(unchanged?.described?.sourceHash).toBe('v2');
    expect(unchanged?.diff).toBeUndefined();
    expect(edited?.described?.quote.exact).toBe('The review board will meet again in early March');
    expect(edited?.diff).toContainEqual({ op: 'insert', text: 'early ' });
    expect(deleted?.described).toBeUndefined();
    expect(deleted?.diff).toContainEqual({ op: 'delete', text: 'twelve' });
    expect(gone).toEqual({ id: 'gone', result: { status: 'orphaned', reason: 'quote-not-found' } });
  });

  it('places everything exactly on the version the selectors were made on', () => {
    expect(reanchorBatch(V1, 'v1', items).totals).toEqual({ exact: 4, approximate: 0, drifted: 0, orphaned: 0 });
  });
});
