/** A span of the source text, such as one block. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the moving end of a keyboard selection goes after one word step (Shift+→ or Shift+←), kept inside `span`.
 * Words come from the locale's word segmentation (Intl.Segmenter), so Chinese steps by word, not by character or
 * whole sentence; a step skips punctuation and spaces, as a word processor's Ctrl+Shift+arrow does.
 */
export function stepWord(text: string, span: TextSpan, from: number, direction: 1 | -1, locale?: string): number {
  const at = Math.min(span.end, Math.max(span.start, from));
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = [...segmenter.segment(text.slice(span.start, span.end))]
    .filter((s) => s.isWordLike)
    .map((s) => ({ start: span.start + s.index, end: span.start + s.index + s.segment.length }));
  if (direction === 1) return words.find((w) => w.end > at)?.end ?? span.end;
  return words.findLast((w) => w.start < at)?.start ?? span.start;
}

/** The selection between an anchor and a moving end, in order. */
export function orderedSpan(anchor: number, focus: number): TextSpan {
  return anchor <= focus ? { start: anchor, end: focus } : { start: focus, end: anchor };
}
