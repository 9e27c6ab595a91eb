import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cjkBigrams, splitPieces, tokenize, MAX_WORD_LENGTH } from '../../../../shared/search/tokenize';
import { segmentWords } from '../../../../shared/search/segment-words';
import { foldText } from '../../../../shared/search/fold-text';
import { readSharedText } from '../fixture-paths';

describe('tokenize', () => {
  it('splits English into folded words, accents and case removed', () => {
    expect(tokenize('Rare-earth EXPORTS from Zürich, café & naïve résumé')).toEqual(['rare', 'earth', 'exports', 'from', 'zurich', 'cafe', 'naive', 'resume']);
  });

  it('indexes Chinese as overlapping character pairs, so every longer word is all of its pairs', () => {
    expect(tokenize('稀土出口')).toEqual(['稀土', '土出', '出口']);
    expect(tokenize('中国')).toEqual(['中国']);
    expect(tokenize('锂')).toEqual(['锂']);
  });

  it('keeps English words and Chinese runs apart in mixed text, and full-width forms fold to ASCII', () => {
    expect(tokenize('美日稀土协议 rare earth（２０２５）')).toEqual(['美日', '日稀', '稀土', '土协', '协议', 'rare', 'earth', '2025']);
  });

  it('gives nothing for punctuation only, and leaves out overlong tokens', () => {
    expect(tokenize('…—!!! ?? 。，、 ().*+?[]{}|^$\\')).toEqual([]);
    expect(tokenize('a'.repeat(MAX_WORD_LENGTH + 1))).toEqual([]);
  });

  it('treats regex characters as separators, never as patterns', () => {
    expect(tokenize('a.b* (c+d)? [e] ^f$ g|h \\i')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('splits kana and Hangul runs like Chinese', () => {
    expect(splitPieces('レアアース 희토류')).toEqual([
      { kind: 'cjk', text: 'レアアース' },
      { kind: 'cjk', text: '희토류' },
    ]);
  });

  it('property: the pairs of any CJK substring of a text are among the text’s terms (full recall by construction)', () => {
    const han = fc.constantFrom(...'稀土中国出口磁铁冶炼分离矿山政府的了是'.split(''));
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const start = a % (chars.length - 1);
        const end = start + 2 + (b % (chars.length - start - 1));
        const terms = new Set(tokenize(text));
        return cjkBigrams(text.slice(start, end)).every((t) => terms.has(t));
      }),
    );
  });

  it('on a real Chinese README, finds 简体 and 繁体 pairs wherever the text has them', () => {
    const text = readSharedText('corpus/documents/markdown/opencc-js/README-zh-CN.md');
    const terms = new Set(tokenize(text));
    for (const word of ['简体', '繁体', '转换']) expect(terms.has(word), word).toBe(foldText(text).includes(word));
    expect(terms.has('opencc')).toBe(true);
  });

  it('Intl.Segmenter words (the alternative measured in the bench) cut the same word by context', () => {
    expect(segmentWords('稀土出口').length).toBeGreaterThan(0);
    expect(segmentWords('Rare earths')).toEqual(['rare', 'earths']);
  });
});
