import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, renderMarkdown } from '../../../../shared/briefing/render-markdown';
import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';

const doc: BriefingDocument = {
  title: 'Rare earths',
  audience: 'Desk',
  summary: '',
  date: '2026-11-28',
  sections: [
    { heading: 'Supply', blocks: [{ kind: 'claim', claimId: 'a', text: 'China: 70% of *world* output', footnotes: [1, 2], unresolved: true }] },
    { heading: 'Policy', blocks: [{ kind: 'prose', text: 'Context.' }, { kind: 'claim', claimId: 'b', text: '- Licences [8]', footnotes: [2], unresolved: true }] },
  ],
  footnotes: [
    { n: 1, text: 'Source A, marker [2]' },
    { n: 2, text: 'Source A, marker [8]' },
  ],
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
