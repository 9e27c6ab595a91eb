import { describe, expect, it } from 'vitest';
import { layOutGrid, type CellSpan } from '../../../../shared/ingest/docx-table-grid';

const c = (colspan = 1, rowspan = 1): CellSpan => ({ colspan, rowspan });
const shape = (rows: ReturnType<typeof layOutGrid>) => rows.map((r) => r.map((s) => ('cell' in s ? String(s.cell) : '_')).join(' '));

describe('layOutGrid', () => {
  it('keeps the columns of the merged-cells fixture: a header spanning two columns, row spans down the first column', () => {
    // tests/fixtures/docx/merged-cells.html, as mammoth writes the Word file's gridSpan and vMerge.
    const rows = [[c(1, 2), c(2), c(1, 2)], [c(), c()], [c(1, 2), c(), c(), c()], [c(), c(), c()], [c(), c(2), c()]];
    expect(shape(layOutGrid(rows))).toEqual(['0 1 _ 2', '_ 0 1 _', '0 1 2 3', '_ 0 1 2', '0 1 _ 2']);
  });

  it('gives every row as many slots as the widest row needs when spans end the row, and ignores absurd spans', () => {
    expect(shape(layOutGrid([[c(), c(1, 3)], [c()], [c()]]))).toEqual(['0 1', '0 _', '0 _']);
    expect(shape(layOutGrid([[c(0, -1), c(1000)]]))[0]?.split(' ')).toHaveLength(64);
  });
});
