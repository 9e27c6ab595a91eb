import { describe, expect, it } from 'vitest';
import { citationKey } from '../../../../../shared/claims/edit/citation-identity';
import { combineNotes, combineTags } from '../../../../../shared/claims/edit/claim-fields';
import { planMerge } from '../../../../../shared/claims/edit/plan-merge';
import { planSplit } from '../../../../../shared/claims/edit/plan-split';
import { citationRecord, claimRecord } from '../evidence/records';

const cite = (id: string, claimId: string, paragraph: number, extra = {}) =>
  citationRecord({ id, claimId, sourceId: 's', resolved: true, locator: { paragraph }, createdAt: `2025-01-0${paragraph}T00:00:00.000Z`, ...extra });

describe('planSplit', () => {
  const citations = [cite('a', 'c', 1), cite('b', 'c', 2), cite('d', 'c', 3)];

  it('gives each citation to the first part that names it, and copies it for later ones', () => {
    const plan = planSplit(citations, [
      { text: ' First  part ', citationIds: ['a', 'b'] },
      { text: 'Second part', citationIds: ['b', 'd', 'd'] },
    ]);
    expect(plan).toEqual([
      { text: 'First part', take: ['a', 'b'], copy: [] },
      { text: 'Second part', take: ['d'], copy: ['b'] },
    ]);
  });

  it('refuses a split that would lose a citation, name a foreign one, or leave a part empty', () => {
    expect(() => planSplit(citations, [{ text: 'x', citationIds: ['a'] }])).toThrow('at least two parts');
    expect(() => planSplit(citations, [{ text: 'x', citationIds: ['a'] }, { text: 'y', citationIds: ['b'] }])).toThrow(/in none: ¶3/u);
    expect(() => planSplit(citations, [{ text: 'x', citationIds: ['a', 'b', 'd'] }, { text: 'y', citationIds: ['zz'] }])).toThrow("Part 2 names a citation that is not this claim's.");
    expect(() => planSplit(citations, [{ text: 'x', citationIds: ['a', 'b', 'd'] }, { text: '  ', citationIds: [] }])).toThrow('A claim needs some text.');
  });
});

describe('planMerge', () => {
  const keep = claimRecord({ id: 'k', text: 'China produces 70% of world output', tags: ['Supply'], note: 'From the summary.' });
  const dup = claimRecord({ id: 'm', text: "China's share of world output is 70%", tags: ['supply', 'China'], note: 'From the summary.' });

  it('combines citations with each piece of evidence once, preferring the kept claim’s rows', () => {
    const plan = planMerge(
      { claim: keep, citations: [cite('k1', 'k', 1)] },
      [{ claim: dup, citations: [cite('m1', 'm', 1), cite('m2', 'm', 2), cite('m3', 'm', 1, { stance: 'context' })] }],
    );
    expect([...plan.move].sort()).toEqual(['m2', 'm3']);
    expect(plan.drop).toEqual([{ id: 'm1', duplicateOf: 'k1' }]);
  });

  it('joins tags (case aside) and notes, and keeps a merged claim’s different wording', () => {
    const plan = planMerge({ claim: keep, citations: [] }, [{ claim: dup, citations: [] }]);
    expect(plan.tags).toEqual(['Supply', 'China']);
    expect(plan.note).toBe('From the summary.\n\nMerged claim: “China\'s share of world output is 70%”');
  });

  it('treats the same passage with another stance as other evidence', () => {
    expect(citationKey(cite('a', 'c', 1))).not.toBe(citationKey(cite('b', 'c', 1, { stance: 'contradicts' })));
    expect(citationKey(cite('a', 'c', 1))).toBe(citationKey(cite('b', 'other', 1)));
  });
});

describe('claim fields', () => {
  it('combines tags and notes without repeats or blanks', () => {
    expect(combineTags(['A', 'b'], ['a', 'C'])).toEqual(['A', 'b', 'C']);
    expect(combineNotes('one', ' ', 'one', 'two')).toBe('one\n\ntwo');
  });
});
