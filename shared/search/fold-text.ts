// Letters that may carry accents (Latin, Greek, Cyrillic) and combining marks. Kana and Hangul are left alone: their
// marks (the dakuten of ガ) change the word, and NFD would split Hangul syllables into jamo.
const ACCENTABLE = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]|[\u0300-\u036f]/gu;
const stripMarks = (ch: string) => ch.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Folds one string for matching: compatibility forms unified (full-width Ａ１ and ligatures as ASCII), accents
 * removed from Latin, Greek and Cyrillic, lower case. Length may change.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(ACCENTABLE, stripMarks);
}

/** The folded text with, for each folded UTF-16 unit, the offset in `text` of the character it came from. */
export interface FoldedWithOffsets {
  folded: string;
  /** `offsets[i]` is where folded unit i starts in the original; one extra entry holds `text.length`. */
  offsets: number[];
}

/**
 * Folds `text` character by character so that a match in the folded text maps back to the original range, which is
 * what a highlight and a reader link need; `foldText` alone can change the length (ligatures, decomposed accents).
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    // ASCII needs only lower-casing; CJK ideographs, kana and Hangul (U+2E80 to U+D7FF) fold to themselves. Together
    // they are almost all of the texts, and skipping normalization for them keeps a snippet cheap.
    const code = ch.charCodeAt(0);
    const f = code < 128 ? ch.toLowerCase() : code >= 0x2e80 && code < 0xd800 ? ch : foldText(ch);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
    i += ch.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
