import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../../shared/anchoring/match-quote';

// The cases of the Hypothesis client's match-quote tests (ANCHORING_CASES.md section 1), re-expressed.
// Text A is our own sentence built like theirs; text B is the opening of A Tale of Two Cities (public domain).
// Both have runs of whitespace squeezed to one space, as there.
const A =
  'Many years later, as he faced the review board, Engineer Aurelio Okafor was to remember that distant afternoon when his mentor took him to discover the old mainframe.';
const B = [
  'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness,',
  'it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness,',
  'it was the spring of hope, it was the winter of despair, we had everything before us, we had nothing before us,',
  'we were all going direct to Heaven, we were all going direct the other way – in short, the period was so far like',
  'the present period, that some of its noisiest authorities insisted on its being received, for good or for evil,',
  'in the superlative degree of comparison only.',
].join(' ');

function scoreOf(text: string, quote: string, context: Parameters<typeof matchQuote>[2] = {}): number {
  return matchQuote(text, quote, context)?.score ?? -1;
}

describe('matchQuote (Hypothesis cases)', () => {
  it('#1 finds an exact quote with a perfect score', () => {
    const m = matchQuote(A, 'discover the old mainframe');
    expect(m?.score).toBe(1);
    expect(A.slice(m?.start, m?.end)).toBe('discover the old mainframe');
  });

  it('#2 returns the best approximate match for a quote not present verbatim', () => {
    const m = matchQuote(A, 'some years later');
    expect(m && m.score > 0 && m.score < 1).toBe(true);
    expect(A.slice(m?.start, m?.end)).toBe('Many years later');
  });

  it('#3 scores fall as the quote gets less similar', () => {
    const scores = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'].map((q) => scoreOf(A, q));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(new Set(scores).size).toBe(4);
  });

  it('#4 scores fall as the prefix gets less similar', () => {
    const quote = ', as he faced the review board';
    const scores = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'].map((prefix) => scoreOf(A, quote, { prefix }));
    expect(new Set(scores).size).toBe(4);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('#5 scores fall as the suffix gets less similar', () => {
    const suffixes = [', as he faced the review board', ', as she faced the review board', ', as he awaited the review board', ', as he awaited his fate'];
    const scores = suffixes.map((suffix) => scoreOf(A, 'Many years later', { suffix }));
    expect(new Set(scores).size).toBe(4);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('#6 returns null when nothing is close enough', () => {
    expect(matchQuote(B, A)).toBeNull();
  });

  it('#7 returns null for an empty quote or an empty text', () => {
    expect(matchQuote(A, '')).toBeNull();
    expect(matchQuote('', 'quote')).toBeNull();
  });

  const first = B.indexOf('before us');
  const second = B.indexOf('before us', first + 1);

  it('#8-#10 a prefix, even misspelt, picks the right one of a repeated quote', () => {
    expect(matchQuote(B, 'before us', { prefix: 'we had everything' })?.start).toBe(first);
    expect(matchQuote(B, 'before us', { prefix: 'we had nothing' })?.start).toBe(second);
    expect(matchQuote(B, 'before us', { prefix: 'we had every-thing' })?.start).toBe(first);
    expect(matchQuote(B, 'before us', { prefix: 'we had nout' })?.start).toBe(second);
  });

  it('#11 a suffix, even misspelt, picks the right one of a repeated quote', () => {
    const everything = B.indexOf('we had everything');
    const nothing = B.indexOf('we had nothing');
    expect(matchQuote(B, 'we had', { suffix: ' everything' })?.start).toBe(everything);
    expect(matchQuote(B, 'we had', { suffix: ' nothing' })?.start).toBe(nothing);
    expect(matchQuote(B, 'we had', { suffix: ' ever ting' })?.start).toBe(everything);
    expect(matchQuote(B, 'we had', { suffix: ' nutting' })?.start).toBe(nothing);
  });

  it('#12 the position hint breaks a tie between equal approximate matches; without one the earliest wins', () => {
    expect(matchQuote(B, 'befor us', { hint: first })?.start).toBe(first);
    expect(matchQuote(B, 'befor us', { hint: second })?.start).toBe(second);
    expect(matchQuote(B, 'befor us')?.start).toBe(first);
  });

  it('#13 copes with a prefix longer than the text before the match', () => {
    const m = matchQuote(A, 'years later', { prefix: 'It used to be many' });
    expect(A.slice(m?.start, m?.end)).toBe('years later');
  });

  it('#14 matches a quote at the very end of the text although its suffix cannot match', () => {
    const text = 'Some document text';
    const m = matchQuote(text, 'text', { suffix: 'missing' });
    expect(text.slice(m?.start, m?.end)).toBe('text');
  });
});

describe('matchQuote search window', () => {
  const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(400);

  it('takes a good candidate near the hint without searching further', () => {
    const text = `${filler}the committee approved the budget on Tuesday${filler}`;
    const at = filler.length;
    const m = matchQuote(text, 'the committee aproved the budget on Tuesday', { hint: at, windowAcceptScore: 0.8 });
    expect(m?.start).toBe(at);
  });

  it('searches the whole text when the passage has moved far from the hint', () => {
    const text = `${filler}${filler}the committee approved the budget on Tuesday`;
    const m = matchQuote(text, 'the committee aproved the budget on Tuesday', { hint: 10, windowAcceptScore: 0.8 });
    expect(m?.start).toBe(2 * filler.length);
  });

  it('never returns a match that cuts an emoji in half', () => {
    const text = 'prefix 😀😀 party time suffix';
    const m = matchQuote(text, '\ude00 party tme');
    expect(m).not.toBeNull();
    const slice = text.slice(m?.start, m?.end);
    expect(slice.startsWith('\ude00')).toBe(false);
  });
});
