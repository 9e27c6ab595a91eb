import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeMarkdown, renderMarkdown } from '../../../../shared/briefing/render-markdown';
import { buildBriefingDocument, type BriefingDocument } from '../../../../shared/briefing/briefing-document';
import { cslFormatter } from '../../../../shared/briefing/citation-styles';
import { briefingOf, lookupOf } from './briefing-fixtures';

const doc: BriefingDocument = {
  title: 'Rare earths',
  audience: 'Desk',
  summary: '',
  date: '2026-11-28',
  lang: 'en-US',
  style: 'footnote-notes',
  numbering: 'note',
  notesHeading: 'Sources',
  sections: [
    { heading: 'Supply', blocks: [{ kind: 'claim', claimId: 'a', text: 'China: 70% of *world* output', footnotes: [1, 2], unresolved: true, dispute: null }] },
    { heading: 'Policy', blocks: [{ kind: 'prose', text: 'Context.' }, { kind: 'claim', claimId: 'b', text: '- Licences [8]', footnotes: [3], unresolved: true, dispute: '[Disputed: contradicted by note 3]' }] },
  ],
  footnotes: [
    { n: 1, text: 'Source A, marker [2]', citationIds: ['c1'] },
    { n: 2, text: 'Source A, marker [8]', citationIds: ['c2'] },
    { n: 3, text: 'Contra: Source A, marker [8]', citationIds: ['c3'] },
  ],
  bibliography: null,
  warnings: [],
};

describe('renderMarkdown', () => {
  const md = renderMarkdown(doc);

  it('writes the title, section headings, claims with footnote references and the footnotes', () => {
    expect(md).toContain('# Rare earths\n');
    expect(md).toContain('## Supply\n');
    expect(md).toContain('- China: 70% of \\*world\\* output[^1][^2]\n');
    expect(md).toContain('[^2]: Source A, marker \\[8\\]');
  });

  it('renders through a CommonMark parser without the claim text turning into markup', () => {
    const html = new MarkdownIt().render(md);
    expect(html).toContain('China: 70% of *world* output');
    expect(html).toContain('- Licences [8]');
  });

  it('escapes line-start list markers and joins lines', () => {
    expect(escapeMarkdown('1. first\nsecond')).toBe('1\\. first second');
  });
});

// @types/markdown-it-footnote types the plugin against markdown-it's CommonJS typings, which differ in name only.
const footnotePlugin = markdownItFootnote as unknown as PluginSimple;

interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number> };
}

/** The footnote labels referenced inside each bullet, in order, and the labels defined, as markdown-it-footnote parses them. */
function parseFootnotes(markdown: string): { bullets: { text: string; refs: string[] }[]; defined: Set<string> } {
  const env: FootnoteEnv = {};
  const tokens = new MarkdownIt('commonmark').use(footnotePlugin).parse(markdown, env);
  const bullets: { text: string; refs: string[] }[] = [];
  let current: { text: string; refs: string[] } | undefined;
  for (const token of tokens) {
    if (token.type === 'list_item_open') current = { text: '', refs: [] };
    if (token.type === 'list_item_close' && current) {
      bullets.push(current);
      current = undefined;
    }
    if (token.type === 'inline' && current) {
      for (const child of token.children ?? ([] as Token[])) {
        if (child.type === 'text') current.text += child.content;
        if (child.type === 'footnote_ref') current.refs.push(String((child.meta as { label: string }).label));
      }
    }
  }
  const defined = new Set(Object.keys(env.footnotes?.refs ?? {}).map((k) => k.replace(/^:/, '')));
  return { bullets, defined };
}

describe('renderMarkdown, parsed as CommonMark with footnotes', () => {
  const claimIds = ['claim-output', 'claim-script', 'claim-zh', 'claim-ref'];
  for (const style of ['footnote-notes', 'apa', 'chicago-notes', 'gb7714']) {
    it(`gives every claim its footnote references and defines every footnote (${style})`, () => {
      const built = buildBriefingDocument(briefingOf(claimIds), lookupOf(), '2025-11-28', { style, formatter: cslFormatter, footnoteContent: { quote: true } });
      const { bullets, defined } = parseFootnotes(renderMarkdown(built));
      const claims = built.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? [b] : [])));
      for (const claim of claims) {
        const bullet = bullets.find((b) => b.text === claim.text);
        expect(bullet?.refs).toEqual(claim.footnotes.map(String));
      }
      const referenced = new Set(bullets.flatMap((b) => b.refs));
      expect(referenced).toEqual(defined);
      expect(defined.size).toBe(built.footnotes.length);
    });
  }

  it('shows any claim text exactly as written', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '[', ']', '^', '<', '>', '&', '#', '-', '1', '.', ')', '`', '\\', '|', '~', '!', '中'), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(text, (raw) => {
        const claimText = raw.replace(/\s+/g, ' ').trim();
        fc.pre(claimText !== '');
        const one: BriefingDocument = { ...doc, sections: [{ heading: '', blocks: [{ kind: 'claim', claimId: 'x', text: claimText, footnotes: [1], unresolved: false, dispute: null }] }] };
        const { bullets } = parseFootnotes(renderMarkdown(one));
        expect(bullets).toEqual([{ text: claimText, refs: ['1'] }]);
      }),
      { numRuns: 300 },
    );
  });

  it('lists the bibliography under the style’s heading', () => {
    const built = buildBriefingDocument(briefingOf(['claim-output']), lookupOf(), '2025-11-28', { style: 'chicago-notes', formatter: cslFormatter });
    expect(renderMarkdown(built)).toContain('## Bibliography\n\n- Smith, Jane. “Mineral Commodity Summaries 2025.” U.S. Geological Survey');
  });
});
