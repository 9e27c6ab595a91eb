import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery, MAX_QUERY_LENGTH, MAX_QUERY_PIECES } from '../../../../shared/search/parse-query';

describe('parseQuery', () => {
  it('folds an English query into words', () => {
    const q = parseQuery('  Rare Éarth  ');
    expect(q.words).toEqual(['rare', 'earth']);
    expect(q.text).toBe('rare earth');
    expect(q.cjkRuns).toEqual([]);
  });

  it('keeps a Chinese run whole for highlighting and its pairs as terms', () => {
    const q = parseQuery('稀土出口');
    expect(q.cjkRuns).toEqual(['稀土出口']);
    expect(q.terms).toEqual(['稀土', '土出', '出口']);
  });

  it('handles a mixed query', () => {
    const q = parseQuery('lithium 中国 export');
    expect(q.words).toEqual(['lithium', 'export']);
    expect(q.cjkRuns).toEqual(['中国']);
    expect(q.text).toBe('lithium 中国 export');
  });

  it('leaves nothing to search for punctuation only', () => {
    expect(parseQuery('?!…——。，').text).toBe('');
    expect(parseQuery('').terms).toEqual([]);
  });

  it('takes inline filters out of the text', () => {
    const q = parseQuery('tag:"supply chain" kind:claims status:Disputed stance:contradicts magnets');
    expect(q.filters).toEqual({ tag: 'supply chain', kind: 'claim', status: 'disputed', stance: 'contradicts' });
    expect(q.text).toBe('magnets');
  });

  it('cuts very long queries and says so', () => {
    const long = parseQuery('word '.repeat(500));
    expect(long.truncated).toBe(true);
    expect(long.words.length).toBeLessThanOrEqual(MAX_QUERY_PIECES);
    const many = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(many.truncated).toBe(true);
    expect(many.words).toHaveLength(MAX_QUERY_PIECES);
    expect(parseQuery('x'.repeat(MAX_QUERY_LENGTH + 10)).truncated).toBe(true);
  });

  it('treats regex characters as text and never throws', () => {
    expect(parseQuery('.*+?^${}()|[]\\ rare(earth)').words).toEqual(['rare', 'earth']);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const q = parseQuery(s);
        return q.text.length <= MAX_QUERY_LENGTH && q.terms.every((t) => t.length > 0);
      }),
    );
  });
});
