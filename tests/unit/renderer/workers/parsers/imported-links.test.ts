import { describe, expect, it } from 'vitest';
import { parseHtmlFile } from '../../../../../renderer/src/workers/parsers/parse-html';

// A page's relative and script links must never come out as addresses on the app's own origin (where a click would
// run inside Footnote) or as `javascript:`: only absolute web addresses leave the parser.
describe('links from imported pages', () => {
  it('keeps absolute web addresses and drops relative, protocol-relative and script links', async () => {
    const paragraph = '<p>A paragraph long enough for the article extractor to keep it in the body of the page. [1]</p>'.repeat(10);
    const refs = [
      '<a href="/wiki/Relative">root-relative</a>',
      '<a href="page2.html">relative</a>',
      '<a href="//evil.example/x">protocol-relative</a>',
      '<a href="javascript:alert(1)">script</a>',
      '<a href="data:text/html,x">data</a>',
      '<a href="https://example.org/report.pdf">web</a>',
    ];
    const html = `<html><head><title>T</title><link rel="canonical" href="/local"></head><body><article><h1>T</h1>${paragraph}<h2>References</h2><ol class="references">${refs.map((r, i) => `<li id="cite_note-${i + 1}">${r}</li>`).join('')}</ol></article></body></html>`;
    const result = await parseHtmlFile(new TextEncoder().encode(html), 'T');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.meta.url).toBeUndefined();
    expect(result.doc.references.map((r) => r.url)).toEqual([undefined, undefined, undefined, undefined, undefined, 'https://example.org/report.pdf']);
  });
});
