import { foldText } from './fold-text';

/**
 * The dictionary-word alternative to bigrams: `Intl.Segmenter` word segmentation. Kept so the benchmark can measure
 * it against bigrams on the same corpus; the index uses bigrams because segmentation depends on context.
 */
export function segmentWords(text: string, locale = 'zh'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(foldText(text))) if (s.isWordLike) out.push(s.segment);
  return out;
}
