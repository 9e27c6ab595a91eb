// "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "文/张三", "记者 李四": the word before the names is not a name.
const LEADING_WORDS = /^(?:by|par|von|por|di|door|av|written by|text(?:e)?|文|作者|记者|撰文|編輯|编辑)\s*[:：/／]?\s*/iu;
// Separators between names in bylines across the languages of the corpus.
const SEPARATORS = /(?<!\s)\s*(?:,|;|、|，|\s&\s|\sand\s|\set\s|\sund\s|\sy\s|\se\s|\sa\s|\savec\s|\swith\s|和|与)\s*/iu;
// Longer "names" are sentences or job titles that Readability mistook for a byline.
const MAX_NAME_CHARS = 80;

/** Splits a byline ("By Martin Untersinger (avec Damien Leloup et Morgane Tual)") into author names. */
export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/[()（）[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LEADING_WORDS, '');
  const names = cleaned
    .split(SEPARATORS)
    .map((name) => name.replace(LEADING_WORDS, '').replace(/(?<![\s.,;:|·-])[\s.,;:|·-]+$/u, '').trim())
    .filter((name) => name !== '' && name.length <= MAX_NAME_CHARS);
  return [...new Set(names)];
}
