import { detectLatinLanguage } from './latin-language';

/** A BCP 47 tag: by script for Chinese, Japanese and Korean, by function words for Latin script (`en`, `fr`), else `und-Latn` or `und`. */
export type DetectedLanguage = string;

// A share of kana this small still marks Japanese: Japanese prose mixes Han with kana, Chinese never uses kana.
const KANA_SHARE_FOR_JAPANESE = 0.05;
const SAMPLE_LIMIT = 200_000;

/** Detects the dominant script of a text and names its language: by the script where it decides, by common words for Latin script. */
export function detectLanguage(text: string): DetectedLanguage {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  const sample = text.length > SAMPLE_LIMIT ? text.slice(0, SAMPLE_LIMIT) : text;
  for (const ch of sample) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) hangul++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  const cjk = han + kana + hangul;
  // One Han character stands for about as much text as a Latin word of ~4 letters.
  if (cjk * 4 >= latin && cjk > 0) {
    if (kana > 0 && kana / cjk >= KANA_SHARE_FOR_JAPANESE) return 'ja';
    if (hangul >= han) return 'ko';
    return 'zh';
  }
  return latin > 0 ? (detectLatinLanguage(sample) ?? 'und-Latn') : 'und';
}

const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language's name in itself ("中文", "français"), or undefined when the runtime cannot name it. */
function autonym(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    return undefined;
  }
}

/**
 * A label for a language tag in the UI: its English name, followed by its own name where that differs ("English",
 * "Chinese (中文)"); a Latin-script text whose language was not recognised says so, and unknown tags are shown as they are.
 */
export function languageLabel(tag: string): string {
  if (tag === 'und-Latn') return 'Latin script (language not recognised)';
  if (tag === 'und' || tag === '') return 'Unknown';
  let english: string | undefined;
  try {
    english = ENGLISH_NAMES.of(tag);
  } catch {
    return tag; // not a well-formed tag, from an old workspace
  }
  if (english === undefined) return tag;
  const own = autonym(tag);
  return own === undefined || own.toLocaleLowerCase() === english.toLocaleLowerCase() ? english : `${english} (${own})`;
}
