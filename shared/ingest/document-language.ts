import { detectLanguage } from './detect-language';

const SCRIPT_LANGUAGES = new Set(['zh', 'ja', 'ko']);
// PDF metadata and library catalogues write ISO 639-2 codes ("eng", "fre"); BCP 47 wants the two-letter code where
// one exists. The languages of the corpus and their neighbours; other three-letter codes are valid BCP 47 as they are.
const TWO_LETTER: Record<string, string> = {
  eng: 'en', fre: 'fr', fra: 'fr', ger: 'de', deu: 'de', spa: 'es', ita: 'it', por: 'pt', dut: 'nl', nld: 'nl', cze: 'cs', ces: 'cs',
  pol: 'pl', tur: 'tr', swe: 'sv', rum: 'ro', ron: 'ro', rus: 'ru', chi: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', ara: 'ar', heb: 'he',
  gre: 'el', ell: 'el', dan: 'da', nor: 'no', fin: 'fi', hun: 'hu', ukr: 'uk', per: 'fa', fas: 'fa', hin: 'hi', vie: 'vi',
};

/** A declared language as a BCP 47 primary subtag ("eng" → "en", "fr-FR" → "fr"), or null when it is not a language code. */
export function primaryLanguage(declared: string | null | undefined): string | null {
  const primary = (declared ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (!/^[a-z]{2,3}$/u.test(primary)) return null;
  return TWO_LETTER[primary] ?? primary;
}

/**
 * The language of a document as a BCP 47 tag, from what it declares (`<html lang="fr">`, a PDF's `/Lang`) and what its
 * text shows. The script seen in the text wins where it decides (Chinese, Japanese, Korean); otherwise a declared
 * language is kept as its primary subtag, and an undeclared one is read from the text's common words.
 */
export function documentLanguage(declared: string | null | undefined, text: string): string {
  const detected = detectLanguage(text);
  const primary = primaryLanguage(declared);
  if (SCRIPT_LANGUAGES.has(detected)) return detected;
  if (primary === null) return detected;
  // A page declaring Chinese whose text reads as Latin script is mislabelled (a template's default); trust the text.
  if (SCRIPT_LANGUAGES.has(primary) && !SCRIPT_LANGUAGES.has(detected) && detected !== 'und') return detected;
  return primary;
}
