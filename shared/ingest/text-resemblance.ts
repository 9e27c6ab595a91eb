// Whether two texts are versions of one document. A file name or URL says where a text came from, not what it is:
// two pages both saved as `source.html` share a name and nothing else. So a shared identity makes a new version only
// when the texts also share most of their wording, measured as the resemblance (Jaccard) of their runs of words,
// estimated from a bottom-k MinHash sketch so a 20 MB text costs one pass and a small, fixed comparison.

/** Words per shingle: long enough that unrelated texts share almost none, short enough to survive edits. */
const SHINGLE_WORDS = 4;
/** Hashes kept per sketch; the estimate's standard error is about 1/√k, so ±0.06 here. */
const SKETCH_SIZE = 256;

/**
 * At least this resemblance makes a shared file name a new version; below it the analyst is asked. Measured on the
 * corpus: the 78 pairs of different Readability pages resemble each other 0.00; a short report with two of its three
 * sentences reworded and a line added, 0.21; a page re-saved with a paragraph dropped and one added, over 0.75.
 */
export const SAME_DOCUMENT_RESEMBLANCE = 0.15;

/** The smallest shingle hashes of a text, ascending: what `resemblance` compares. */
export type TextSketch = readonly number[];

// Latin-script words are words; Chinese, Japanese and Korean are written without spaces, so each character counts as
// one (a four-character run is then about the size of a short phrase).
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

/** The sketch of a text: lower-cased, width-folded words, hashed in runs of four. */
export function sketchText(text: string): TextSketch {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  const count = Math.max(words.length - SHINGLE_WORDS + 1, words.length > 0 ? 1 : 0);
  // Only the smallest hashes are kept, trimmed as they pile up, so a long text needs no set of all its shingles.
  let kept = new Set<number>();
  let ceiling = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i += 1) {
    const h = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '));
    if (h >= ceiling) continue;
    kept.add(h);
    if (kept.size >= 2 * SKETCH_SIZE) {
      const smallest = smallestOf(kept);
      kept = new Set(smallest);
      ceiling = smallest[smallest.length - 1] ?? ceiling;
    }
  }
  return smallestOf(kept);
}

function smallestOf(hashes: Set<number>): number[] {
  return [...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Estimated share of word runs two texts have in common, from 0 (unrelated) to 1 (the same wording). */
export function resemblance(a: TextSketch, b: TextSketch): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const inA = new Set(a);
  const inB = new Set(b);
  // The k smallest hashes of the union are a uniform sample of it; the share of them in both sketches estimates Jaccard.
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, Math.min(SKETCH_SIZE, Math.max(a.length, b.length)));
  const shared = union.filter((h) => inA.has(h) && inB.has(h)).length;
  return shared / union.length;
}

/** True when two texts read as versions of one document (see SAME_DOCUMENT_RESEMBLANCE). */
export function readAsSameDocument(a: string, b: string): boolean {
  return resemblance(sketchText(a), sketchText(b)) >= SAME_DOCUMENT_RESEMBLANCE;
}

// 32-bit FNV-1a over UTF-16 code units: fast, well spread for short strings, and the same in every runtime.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
