// Titles written in Chinese, Japanese or Korean follow their own typography: they are marked with title brackets
// (《》 in Chinese and Korean, 「」 in Japanese) rather than English quotation marks, keep the quotation marks they
// contain as written, and take no punctuation moved inside them.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER = /\p{L}/gu;
const CJK_LANGS = /^(zh|ja|ko)\b/i;
// A title is read as CJK when at least this share of its letters are CJK characters (one character stands for a
// word, so an English name or two inside a Chinese title leaves it well above the line).
const CJK_SHARE = 0.3;

/** True when a title is written in Chinese, Japanese or Korean: its language says so and it holds CJK characters, or most of its letters are CJK. */
export function isCjkTitle(title: string, lang?: string): boolean {
  const cjk = title.match(CJK)?.length ?? 0;
  if (cjk === 0) return false;
  if (lang && CJK_LANGS.test(lang)) return true;
  const letters = title.match(LETTER)?.length ?? 0;
  return cjk / letters >= CJK_SHARE;
}

/** A CJK title between the title marks of its language: 「」 when it has kana, 《》 otherwise. */
export function markCjkTitle(title: string): string {
  return KANA.test(title) ? `「${title}」` : `《${title}》`;
}
