import { foldText } from './fold-text';

/**
 * A run of characters written without spaces between words: Han, kana and Hangul. They are indexed as overlapping
 * character pairs (bigrams) rather than as dictionary words, because a word segmenter cuts the same word differently
 * in different contexts (中国 inside 中国人) and then misses it; every substring of two or more characters is found by
 * requiring all of its bigrams, which the benchmark measured at full recall (see tests/bench/search).
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;

/** Letters and digits of every other script form words separated by anything else. */
const WORD_OR_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+|[\p{L}\p{N}]+/gu;

/** Latin and other spaced words longer than this are not indexed whole: they are hashes or base64, not words. */
export const MAX_WORD_LENGTH = 40;

/** One piece of text as the index sees it. */
export type Piece = { kind: 'word'; text: string } | { kind: 'cjk'; text: string };

/** Splits folded text into spaced words and runs of CJK characters, in order. */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const m of foldText(text).matchAll(WORD_OR_CJK)) {
    const t = m[0];
    pieces.push(CJK_CHAR.test(t) ? { kind: 'cjk', text: t } : { kind: 'word', text: t });
  }
  return pieces;
}

/** The overlapping character pairs of a CJK run; a single character is its own term. */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The index terms of a text: folded words, and the bigrams of its CJK runs. Duplicates are kept in order. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const p of splitPieces(text)) {
    if (p.kind === 'word') {
      if (p.text.length <= MAX_WORD_LENGTH) terms.push(p.text);
    } else {
      for (const b of cjkBigrams(p.text)) terms.push(b);
    }
  }
  return terms;
}

/** Whether a string contains a CJK character. */
export function hasCjk(text: string): boolean {
  return CJK_RUN.test(text);
}
