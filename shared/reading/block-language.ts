import { detectLanguage } from '../ingest/detect-language';

const CJK_LANGUAGES = new Set(['zh', 'ja', 'ko']);

/** True for a tag whose script is Chinese, Japanese or Korean ("zh", "zh-Hant", "ja-JP"). */
export function isCjkLanguage(tag: string | undefined): boolean {
  return CJK_LANGUAGES.has((tag ?? '').toLowerCase().split('-')[0] ?? '');
}

/**
 * The `lang` a block of a source needs when its script differs from the source's, so it takes the fonts (and
 * punctuation widths) made for its own script: a Chinese quotation in an English article is `zh`, an English
 * abstract in a Chinese paper is `en` (or `und-Latn`). Undefined when the block reads as its source does, and inherits.
 */
export function blockLanguage(blockText: string, sourceLang: string | undefined): string | undefined {
  const detected = detectLanguage(blockText);
  if (detected === 'und') return undefined;
  const blockIsCjk = isCjkLanguage(detected);
  const sourceIsCjk = isCjkLanguage(sourceLang);
  if (blockIsCjk) return detected === sourceLang ? undefined : detected;
  return sourceIsCjk ? detected : undefined;
}

/** The `lang` attribute for a source's detected language: none for "no language found", which would say nothing. */
export function langAttribute(tag: string | undefined): string | undefined {
  return tag === undefined || tag === '' || tag === 'und' ? undefined : tag;
}
