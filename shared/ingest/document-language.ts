import { detectLanguage } from './detect-language';

const SCRIPT_LANGUAGES = new Set(['zh', 'ja', 'ko']);

/**
 * The language of a document from what it declares (`<html lang="fr">`) and what its text shows. The script seen in
 * the text wins where it decides (Chinese, Japanese, Korean); otherwise a declared language is kept as its primary
 * subtag (`fr`, `cs`), since script detection cannot tell Latin-script languages apart.
 */
export function documentLanguage(declared: string | null | undefined, text: string): string {
  const detected = detectLanguage(text);
  const primary = (declared ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (SCRIPT_LANGUAGES.has(detected)) return detected;
  if (!/^[a-z]{2,3}$/u.test(primary)) return detected;
  // A page declaring Chinese whose text reads as Latin script is mislabelled (a template's default); trust the text.
  if (SCRIPT_LANGUAGES.has(primary) && detected === 'und-Latn') return detected;
  return primary;
}
