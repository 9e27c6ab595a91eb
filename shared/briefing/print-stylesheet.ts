/**
 * The stylesheet of an exported HTML briefing: readable on screen, paged for print (A4 margins, notes kept whole,
 * headings kept with what follows). Latin fonts first, then CJK ones, so each script gets a font made for it.
 */
export const PRINT_STYLESHEET = `
@page { size: A4; margin: 20mm 22mm; }
:root { color-scheme: light; }
body { font-family: Calibri, Carlito, "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.55; color: #111; background: #fff; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
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
