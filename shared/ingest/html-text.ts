// Characters written without spaces between words: a line break between two of them in HTML source is not a space.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*[\\r\\n]\\s*(?=[${CJK}])`, 'gu');

/** Stands for a `<br>` while inline text is gathered, so it survives whitespace collapsing (a private-use character). */
export const LINE_BREAK_MARK = '\uE000';

/** Collapses HTML whitespace as a browser shows it: runs become one space, and a wrapped line inside CJK text joins without one. */
export function collapseWhitespace(text: string): string {
  return text.replace(CJK_LINE_BREAK, '$1').replace(/\s+/gu, ' ').trim();
}

/** Collapses gathered inline text, turning `<br>` marks into line breaks and dropping empty lines. */
export function finishInlineText(raw: string): string {
  return raw
    .split(LINE_BREAK_MARK)
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}
