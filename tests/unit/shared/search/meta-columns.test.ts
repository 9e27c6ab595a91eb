import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetaColumns, StringTable, dateNumber } from '../../../../shared/search/meta-columns';
import type { SearchMeta } from '../../../../shared/search/search-document';

describe('MetaColumns', () => {
  it('gives back what it was given, with dates cut to the day, and shares repeated strings', () => {
    const strings = new StringTable();
    const columns = new MetaColumns(strings);
    const claim: SearchMeta = { kind: 'claim', id: 'c1', label: '中国稀土储量', sourceIds: ['s1', 's2'], tags: ['Magnets', 'zh'], date: '2025-10-30T08:00:00.000Z', status: 'disputed', stances: ['supports', 'contradicts'] };
    const source: SearchMeta = { kind: 'source', id: 's1', label: 'Seed', sourceIds: ['s1'], tags: ['zh'] };
    columns.set(0, claim);
    columns.set(1, source);
    expect(columns.meta('claim', 'c1', 0)).toEqual({ ...claim, date: '2025-10-30' });
    expect(columns.meta('source', 's1', 1)).toEqual(source);
    expect(strings.list).toEqual(['s1', 's2', 'Magnets', 'zh']);
    columns.clear(0);
    expect(columns.meta('claim', 'c1', 0)).toEqual({ kind: 'claim', id: 'c1', label: '', sourceIds: [], tags: [], stances: [] });
    const back = MetaColumns.fromData(JSON.parse(JSON.stringify(columns.toData())), new StringTable(JSON.parse(JSON.stringify(strings.list))));
    expect(back.meta('source', 's1', 1)).toEqual(source);
  });

  it('orders dates as their numbers', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (a, b) => {
        const [x, y] = [a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)];
        expect(Math.sign(dateNumber(x) - dateNumber(y))).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
    expect(dateNumber('not a date')).toBe(0);
  });
});
