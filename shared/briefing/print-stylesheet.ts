// Latin text never reaches a CJK font (which sets ’ “ ” full-width: "China’ s"): its stack ends in the generic family,
// and the browser still finds a CJK font for any Han character by itself. CJK fonts lead only where the lang is CJK.
const LATIN_SANS = 'Calibri, Carlito, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
const CJK_SANS: Record<'zh' | 'zh-Hant' | 'ja' | 'ko', string> = {
  zh: '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  'zh-Hant': '"Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  ja: '"Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif',
  ko: '"Noto Sans CJK KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif',
};

/**
 * The stylesheet of an exported HTML briefing: readable on screen, paged for print (A4 margins, notes kept whole,
 * headings kept with what follows). Each language gets its own font stack through `:lang()`; runs in another script
 * than the document's carry their own `lang` (see render-html).
 */
export const PRINT_STYLESHEET = `
@page { size: A4; margin: 20mm 22mm; }
:root { color-scheme: light; }
body { font-family: ${LATIN_SANS}; line-height: 1.55; color: #111; background: #fff; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
:lang(zh) { font-family: ${CJK_SANS.zh}; }
:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK) { font-family: ${CJK_SANS['zh-Hant']}; }
:lang(ja) { font-family: ${CJK_SANS.ja}; }
:lang(ko) { font-family: ${CJK_SANS.ko}; }
[lang]:not(:lang(zh)):not(:lang(ja)):not(:lang(ko)) { font-family: ${LATIN_SANS}; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; }
.meta { color: #444; margin: 0 0 1.2rem; }
.summary { font-size: 1.05rem; }
ul.claims { padding-left: 1.3rem; }
ul.claims li { margin: .35rem 0; }
sup.fnref { line-height: 0; font-size: .75em; }
sup.fnref a { text-decoration: none; }
strong.disputed { color: #8a1c1c; font-weight: 600; }
.references { list-style: none; padding: 0; }
.references li { padding-left: 2em; text-indent: -2em; margin: .3rem 0; overflow-wrap: anywhere; }
.footnotes { font-size: .88rem; border-top: 1px solid #bbb; margin-top: 2.2rem; }
.footnotes li { margin: .25rem 0; overflow-wrap: anywhere; }
.footnotes.numeric ol { list-style: none; padding-left: 0; }
.footnotes.numeric li { padding-left: 2.2em; text-indent: -2.2em; }
.backref { text-decoration: none; margin-left: .3em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  .backref { display: none; }
  h1, h2 { break-after: avoid; }
  ul.claims li, .footnotes li, .references li { break-inside: avoid; }
}
`;
