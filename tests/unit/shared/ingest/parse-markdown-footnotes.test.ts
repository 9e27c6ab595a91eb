import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../shared/ingest/parse-markdown';

describe('parseMarkdown footnotes', () => {
  it('makes footnotes the reference list and their references [n] in the text', () => {
    const doc = parseMarkdown(
      '# Report\n\nChina mines most rare earths.[^supply] Prices rose[^prices] and fell.^[An inline note.] Again.[^supply]\n\n[^supply]: USGS, *Mineral Commodity Summaries*, <https://www.usgs.gov/mcs>\n    and a second paragraph.\n\n[^prices]: Trade data.\n',
      'r.md',
    );
    expect(doc.text).toBe('China mines most rare earths.[1] Prices rose[2] and fell.[3] Again.[1]');
    expect(doc.references).toEqual([
      { n: 1, text: 'USGS, Mineral Commodity Summaries, https://www.usgs.gov/mcs and a second paragraph.', url: 'https://www.usgs.gov/mcs' },
      { n: 2, text: 'Trade data.' },
      { n: 3, text: 'An inline note.' },
    ]);
    expect(doc.blocks).toHaveLength(1);
  });

  it('leaves an unreferenced definition out of both text and list', () => {
    const doc = parseMarkdown('Text.\n\n[^unused]: Never cited.\n', 'r.md');
    expect(doc.text).toBe('Text.');
    expect(doc.references).toEqual([]);
  });
});
