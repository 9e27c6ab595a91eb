import { layOutGrid } from '../../../../shared/ingest/docx-table-grid';

/**
 * Puts the merged cells of a Word file's tables on their grid: mammoth keeps Word's `gridSpan` and `vMerge` as `colspan`
 * and `rowspan`, which tab-separated rows cannot show, so every place a merged cell covers becomes an empty cell and the
 * spans are dropped. Values then stay in their columns.
 */
export function spreadMergedCells(root: HTMLElement): void {
  for (const table of root.querySelectorAll('table')) {
    const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
    const cells = rows.map((row) => [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH'));
    if (!cells.some((row) => row.some((cell) => cell.hasAttribute('colspan') || cell.hasAttribute('rowspan')))) continue;
    const grid = layOutGrid(cells.map((row) => row.map((cell) => ({ colspan: span(cell, 'colspan'), rowspan: span(cell, 'rowspan') }))));
    rows.forEach((row, r) => {
      const written = cells[r] ?? [];
      for (const cell of written) {
        cell.removeAttribute('colspan');
        cell.removeAttribute('rowspan');
        cell.remove();
      }
      for (const slot of grid[r] ?? []) {
        const cell = 'cell' in slot ? written[slot.cell] : undefined;
        row.appendChild(cell ?? row.ownerDocument.createElement('td'));
      }
    });
  }
}

function span(cell: Element, name: string): number {
  return Number.parseInt(cell.getAttribute(name) ?? '1', 10);
}
