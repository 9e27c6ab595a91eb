/** A table cell's spans as written (`colspan`, `rowspan`), 1 when absent. */
export interface CellSpan {
  colspan: number;
  rowspan: number;
}

/** One position of the laid-out grid: a cell as written (by its index in its row), or a place a merged cell covers. */
export type GridSlot = { cell: number } | { covered: true };

// Word allows 63 columns; a span beyond that is a damaged file, not a layout to reproduce.
const MAX_SPAN = 63;

/**
 * Lays a table's rows out on its cell grid: each row becomes the cells it writes plus a covered slot for every place a
 * cell from this row (`colspan`) or a row above (`rowspan`) spans, so every value stays in its column when the table is
 * read as tab-separated rows. Word writes merged cells as `gridSpan` and `vMerge`, which mammoth turns into these spans.
 */
export function layOutGrid(rows: readonly (readonly CellSpan[])[]): GridSlot[][] {
  // For each column, how many more rows a cell above still covers.
  const pending: number[] = [];
  return rows.map((cells) => {
    const slots: GridSlot[] = [];
    let column = 0;
    const fillCovered = () => {
      while ((pending[column] ?? 0) > 0) {
        pending[column] = (pending[column] ?? 0) - 1;
        slots.push({ covered: true });
        column++;
      }
    };
    cells.forEach((span, index) => {
      fillCovered();
      const colspan = clamp(span.colspan);
      const rowspan = clamp(span.rowspan);
      slots.push({ cell: index });
      for (let c = 0; c < colspan; c++) {
        if (c > 0) slots.push({ covered: true });
        pending[column + c] = Math.max(pending[column + c] ?? 0, rowspan - 1);
      }
      column += colspan;
    });
    // Cells spanning down from above after the row's last cell; a ragged row is padded only as far as they reach.
    while (pending.slice(column).some((rows) => rows > 0)) {
      if ((pending[column] ?? 0) > 0) pending[column] = (pending[column] ?? 0) - 1;
      slots.push({ covered: true });
      column++;
    }
    return slots;
  });
}

function clamp(span: number): number {
  return Number.isInteger(span) && span > 1 ? Math.min(span, MAX_SPAN) : 1;
}
