import { describe, expect, it } from 'vitest';
import { anchor, ANCHOR_REASON_TEXT, type AnchorResult } from '../../../../shared/anchoring/anchor';
import { describeRange } from '../../../../shared/anchoring/describe-range';
import type { Selector } from '../../../../shared/model/claim';

function selectorsFor(text: string, passage: string, occurrence = 0): Selector[] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`fixture: "${passage}" not in text`);
  const d = describeRange(text, start, start + passage.length, { sourceHash: 'v1' });
  return [d.quote, d.position];
}

function placed(text: string, result: AnchorResult): string | undefined {
  return result.status === 'orphaned' ? undefined : text.slice(result.start, result.end);
}

const REPORT_V1 = [
  'Quarterly engineering report.',
  'Team Alpha reduced latency by twelve percent after moving the cache next to the database.',
  'Team Beta reduced latency by ten percent by batching requests.',
  'Both teams will present their results at the review in March.',
].join('\n');

describe('anchor: the cascade', () => {
  const passage = 'Both teams will present their results';

  it('uses the stored position when the text there is still the quote', () => {
    expect(anchor(REPORT_V1, selectorsFor(REPORT_V1, passage))).toEqual({
      status: 'exact', start: REPORT_V1.indexOf(passage), end: REPORT_V1.indexOf(passage) + passage.length, method: 'position',
    });
  });

  it('falls back to the exact quote when text above has moved it', () => {
    const v2 = `A new opening line.\n${REPORT_V1}`;
    const result = anchor(v2, selectorsFor(REPORT_V1, passage));
    expect(result).toMatchObject({ status: 'exact', method: 'quote', start: v2.indexOf(passage) });
  });

  it('falls back to the quote when the stored position is nonsense', () => {
    const [quote] = selectorsFor(REPORT_V1, passage);
    for (const position of [{ start: 1000, end: 1010 }, { start: -5, end: 3 }, { start: 9, end: 2 }, { start: 0, end: 10 }]) {
      const result = anchor(REPORT_V1, [quote as Selector, { type: 'TextPositionSelector', ...position }]);
      expect(result).toMatchObject({ status: 'exact', method: 'quote' });
    }
  });

  it('anchors fuzzily after a small edit inside the passage, and says so', () => {
    const v2 = REPORT_V1.replace('Both teams will present', 'Both teams shall present');
    const result = anchor(v2, selectorsFor(REPORT_V1, passage));
    expect(result.status).toBe('approximate');
    expect(placed(v2, result)).toBe('Both teams shall present their results');
  });

  it('orphans a quote that is nowhere in the text, keeping the reason', () => {
    const result = anchor(REPORT_V1, [{ type: 'TextQuoteSelector', exact: 'This text does not appear in the report at all, anywhere.' }]);
    expect(result).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
    expect(ANCHOR_REASON_TEXT[result.status === 'orphaned' ? result.reason : 'low-similarity']).toMatch(/Nothing like/);
  });

  it('orphans what has no usable selector', () => {
    expect(anchor(REPORT_V1, [])).toEqual({ status: 'orphaned', reason: 'no-text-selector' });
    expect(anchor(REPORT_V1, [{ type: 'TextQuoteSelector', exact: '' }])).toEqual({ status: 'orphaned', reason: 'empty-quote' });
    expect(anchor(REPORT_V1, [{ type: 'TextPositionSelector', start: 5, end: 99_999 }])).toEqual({ status: 'orphaned', reason: 'position-out-of-range' });
  });

  it('trusts a bare position only on the very version it was made on', () => {
    const position: Selector = { type: 'TextPositionSelector', start: 0, end: 9 };
    expect(anchor(REPORT_V1, [position], { selectorHash: 'v1', textHash: 'v1' })).toEqual({ status: 'exact', start: 0, end: 9, method: 'position' });
    expect(anchor(REPORT_V1, [position], { selectorHash: 'v1', textHash: 'v2' })).toMatchObject({ status: 'drifted', reason: 'position-unverified' });
    expect(anchor(REPORT_V1, [position])).toMatchObject({ status: 'drifted', reason: 'position-unverified' });
  });
});

describe('anchor: never moves silently', () => {
  it('does not move a note on a deleted sentence to a look-alike with other numbers', () => {
    const selectors = selectorsFor(REPORT_V1, 'Team Alpha reduced latency by twelve percent');
    const v2 = REPORT_V1.replace('Team Alpha reduced latency by twelve percent after moving the cache next to the database.\n', '');
    const result = anchor(v2, selectors);
    expect(['orphaned', 'drifted']).toContain(result.status);
    if (result.status === 'drifted') {
      expect(placed(v2, result)).toContain('Team Beta');
      expect(result.reason).toBe('numbers-changed');
    }
  });

  it('does not move it even when the look-alike stands in exactly the same place and context', () => {
    const text = 'Summary. Team Alpha reduced latency by twelve percent this quarter.';
    const selectors = selectorsFor(text, 'Team Alpha reduced latency by twelve percent');
    const v2 = 'Summary. Team Beta reduced latency by ten percent this quarter.';
    expect(anchor(v2, selectors)).toMatchObject({ status: 'drifted', reason: 'numbers-changed' });
  });

  it('accepts a passage whose number is only spelt differently', () => {
    const text = 'Summary. Team Alpha reduced latency by twelve percent this quarter.';
    const v2 = 'Summary. Team Alpha reduced latency by 12 percent this quarter.';
    expect(anchor(v2, selectorsFor(text, 'Team Alpha reduced latency by twelve percent')).status).toBe('approximate');
  });

  it('reports a heavily rewritten passage as drifted rather than placing it', () => {
    const text = 'Intro. The board approved the new budget for the coming year after a long debate. Outro.';
    const v2 = 'Intro. The board rejected the old budget of the past year after a short chat. Outro.';
    const result = anchor(v2, selectorsFor(text, 'The board approved the new budget for the coming year after a long debate'));
    expect(result).toMatchObject({ status: 'drifted', reason: 'low-similarity' });
  });

  it('does not take a short quote found again in unrelated surroundings for the same passage', () => {
    const text = 'The committee met on Monday. Revenue rose 12% in the first quarter, driven by exports. Costs were flat.';
    const selectors = selectorsFor(text, 'rose 12%');
    const v2 = 'The committee met on Monday. Costs were flat. Separately, the index of household debt rose 12% last year.';
    expect(anchor(v2, selectors)).toMatchObject({ status: 'drifted', reason: 'context-changed' });
  });
});

describe('anchor: repeated quotes, CJK and emoji', () => {
  const repeated = 'Chapter one. The results were clear. The method was new. Chapter two. The results were clear. The cost was high.';

  it('tells repeated quotes apart by their prefix and suffix after the text shifts', () => {
    const selectors = selectorsFor(repeated, 'The results were clear', 1);
    const v2 = `Preface added in the second edition.\n${repeated}`;
    const result = anchor(v2, selectors);
    expect(result).toMatchObject({ status: 'exact', method: 'quote', start: v2.lastIndexOf('The results were clear') });
  });

  it('tells them apart even when the stored position now holds the other occurrence', () => {
    const selectors = selectorsFor(repeated, 'The results were clear', 1);
    const first = repeated.indexOf('The results were clear');
    const second = repeated.lastIndexOf('The results were clear');
    // Text inserted at the top pushes the first occurrence exactly onto the second's old position.
    const inserted = 'A foreword by the editors. '.repeat(4).slice(0, second - first);
    const v2 = inserted + repeated;
    expect(v2.indexOf('The results were clear')).toBe(second);
    const result = anchor(v2, selectors);
    expect(result).toMatchObject({ status: 'exact', method: 'quote', start: inserted.length + second });
  });

  it('follows a passage edited in place rather than jump to an identical copy elsewhere', () => {
    const boilerplate = 'Figures are provisional and will be revised when the audited accounts are published.';
    const text = `Sales rose. ${boilerplate} Costs fell. ${boilerplate} Staff grew. ${boilerplate} Done.`;
    const second = text.indexOf(boilerplate, text.indexOf(boilerplate) + 1);
    const d = describeRange(text, second + 12, second + 60, { sourceHash: 'v1' });
    const v2 = text.slice(0, second) + boilerplate.replace('will be revised', 'will be corrected') + text.slice(second + boilerplate.length);
    const result = anchor(v2, [d.quote, d.position]);
    expect(result.status).toBe('approximate');
    expect(result.status === 'approximate' && result.start).toBe(second + 12);
  });

  const chinese = '稀土协议的要点如下。中国拥有约4400万吨储量，占全球总量的百分之四十，产量为27万吨。各方将在三月复核。';

  it('anchors Chinese text exactly and fuzzily', () => {
    const selectors = selectorsFor(chinese, '中国拥有约4400万吨储量，占全球总量的百分之四十');
    const shifted = `新增的导语。${chinese}`;
    expect(anchor(shifted, selectors)).toMatchObject({ status: 'exact', method: 'quote' });
    const edited = shifted.replace('中国拥有约', '中国拥有大约');
    expect(anchor(edited, selectors).status).toBe('approximate');
    const renumbered = shifted.replace('百分之四十', '百分之三十');
    expect(anchor(renumbered, selectors)).toMatchObject({ status: 'drifted', reason: 'numbers-changed' });
  });

  it('anchors around emoji (surrogate pairs) without splitting them', () => {
    const text = 'Launch day 🚀🚀 went well 👍 and the team celebrated 🎉 with cake.';
    const passage = '🚀 went well 👍 and the team';
    const selectors = selectorsFor(text, passage);
    const v2 = `Note 📝: ${text.replace('and the team', 'and our team')}`;
    const result = anchor(v2, selectors);
    expect(result.status).toBe('approximate');
    const slice = placed(v2, result) ?? '';
    expect(slice).toContain('went well 👍 and our team');
    expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/u.test(slice)).toBe(false);
  });
});
