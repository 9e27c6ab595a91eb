import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../shared/ingest/parse-markdown';
import { readSharedText } from '../fixture-paths';

describe('parseMarkdown', () => {
  it('turns headings, lists, quotes and code into blocks and takes the first H1 as the title', () => {
    const doc = parseMarkdown('# Rare earths\n\nIntro *text*.\n\n## Supply\n\n- China: 70% [8]\n- US: 12%\n\n> A quote\n\n```\ncode\n```\n', 'f.md');
    expect(doc.meta.title).toBe('Rare earths');
    expect(doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Intro text.'],
      ['heading', 'Supply'],
      ['list-item', 'China: 70% [8]'],
      ['list-item', 'US: 12%'],
      ['quote', 'A quote'],
      ['code', 'code'],
    ]);
    expect(doc.blocks.map((b) => b.paragraph)).toEqual([1, undefined, 2, 3, 4, 5]);
  });

  it('reads the opencc-js README in English and Simplified Chinese', () => {
    const en = parseMarkdown(readSharedText('corpus/documents/markdown/opencc-js/README.md'), 'README.md');
    expect(en.blocks.length).toBeGreaterThan(10);
    expect(en.meta.lang).toBe('en');
    expect(en.blocks.some((b) => b.kind === 'code')).toBe(true);
  });
});
