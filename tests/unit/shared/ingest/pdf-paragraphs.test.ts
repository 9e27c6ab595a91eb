import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesFromItems, type PdfLine, type PdfTextItem } from '../../../../shared/ingest/pdf-lines';
import { joinLines, paragraphsFromPages } from '../../../../shared/ingest/pdf-paragraphs';
import { extractPdfReferences } from '../../../../shared/ingest/pdf-references';

// A line of body text on a 10 pt grid: 12 pt apart, left margin 100, right edge 500 when justified.
function line(text: string, y: number, options: Partial<PdfLine> = {}): PdfLine {
  return { text, x: 100, right: 500, y, size: 10, ...options };
}

function item(str: string, x: number, y: number, size = 10): PdfTextItem {
  return { str, x, y, width: str.length * size * 0.5, size };
}

describe('linesFromItems', () => {
  it('joins runs on one baseline, adding the spaces the PDF left out as gaps', () => {
    const lines = linesFromItems([item('Hello', 100, 700), item('world', 130, 700), item('next', 100, 688)]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'next']);
  });

  it('keeps a raised footnote marker on its line and adds no space inside CJK text', () => {
    const lines = linesFromItems([item('稀土', 100, 700), item('产量', 121, 700), item('1', 131, 703, 6), item('下一行', 100, 688)]);
    expect(lines.map((l) => l.text)).toEqual(['稀土产量1', '下一行']);
    expect(lines[0]?.size).toBe(10);
  });

  it('starts a new line when a run jumps back to the left', () => {
    const lines = linesFromItems([item('left column end', 100, 500), item('right column', 320, 700), item('back', 100, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['left column end', 'right column', 'back']);
  });
});

describe('paragraphsFromPages', () => {
  it('splits paragraphs at wider gaps and first-line indents, never one block per line', () => {
    const drafts = paragraphsFromPages([
      {
        page: 1,
        lines: [
          line('First paragraph starts here and runs to the', 700),
          line('right edge before it ends on this short line.', 688, { right: 300 }),
          line('Second paragraph is indented by an em and also', 676, { x: 115 }),
          line('continues on a second line.', 664, { right: 250 }),
          line('Third paragraph follows a blank line gap and', 640),
          line('ends here.', 628, { right: 160 }),
        ],
      },
    ]);
    expect(drafts.map((d) => [d.kind, d.text, d.page])).toEqual([
      ['paragraph', 'First paragraph starts here and runs to the right edge before it ends on this short line.', 1],
      ['paragraph', 'Second paragraph is indented by an em and also continues on a second line.', 1],
      ['paragraph', 'Third paragraph follows a blank line gap and ends here.', 1],
    ]);
  });

  it('measures each line of a two-column page against its own column', () => {
    const left = (text: string, y: number, right = 290) => line(text, y, { x: 60, right });
    const right = (text: string, y: number, end = 550) => line(text, y, { x: 320, right: end });
    const drafts = paragraphsFromPages([
      {
        page: 1,
        lines: [
          left('The left column is justified to its own edge.', 700),
          left('A sentence ends at the edge here.', 688),
          left('The paragraph goes on below.', 676, 200),
          right('The right column starts at the top and is', 700),
          right('justified to its own right edge too.', 688),
          right('Short last line.', 676, 420),
          right('A new paragraph, indented.', 664),
        ].map((l, i) => (i === 6 ? { ...l, x: 335 } : l)),
      },
    ]);
    expect(drafts.map((d) => d.text)).toEqual([
      'The left column is justified to its own edge. A sentence ends at the edge here. The paragraph goes on below.',
      'The right column starts at the top and is justified to its own right edge too. Short last line.',
      'A new paragraph, indented.',
    ]);
  });

  it('reads letter-spaced section names in body type as headings with their words apart, and no other letter-spaced line', () => {
    const drafts = paragraphsFromPages([
      { page: 1, lines: [line('a r t i c l e i n f o', 720, { right: 120 }), line('Article history:', 700, { right: 100 }), line('a b s t r a c t', 660, { right: 100 }), line('Body text.', 640, { right: 160 }), line('s a l e s', 600, { right: 60 })] },
    ]);
    expect(drafts.map((d) => [d.kind, d.text])).toEqual([
      ['heading', 'article info'],
      ['paragraph', 'Article history:'],
      ['heading', 'abstract'],
      ['paragraph', 'Body text.'],
      ['paragraph', 's a l e s'],
    ]);
  });

  it('reads larger lines as headings with levels, and drops page numbers', () => {
    const drafts = paragraphsFromPages([
      { page: 1, lines: [line('A Title', 750, { size: 16, right: 200 }), line('1. Section', 720, { size: 12, right: 180 }), line('Body text.', 700, { right: 160 }), line('1', 60, { x: 300, right: 305 })] },
      { page: 2, lines: [line('2. Next', 720, { size: 12, right: 180 }), line('More body.', 700, { right: 160 }), line('2', 60, { x: 300, right: 305 })] },
    ]);
    expect(drafts.map((d) => [d.kind, d.text, d.level, d.page])).toEqual([
      ['heading', 'A Title', 1, 1],
      ['heading', '1. Section', 2, 1],
      ['paragraph', 'Body text.', undefined, 1],
      ['heading', '2. Next', 2, 2],
      ['paragraph', 'More body.', undefined, 2],
    ]);
  });

  it('drops a running header repeated on most pages, keeps the paragraph it interrupts whole', () => {
    const page = (n: number, lines: PdfLine[]) => ({ page: n, lines: [line(`Journal of Tests, vol. ${n}`, 760, { right: 250 }), ...lines] });
    const drafts = paragraphsFromPages([
      page(1, [line('A sentence that runs past the end of the', 700)]),
      page(2, [line('page and finishes here.', 700, { right: 250 })]),
      page(3, [line('Another paragraph.', 700, { right: 200 })]),
    ]);
    expect(drafts.map((d) => [d.text, d.page])).toEqual([
      ['A sentence that runs past the end of the page and finishes here.', 1],
      ['Another paragraph.', 3],
    ]);
  });

  it('drops a two-row download notice at the foot of every page, and alternate left and right running heads', () => {
    const head = (n: number) => (n % 2 === 0 ? line(`${n} Rare Earth Supply`, 760, { right: 250 }) : line(`Lee and Wu ${n}`, 760, { x: 300 }));
    const foot = [line('Downloaded from example.org by a reader', 60, { right: 300 }), line('on 3 March 2024', 48, { right: 180 })];
    const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ page: n, lines: [...(n > 1 ? [head(n)] : []), line(`Paragraph ${n} of the body ends here.`, 700, { right: 300 }), line('Table 2 total: 42', 640, { right: 200 }), line('42', 628, { right: 112 }), ...foot] }));
    const drafts = paragraphsFromPages(pages);
    expect(drafts.map((d) => d.text).filter((t) => /Downloaded|on 3 March|Rare Earth Supply|Lee and Wu/u.test(t))).toEqual([]);
    // A bare number that is not on the outermost row stays: it is text (a table's figure), not a page number.
    expect(drafts.map((d) => d.text).join(' ').match(/\b42\b/gu)).toHaveLength(16);
  });

  it('makes each bullet or numbered line a list item', () => {
    const drafts = paragraphsFromPages([
      { page: 1, lines: [line('Steps:', 700, { right: 140 }), line('1) First step.', 688, { right: 200 }), line('2) Second step that wraps onto', 676), line('a second line.', 664, { x: 112, right: 200 }), line('• A bullet.', 652, { right: 180 })] },
    ]);
    expect(drafts.map((d) => [d.kind, d.text])).toEqual([
      ['paragraph', 'Steps:'],
      ['list-item', '1) First step.'],
      ['list-item', '2) Second step that wraps onto a second line.'],
      ['list-item', 'A bullet.'],
    ]);
  });
});

describe('joinLines', () => {
  it('rejoins words hyphenated at a line end, keeping compound hyphens', () => {
    expect(joinLines(['the transac-', 'tion was'])).toBe('the transaction was');
    expect(joinLines(['for non-', 'reversible services'])).toBe('for non-reversible services');
    expect(joinLines(['a proof-', 'of-work system'])).toBe('a proof-of-work system');
    expect(joinLines(['Hash-', 'Cash is'])).toBe('Hash- Cash is');
    expect(joinLines(['soft\u00ad', 'ware'])).toBe('software');
    expect(joinLines(['中国的稀土', '产量'])).toBe('中国的稀土产量');
  });

  it('never loses a letter other than a line-end hyphen', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 6 }), (lines) => {
        const letters = (s: string) => s.replace(/[\s\-\u00ad]/gu, '');
        expect(letters(joinLines(lines))).toBe(letters(lines.map((l) => l.trim()).join('')));
      }),
    );
  });
});

describe('extractPdfReferences', () => {
  it('takes a numbered References section out of the text as its entries', () => {
    const { drafts, references } = extractPdfReferences([
      { kind: 'paragraph', text: 'As shown [1] and [2].', page: 1 },
      { kind: 'heading', text: 'References', level: 2, page: 2 },
      { kind: 'paragraph', text: '[1] W. Dai, "b-money," http://www.weidai.com/bmoney.txt, 1998.', page: 2 },
      { kind: 'paragraph', text: '[2] H. Massias, "Design of a secure timestamping service with minimal', page: 2 },
      { kind: 'paragraph', text: 'trust requirements," vol [3], 1999.', page: 2 },
      { kind: 'heading', text: 'Appendix', level: 2, page: 3 },
      { kind: 'paragraph', text: 'Kept.', page: 3 },
    ]);
    expect(drafts.map((d) => d.text)).toEqual(['As shown [1] and [2].', 'Appendix', 'Kept.']);
    expect(references).toEqual([
      { n: 1, text: 'W. Dai, "b-money," http://www.weidai.com/bmoney.txt, 1998.', url: 'http://www.weidai.com/bmoney.txt' },
      { n: 2, text: 'H. Massias, "Design of a secure timestamping service with minimal trust requirements," vol [3], 1999.' },
    ]);
  });

  it('reads "1." numbering under a Chinese heading set in body text', () => {
    const { references } = extractPdfReferences([
      { kind: 'paragraph', text: '正文。', page: 1 },
      { kind: 'paragraph', text: '参考文献', page: 1 },
      { kind: 'paragraph', text: '1. 张三. 稀土产业研究. 2020.', page: 1 },
      { kind: 'paragraph', text: '2. 李四. 矿产资源. 2021.', page: 1 },
    ]);
    expect(references.map((r) => [r.n, r.text])).toEqual([
      [1, '张三. 稀土产业研究. 2020.'],
      [2, '李四. 矿产资源. 2021.'],
    ]);
  });

  it('reads an unnumbered author–year bibliography as the reference list, cited as (Smith 2020), named as printed', () => {
    const drafts = [
      { kind: 'heading' as const, text: 'Bibliography', level: 1 },
      { kind: 'paragraph' as const, text: 'Smith, J. (2020). A book.' },
    ];
    // The heading leaves the body with the list, so the list keeps its name; a plain "References" adds none.
    expect(extractPdfReferences(drafts)).toEqual({ drafts: [], references: [{ n: 1, text: 'Smith, J. (2020). A book.', list: 'Bibliography' }] });
    expect(extractPdfReferences([{ kind: 'heading', text: '7. References', level: 1 }, { kind: 'paragraph', text: 'Smith, J. (2020). A book.' }]).references).toEqual([{ n: 1, text: 'Smith, J. (2020). A book.' }]);
  });
});
