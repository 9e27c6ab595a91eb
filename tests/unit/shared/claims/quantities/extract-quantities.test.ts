import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../../shared/ingest/parse-plain-text';
import { extractSummaryClaims } from '../../../../../shared/claims/extract-summary-claims';
import { extractQuantities } from '../../../../../shared/claims/quantities/extract-quantities';
import type { ExtractedQuantity } from '../../../../../shared/claims/quantities/quantity';
import { readSharedText } from '../../fixture-paths';

const SEED = readSharedText('fixtures/seed-summary-rare-earths.txt');

/** The fields a test usually cares about, so expectations stay readable. */
function brief(q: ExtractedQuantity | undefined) {
  if (!q) return undefined;
  return {
    kind: q.kind,
    value: q.value,
    ...(q.high === undefined ? {} : { high: q.high }),
    unit: q.unit,
    normalized: q.normalized,
    approx: q.approx,
    ...(q.bound === undefined ? {} : { bound: q.bound }),
    ...(q.subject === undefined ? {} : { subject: q.subject }),
    ...(q.measure === undefined ? {} : { measure: q.measure }),
    ...(q.period === undefined ? {} : { period: q.period }),
  };
}

const only = (text: string) => {
  const found = extractQuantities(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('extractQuantities on the seed fixture', () => {
  const doc = parsePlainText(SEED, 'seed.txt');
  const claims = extractSummaryClaims(doc.text, doc.blocks);
  const perClaim = claims.map((c) => extractQuantities(c.text));

  it('finds the ten quantities of the seed, in the claims that hold them', () => {
    expect(perClaim.map((qs) => qs.map((q) => q.text))).toEqual([
      [],
      [],
      [],
      ['within six months', 'within 180 days'],
      ['approximately 44 million tons', '40%', '270,000 tons', '70%'],
      ['Over 90%', '89%'],
      ['over 0.1%'],
      [],
      [],
      ['by 2027'],
    ]);
  });

  it('reads China\'s reserves, production and shares', () => {
    const [reserves, reservesShare, production, productionShare] = perClaim[4] ?? [];
    expect(brief(reserves)).toEqual({
      kind: 'amount', value: 44, unit: 'million tons', normalized: { value: 44_000_000, unit: 't' },
      approx: true, subject: 'China', measure: 'reserves',
    });
    expect(brief(reservesShare)).toEqual({
      kind: 'amount', value: 40, unit: '%', normalized: { value: 40, unit: '%' },
      approx: false, subject: 'China', measure: 'share of global reserves',
    });
    expect(brief(production)).toEqual({
      kind: 'amount', value: 270_000, unit: 'tons', normalized: { value: 270_000, unit: 't' },
      approx: false, subject: 'China', measure: 'production',
    });
    expect(brief(productionShare)).toEqual({
      kind: 'amount', value: 70, unit: '%', normalized: { value: 70, unit: '%' },
      approx: false, subject: 'China', measure: 'share of world output',
    });
  });

  it('reads refining as a bound and magnets as a share of supply', () => {
    const [refining, magnets] = perClaim[5] ?? [];
    expect(brief(refining)).toEqual({
      kind: 'amount', value: 90, unit: '%', normalized: { value: 90, unit: '%' },
      approx: false, bound: 'over', subject: 'China', measure: 'share of refining',
    });
    expect(brief(magnets)).toMatchObject({ value: 89, unit: '%', subject: 'China' });
    expect(magnets?.bound).toBeUndefined();
    expect(magnets?.measure).toBe('share of global supply of neodymium-iron-boron magnets');
  });

  it('reads the export-licence threshold as a bound', () => {
    expect(brief(perClaim[6]?.[0])).toEqual({
      kind: 'amount', value: 0.1, unit: '%', normalized: { value: 0.1, unit: '%' },
      approx: false, bound: 'over', subject: 'China', measure: 'export licenses threshold',
    });
  });

  it('reads the deadlines as durations within a bound, and six months as 180 days', () => {
    const [months, days] = perClaim[3] ?? [];
    expect(brief(months)).toEqual({ kind: 'amount', value: 6, unit: 'months', normalized: { value: 180, unit: 'd' }, approx: false, bound: 'within' });
    expect(brief(days)).toEqual({ kind: 'amount', value: 180, unit: 'days', normalized: { value: 180, unit: 'd' }, approx: false, bound: 'within' });
  });

  it('reads 2027 as a date with a deadline, not an amount', () => {
    expect(brief(perClaim[9]?.[0])).toEqual({
      kind: 'date', value: 2027, unit: '', normalized: { value: 2027, unit: 'calendar year' },
      approx: false, bound: 'by', subject: 'US', period: '2027',
    });
  });

  it('finds the same ten in the raw clipping, ignoring markers, the byline date and headings', () => {
    const raw = extractQuantities(SEED);
    expect(raw.map((q) => q.text)).toEqual(perClaim.flat().map((q) => q.text));
    expect(raw.map((q) => q.subject)).toEqual(perClaim.flat().map((q) => q.subject));
    for (const q of raw) expect(SEED.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('extractQuantities in Chinese', () => {
  it('reads the seed claim written in Chinese the same way as in English', () => {
    const found = extractQuantities('中国稀土储量约4400万吨，占全球总量的40%，产量27万吨，占世界产量的70%。');
    expect(found.map(brief)).toEqual([
      { kind: 'amount', value: 4400, unit: '万吨', normalized: { value: 44_000_000, unit: 't' }, approx: true, subject: 'China', measure: 'reserves' },
      { kind: 'amount', value: 40, unit: '%', normalized: { value: 40, unit: '%' }, approx: false, subject: 'China', measure: 'share of global reserves' },
      { kind: 'amount', value: 27, unit: '万吨', normalized: { value: 270_000, unit: 't' }, approx: false, subject: 'China', measure: 'output' },
      { kind: 'amount', value: 70, unit: '%', normalized: { value: 70, unit: '%' }, approx: false, subject: 'China', measure: 'share of world output' },
    ]);
  });

  it('reads Chinese numerals with their units', () => {
    expect(brief(only('百分之七十'))).toMatchObject({ value: 70, unit: '百分之', normalized: { value: 70, unit: '%' } });
    expect(brief(only('储量四千四百万吨'))).toMatchObject({ value: 4400, unit: '万吨', normalized: { value: 44_000_000, unit: 't' } });
    expect(brief(only('约1.1亿吨'))).toMatchObject({ value: 1.1, unit: '亿吨', normalized: { value: 110_000_000, unit: 't' }, approx: true });
    expect(brief(only('两年'))).toMatchObject({ value: 2, unit: '年', normalized: { value: 730, unit: 'd' } });
    expect(brief(only('近七成'))).toMatchObject({ value: 7, unit: '成', normalized: { value: 70, unit: '%' }, approx: true });
    expect(brief(only('一亿五千万吨'))).toMatchObject({ value: 150_000_000, unit: '吨', normalized: { value: 150_000_000, unit: 't' } });
  });

  it('reads Chinese qualifiers before and after the number', () => {
    expect(brief(only('中国控制全球90%以上的稀土精炼'))).toMatchObject({ value: 90, bound: 'over', subject: 'China', measure: 'share of global refining' });
    expect(brief(only('超过0.1%'))).toMatchObject({ value: 0.1, bound: 'over' });
    expect(brief(only('不到10%'))).toMatchObject({ value: 10, bound: 'under' });
    expect(brief(only('不超过10%'))).toMatchObject({ value: 10, bound: 'under' });
    expect(brief(only('4400万吨左右'))).toMatchObject({ value: 4400, approx: true });
    expect(brief(only('4400多万吨'))).toMatchObject({ value: 4400, bound: 'over', normalized: { value: 44_000_000, unit: 't' } });
    expect(brief(only('六个月内'))).toMatchObject({ value: 6, unit: '个月', bound: 'within', normalized: { value: 180, unit: 'd' } });
    expect(brief(only('180天内'))).toMatchObject({ value: 180, unit: '天', bound: 'within' });
  });

  it('reads Chinese years as dates, with 前 and 到 as deadlines', () => {
    expect(brief(only('美国计划到2027年建立完整供应链'))).toEqual({
      kind: 'date', value: 2027, unit: '年', normalized: { value: 2027, unit: 'calendar year' }, approx: false, bound: 'by', subject: 'US', period: '2027',
    });
    expect(brief(only('二〇二七年前'))).toMatchObject({ kind: 'date', value: 2027, bound: 'by' });
    expect(brief(only('2027年底前'))).toMatchObject({ kind: 'date', value: 2027, bound: 'by' });
    expect(extractQuantities('2025年10月30日').map(brief)).toEqual([
      { kind: 'date', value: 2025, unit: '年', normalized: { value: 2025, unit: 'calendar year' }, approx: false, period: '2025' },
    ]);
  });

  it('reads Chinese currencies', () => {
    expect(brief(only('投资100亿美元'))).toMatchObject({ value: 100, unit: '亿美元', normalized: { value: 1e10, unit: 'USD' }, measure: 'investment' });
    expect(brief(only('人民币100亿元'))).toMatchObject({ value: 100, unit: '亿元', normalized: { value: 1e10, unit: 'CNY' } });
    expect(brief(only('500元'))).toMatchObject({ normalized: { value: 500, unit: 'CNY' } });
  });

  it('reads full-width digits and percent signs', () => {
    const q = only('占全球产量的７０％');
    expect(brief(q)).toMatchObject({ value: 70, unit: '%', measure: 'share of global output' });
    expect(q?.text).toBe('７０％');
  });

  it('does not read ordinals, words that contain numerals, or 三成为 as quantities', () => {
    expect(extractQuantities('第一年，统一管理，一些国家')).toEqual([]);
    expect(extractQuantities('三成为')).toEqual([]);
  });
});

describe('extractQuantities in English', () => {
  it('reads number words and scale words', () => {
    expect(brief(only('six months'))).toMatchObject({ value: 6, unit: 'months', normalized: { value: 180, unit: 'd' } });
    expect(brief(only('forty-four million tons'))).toMatchObject({ value: 44, unit: 'million tons', normalized: { value: 44e6, unit: 't' } });
    expect(brief(only('a million tonnes'))).toMatchObject({ value: 1, unit: 'million tonnes', normalized: { value: 1e6, unit: 't' } });
    expect(brief(only('two hundred and fifty thousand tons'))).toMatchObject({ value: 250, unit: 'thousand tons', normalized: { value: 250_000, unit: 't' } });
    expect(brief(only('seventy percent'))).toMatchObject({ value: 70, normalized: { value: 70, unit: '%' } });
    expect(brief(only('a 10-year plan'))).toMatchObject({ value: 10, unit: 'year', normalized: { value: 3650, unit: 'd' } });
  });

  it('reads mass units and symbols', () => {
    expect(only('270 kt')?.normalized).toEqual({ value: 270_000, unit: 't' });
    expect(only('44 Mt')?.normalized).toEqual({ value: 44e6, unit: 't' });
    expect(only('44 million metric tons')?.normalized).toEqual({ value: 44e6, unit: 't' });
    expect(only('5 t of ore')?.normalized).toEqual({ value: 5, unit: 't' });
    expect(extractQuantities('from 5 to 7')).toEqual([]);
  });

  it('reads currencies before and after the number, without converting them', () => {
    expect(brief(only('$1.5 billion'))).toMatchObject({ value: 1.5, unit: 'billion $', normalized: { value: 1.5e9, unit: 'USD' } });
    expect(brief(only('US$200 million'))).toMatchObject({ normalized: { value: 2e8, unit: 'USD' } });
    expect(brief(only('€3 bn'))).toMatchObject({ normalized: { value: 3e9, unit: 'EUR' } });
    expect(brief(only('¥500'))).toMatchObject({ normalized: { value: 500, unit: '¥' } });
    expect(brief(only('500 yuan'))).toMatchObject({ normalized: { value: 500, unit: 'CNY' } });
    expect(brief(only('12 USD'))).toMatchObject({ normalized: { value: 12, unit: 'USD' } });
  });

  it('reads approximations and bounds', () => {
    expect(only('about 44 million tons')?.approx).toBe(true);
    expect(only('around 40%')?.approx).toBe(true);
    expect(only('~40%')?.approx).toBe(true);
    expect(only('nearly 40%')?.approx).toBe(true);
    expect(only('more than 90%')?.bound).toBe('over');
    expect(only('at least 90%')?.bound).toBe('over');
    expect(only('90% or more')?.bound).toBe('over');
    expect(only('less than 10%')?.bound).toBe('under');
    expect(only('no more than 10%')?.bound).toBe('under');
    expect(only('under 10%')?.bound).toBe('under');
    expect(only('within six months')?.bound).toBe('within');
    expect(only('by 2027')?.bound).toBe('by');
    expect(only('before 2030')?.bound).toBe('by');
    expect(brief(only('in 2024'))).toMatchObject({ kind: 'date', value: 2024 });
    expect(only('in 2024')?.bound).toBeUndefined();
  });

  it('keeps the words of a qualifier in the mention, and only qualifiers that fit', () => {
    expect(only('Over 90% of refining')?.text).toBe('Over 90%');
    expect(only('moreover 90%')?.bound).toBeUndefined();
    // "by" bounds dates, "within" durations: "rose by 5%" is a change, "within 5%" a tolerance.
    expect(only('rose by 5%')?.bound).toBeUndefined();
    expect(only('within 5%')?.bound).toBeUndefined();
  });

  it('reads ranges as a low value and a high one', () => {
    for (const text of ['10–12%', '10-12%', '10%–12%', '10 to 12 percent', 'between 10 and 12 percent', '10~12%', '10至12%', '百分之十至百分之十二']) {
      const q = only(text);
      expect([q?.value, q?.high, q?.normalized], text).toEqual([10, 12, { value: 10, unit: '%', high: 12 }]);
    }
    expect(brief(only('$1-2 billion'))).toMatchObject({ value: 1, high: 2, normalized: { value: 1e9, high: 2e9, unit: 'USD' } });
    expect(brief(only('10 million to 12 million tons'))).toMatchObject({ value: 10, high: 12, normalized: { value: 1e7, high: 1.2e7, unit: 't' } });
    expect(brief(only('approximately 40–45%'))).toMatchObject({ value: 40, high: 45, approx: true });
  });

  it('does not read a change from one figure to another, or a falling pair, as a range', () => {
    expect(extractQuantities('rose from 10% to 12%').map((q) => [q.value, q.high])).toEqual([[10, undefined], [12, undefined]]);
    expect(extractQuantities('12–10%').map((q) => [q.value, q.high])).toEqual([[10, undefined]]);
    expect(extractQuantities('5% to 2027').map((q) => q.kind)).toEqual(['amount', 'date']);
  });

  it('reads years as dates only when they stand alone', () => {
    expect(extractQuantities('Sou Hu Cai Jing·2025-10-30 04:49')).toEqual([]);
    expect(extractQuantities('the 1990s')).toEqual([]);
    expect(extractQuantities('1500 or 2500')).toEqual([]);
    expect(brief(only('2027 tons'))).toMatchObject({ kind: 'amount', value: 2027 });
  });

  it('gives amounts the period of a year in their clause, or of a year that opens the sentence', () => {
    expect(extractQuantities('In 2024, China produced 270,000 tons.').map((q) => q.period)).toEqual(['2024', '2024']);
    expect(extractQuantities('China produced 270,000 tons in 2024').map((q) => q.period)).toEqual(['2024', '2024']);
    expect(extractQuantities('China holds 44 million tons of reserves, and the US plans a supply chain by 2027').map((q) => q.period)).toEqual([undefined, '2027']);
    expect(extractQuantities('invest $1 billion within six months')[0]?.period).toBe('within six months');
  });
});

describe('extractQuantities: measure and subject', () => {
  it('takes the subject from the clause: agent, nearest non-prepositional name, pronoun, or a name after', () => {
    expect(only('Over 90% of rare earth refining is controlled by China')?.subject).toBe('China');
    expect(only("China's exports to Japan rose 5%")?.subject).toBe('China');
    expect(extractQuantities('China holds 40% of reserves while Australia holds 10% of reserves').map((q) => q.subject)).toEqual(['China', 'Australia']);
    expect(extractQuantities('China dominates. It produces 70% of world output.')[0]?.subject).toBe('China');
    expect(only('With 70% of world output, China leads')?.subject).toBe('China');
    expect(only('The U.S. produced 45,000 tons')?.subject).toBe('US');
    expect(only('US$5 billion was invested')?.subject).toBeUndefined();
    expect(only('It produces 70% of world output')?.subject).toBeUndefined();
    expect(extractQuantities('It produces 70% of world output', { fallbackSubject: 'China' })[0]?.subject).toBe('China');
    expect(extractQuantities('Lynas produced 10,000 tons', { extraSubjects: [{ name: 'Lynas', spellings: ['Lynas'] }] })[0]?.subject).toBe('Lynas');
  });

  it('names world totals as the subject World', () => {
    expect(brief(only('Global rare earth reserves total 110 million tons'))).toMatchObject({ subject: 'World', measure: 'reserves' });
    expect(brief(only('全球稀土储量约1.1亿吨'))).toMatchObject({ subject: 'World', measure: 'reserves' });
  });

  it('tells a change from a level', () => {
    expect(only('Exports rose 5%')?.measure).toBe('change in exports');
    expect(only('China\'s output rose to 270,000 tons')?.measure).toBe('output');
    expect(only('出口同比增长5%')?.measure).toBe('change in exports');
  });

  it('reads shares written as "share of X is N%" and "accounts for N%"', () => {
    expect(only("China's share of global output is 70%")?.measure).toBe('share of global output');
    expect(only("China's output accounts for 70%")?.measure).toBe('share of output');
    expect(only('产量占全球的70%')?.measure).toBe('share of global output');
  });
});

describe('extractQuantities on malformed input', () => {
  it('skips malformed numbers whole instead of reading part of them', () => {
    expect(extractQuantities('1,2,3,, tons')).toEqual([]);
    expect(extractQuantities('12..5%')).toEqual([]);
    expect(extractQuantities('3.14.15 tons')).toEqual([]);
    expect(extractQuantities('3,5% (a European decimal)')).toEqual([]);
    expect(extractQuantities('one two tons')).toEqual([]);
  });

  it('reads a figure followed by sentence punctuation', () => {
    expect(only('Output was 270,000 tons, a record.')?.value).toBe(270_000);
    expect(only('A share of 70%.')?.value).toBe(70);
  });

  it('ignores citation markers, negative numbers, model names and bare numbers', () => {
    expect(extractQuantities('the output [8] and [2][15] of paragraph 12')).toEqual([]);
    expect(extractQuantities('A380, G7, COVID-19, 5G')).toEqual([]);
    expect(extractQuantities('a change of -5% or −5%')).toEqual([]);
    expect(extractQuantities('')).toEqual([]);
  });
});
