import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildBriefingDocument } from '../../../../shared/briefing/briefing-document';
import { cslFormatter } from '../../../../shared/briefing/citation-styles';
import { noteReferenceParts } from '../../../../shared/briefing/note-references';
import { escapeHtml, renderHtml } from '../../../../shared/briefing/render-html';
import { briefingOf, lookupOf } from './briefing-fixtures';

const claimIds = ['claim-output', 'claim-script', 'claim-zh', 'claim-ref'];

function rendered(style: string, fields: Parameters<typeof briefingOf>[1] = {}) {
  const doc = buildBriefingDocument(briefingOf(claimIds, fields), lookupOf(), '2025-11-28', { style, formatter: cslFormatter, footnoteContent: { quote: true } });
  const html = renderHtml(doc);
  return { doc, html, document: parseHTML(html).document };
}

describe('renderHtml', () => {
  it('footnotes every claim: each reference links to a note, each note links back to each of its references', () => {
    for (const style of ['footnote-notes', 'apa', 'chicago-notes', 'gb7714']) {
      const { doc, document } = rendered(style);
      const items = [...document.querySelectorAll('li.claim')];
      expect(items).toHaveLength(claimIds.length);
      for (const item of items) {
        const block = doc.sections[0]?.blocks.find((b) => b.kind === 'claim' && b.claimId === item.getAttribute('data-claim-id'));
        const targets = [...item.querySelectorAll('sup.fnref a')].map((a) => a.getAttribute('href'));
        const linked = block?.kind === 'claim' ? noteReferenceParts(block.footnotes, doc.numbering).flatMap((p) => (p.n === undefined ? [] : [`#fn-${p.n}`])) : [];
        expect(targets).toEqual(linked);
        for (const a of item.querySelectorAll('sup.fnref a')) {
          const note = document.getElementById(String(a.getAttribute('href')).slice(1));
          expect(note?.querySelector(`a.backref[href="#${a.getAttribute('id')}"]`)).toBeTruthy();
        }
      }
      const notes = [...document.querySelectorAll('section.footnotes ol > li')];
      const label = (n: number) => (doc.numbering === 'source' ? `[${n}] ` : '');
      expect(notes.map((li) => li.textContent?.replace(/↩/g, '').trim())).toEqual(doc.footnotes.map((f) => `${label(f.n)}${f.text}`));
    }
  });

  it('keeps a claim with markup as text: no script element, the words shown as written', () => {
    const { html, document } = rendered('apa');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(html).toContain('Export licences &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; quotas tightened');
    expect(document.querySelector('li[data-claim-id="claim-script"]')?.textContent).toContain('Export licences <script>alert("x")</script> & quotas tightened');
  });

  it('is self-contained: inline style, a policy that loads nothing, print rules', () => {
    const { html, document } = rendered('footnote-notes');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(document.querySelectorAll('link, img, iframe')).toHaveLength(0);
    expect(html).toContain('@media print');
  });

  it('sets the language, and adds the bibliography the style calls for', () => {
    const en = rendered('chicago-notes').document;
    expect(en.documentElement.getAttribute('lang')).toBe('en-US');
    expect(en.querySelector('section.bibliography h2')?.textContent).toBe('Bibliography');
    const zh = rendered('gb7714', { title: '稀土：供应与政策', summary: '中国占全球产量的大部分。', audience: '外交组' }).document;
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    // A numeric style's notes are its reference list: one heading, one entry per source.
    expect(zh.querySelector('section.footnotes h2')?.textContent).toBe('参考文献');
    expect(zh.querySelector('section.bibliography')).toBeNull();
    expect(zh.querySelector('.meta')?.textContent).toContain('受众：外交组');
    expect(rendered('footnote-notes').document.querySelector('section.bibliography')).toBeNull();
  });

  it('escapes quotes for attributes as well as angle brackets and ampersands', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderHtml, fonts by script', () => {
  const english = buildBriefingDocument(briefingOf(['claim-output', 'claim-zh'], { summary: 'China’s “dominant” position.' }), lookupOf(), '2025-11-28');
  const chinese = buildBriefingDocument(briefingOf(['claim-zh', 'claim-output'], { title: '稀土：供应与政策', summary: '中国占全球产量的大部分。' }), lookupOf(), '2025-11-28');

  it('marks Chinese runs of an English briefing with lang="zh" and leaves English quotes to the English text', () => {
    const { document } = parseHTML(renderHtml(english));
    expect(document.documentElement.getAttribute('lang')).toBe('en-US');
    const marked = [...document.querySelectorAll('[lang="zh"]')].map((el) => el.textContent ?? '');
    expect(marked).toContain('中国稀土产量占全球的百分之七十');
    for (const text of marked) expect(text).toMatch(/^\p{Script=Han}/u);
    expect(document.querySelector('.summary')?.innerHTML).toBe('China’s “dominant” position.');
  });

  it('marks English runs of a Chinese briefing with their own lang', () => {
    const { document } = parseHTML(renderHtml(chinese));
    const marked = [...document.querySelectorAll('span[lang]')].map((el) => [el.getAttribute('lang'), el.textContent] as const);
    expect(marked.some(([lang, text]) => lang !== 'zh' && (text ?? '').includes("world's output"))).toBe(true);
  });

  it('gives Latin text a stack without CJK fonts and Chinese text a CJK stack', () => {
    const css = renderHtml(english).match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const bodyFonts = css.match(/body \{ font-family: ([^;]*);/)?.[1] ?? '';
    expect(bodyFonts).not.toMatch(/CJK|YaHei|Han Sans|PingFang/);
    expect(css).toMatch(/:lang\(zh\) \{ font-family: "Noto Sans CJK SC"/);
  });
});
