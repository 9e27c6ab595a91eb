import { describe, expect, it } from 'vitest';
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import { parseHTML } from 'linkedom';
import type { Source } from '../../../../shared/model';
import { buildBriefingDocument } from '../../../../shared/briefing/briefing-document';
import { renderMarkdown } from '../../../../shared/briefing/render-markdown';
import { renderHtml } from '../../../../shared/briefing/render-html';
import { buildClaimReviewJsonLd } from '../../../../shared/briefing/claim-review-jsonld';
import { sourcesToCslJson } from '../../../../shared/briefing/source-to-csl';
import { briefingOf, citations, claims, lookupOf, referenceSource, reportSource, sources } from './briefing-fixtures';

// Payloads an attacker can plant in any field a companion, workspace or imported page fills. Add one here and every
// field of every text export is tried with it.
export const PAYLOADS = [
  '<svg><script>alert(1)</script></svg>',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '`<script>alert(1)</script>`',
  '\n\n<script>alert(1)</script>\n\n',
  '    <script>alert(1)</script>',
  '<!--><script>alert(1)</script>-->',
  '<style>@import "https://evil.example/x.css"</style>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '[x]: javascript:alert(1)\n[y][x]',
  '<form action="https://evil.example"><button>go</button></form>',
];

const HOSTILE_URLS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '/relative/path', '  JAVASCRIPT:alert(1)'];

// What counts as a payload that ran: an element or attribute that executes, loads or navigates.
const LIVE = 'script, iframe, img, svg, math, style, base, meta, form, details, object, embed, link';

function liveMarkup(html: string, allowed: readonly string[] = []): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found = [...document.querySelectorAll(LIVE)].map((e) => e.outerHTML).filter((h) => !allowed.some((a) => h.startsWith(a)));
  for (const element of document.querySelectorAll('*')) {
    for (const attr of element.attributes) {
      if (/^on/iu.test(attr.name) || /^\s*(?:javascript|data|vbscript):/iu.test(attr.value)) found.push(`${element.tagName} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

function hostileBriefing(payload: string) {
  const briefing = briefingOf(['claim-output', 'claim-ref'], {
    title: payload,
    audience: payload,
    summary: payload,
    date: payload,
    sections: [{ id: 's', heading: payload, items: [{ kind: 'prose', id: 'p', text: payload }, { kind: 'claim', id: 'i1', claimId: 'claim-output' }, { kind: 'claim', id: 'i2', claimId: 'claim-ref' }] }],
  });
  const hostileClaims = claims.map((c) => ({ ...c, text: `${c.text} ${payload}` }));
  const hostileSources: Source[] = sources.map((s) => ({ ...s, title: payload, publisher: payload, authors: [payload], url: 'javascript:alert(1)' }));
  const hostileCitations = citations.map((c) => ({ ...c, locator: { ...c.locator, marker: payload, selectors: [{ type: 'TextQuoteSelector' as const, exact: payload }] } }));
  return { briefing, lookup: lookupOf(hostileClaims, hostileCitations, hostileSources) };
}

describe('exports carry no live payload', () => {
  const markdown = new MarkdownIt({ html: true, linkify: true }).use(markdownItFootnote as unknown as PluginSimple);

  it('escapes every field of the Markdown and HTML exports, the date included, for every payload', () => {
    let tried = 0;
    const ran: string[] = [];
    for (const payload of PAYLOADS) {
      const { briefing, lookup } = hostileBriefing(payload);
      const doc = buildBriefingDocument(briefing, lookup, briefing.date ?? '', { lang: 'en-US' });
      // Markdown is rendered as a viewer with raw HTML enabled would (the worst case).
      ran.push(...liveMarkup(markdown.render(renderMarkdown(doc))).map((m) => `markdown: ${m}`));
      // The HTML export carries its own <meta> CSP and <style>; anything else live is a payload.
      const html = renderHtml(doc);
      const body = html.slice(html.indexOf('<body'));
      ran.push(...liveMarkup(body).map((m) => `html: ${m}`));
      tried += 2;
    }
    expect(tried).toBe(PAYLOADS.length * 2);
    expect(ran).toEqual([]);
  });

  it('keeps the Markdown date as written text', () => {
    const { briefing, lookup } = hostileBriefing('<svg><script>alert(1)</script></svg>');
    const doc = buildBriefingDocument(briefing, lookup, briefing.date ?? '', { lang: 'en-US' });
    expect(renderMarkdown(doc)).toContain('Date: \\<svg\\>\\<script\\>alert(1)\\</script\\>\\</svg\\>');
  });

  it('drops non-web URLs from ClaimReview JSON-LD and CSL-JSON, keeping http(s) ones', () => {
    for (const url of HOSTILE_URLS) {
      const hostile = sources.map((s) => ({ ...s, url, ...(s.csl ? { csl: { ...s.csl, URL: url } } : {}) }));
      const graph = JSON.stringify(buildClaimReviewJsonLd({ claims, citationsByClaim: lookupOf().citationsByClaim, sources: new Map(hostile.map((s) => [s.id, s])) }));
      const csl = JSON.stringify(sourcesToCslJson(hostile));
      for (const text of [graph, csl]) expect(text.toLowerCase()).not.toMatch(/javascript:|data:text|vbscript:|file:|relative\/path/u);
    }
    const csl = sourcesToCslJson([reportSource, { ...referenceSource, csl: { ...referenceSource.csl, URL: 'https://doi.org/10.1/x' } }]);
    expect(csl.map((i) => i.URL)).toEqual(['https://example.org/mcs', 'https://doi.org/10.1/x']);
  });
});
