// "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "文/张三", "记者 李四": the word before the names is not a name.
const LEADING_WORDS = /^(?:by|par|von|por|di|door|av|written by|text(?:e)?|文|作者|记者|撰文|編輯|编辑)\s*[:：/／]?\s*/iu;
// Separators between names in bylines across the languages of the corpus.
const SEPARATORS = /(?<!\s)\s*(?:,|;|、|，|\s&\s|\sand\s|\set\s|\sund\s|\sy\s|\se\s|\sa\s|\savec\s|\swith\s|和|与)\s*/iu;
// Longer "names" are sentences or job titles that Readability mistook for a byline.
const MAX_NAME_CHARS = 80;
// "Jong, Michiel de": one family name, a comma, then given names (and the particle that goes with the family name).
// Names are separated by one space (the byline's spaces are folded first), so each name token has one way to match.
const FAMILY_COMMA_GIVEN = /^([\p{Lu}][\p{L}'’-]+), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?: (?:de|van|von|der|den|da|di|du|le|la|ten|ter))*)$/u;
// A split that leaves a part like "i" (of "Mac & i", a magazine) was not a split between names.
const MIN_PART_CHARS = 2;

/** Splits a byline ("By Martin Untersinger (avec Damien Leloup et Morgane Tual)") into author names, each as "Given Family". */
export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/[()（）[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LEADING_WORDS, '');
  // Semicolons separate whole names ("Zeileis, Achim; Grothendieck, Gabor"), so each part is read on its own.
  const names = cleaned
    .split(';')
    .map((part) => part.trim())
    .flatMap(namesInPart);
  return [...new Set(names)];
}

function namesInPart(part: string): string[] {
  const inverted = FAMILY_COMMA_GIVEN.exec(part);
  if (inverted) return [`${inverted[2]?.trim() ?? ''} ${inverted[1] ?? ''}`.trim()];
  const names = part
    .split(SEPARATORS)
    .map((name) => name.replace(LEADING_WORDS, '').replace(/(?<![\s.,;:|·-])[\s.,;:|·-]+$/u, '').trim())
    .filter((name) => name !== '' && name.length <= MAX_NAME_CHARS);
  if (names.length > 1 && names.some((name) => [...name].length < MIN_PART_CHARS || !/^[\p{Lu}\p{Lo}]/u.test(name))) {
    return part.length <= MAX_NAME_CHARS ? [part] : [];
  }
  return names;
}
