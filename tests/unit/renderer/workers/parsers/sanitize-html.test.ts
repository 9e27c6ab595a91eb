import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../../../renderer/src/workers/parsers/sanitize-html';

// Classic payloads: scripts, handlers, javascript: and data: URLs in every attribute that takes one, SVG and MathML
// tricks, and markup that parses differently depending on context.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="import" href="data:text/html,<script>alert(1)</script>">',
  '</body></html><script>alert(1)</script><img src=x onerror=alert(1)>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<title><img src=x onerror=alert(1)></title>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<template><img src=x onerror=alert(1)></template>',
];

describe('sanitizeHtml', () => {
  it.each(PAYLOADS)('defuses %s', (payload) => {
    const clean = sanitizeHtml(`<p>before</p>${payload}<p>after</p>`);
    expect(clean).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<form|<style|<meta|<base|<link|\son\w+=|javascript:|data:text|style=/iu);
    expect(clean).toContain('<p>before</p>');
  });

  it('keeps the readable structure: headings, lists, tables, links, ids for markers', () => {
    const html = '<h2>T</h2><p>A <a href="https://example.org">link</a><sup id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup></p><ol class="references"><li id="cite_note-1">Ref</li></ol><table><tbody><tr><td>c</td></tr></tbody></table>';
    expect(sanitizeHtml(html)).toBe(html);
  });
});
