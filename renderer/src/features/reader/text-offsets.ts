/** The offset in the source's normalized text of a DOM point inside the reader, or null outside any text run. */
export function offsetOfPoint(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>('[data-offset]');
  if (run) {
    const base = Number(run.dataset.offset);
    // A point in the run's text node counts characters; a point on the run element itself counts child nodes.
    return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
  }
  // A point on a block element between runs: take the run at that child index.
  const block = element?.closest<HTMLElement>('[data-block-start]');
  if (!block) return null;
  const runs = block.querySelectorAll<HTMLElement>('[data-offset]');
  if (runs.length === 0) return Number(block.dataset.blockStart);
  const child = (node as Element).childNodes?.[offset] as HTMLElement | undefined;
  if (child?.dataset?.offset) return Number(child.dataset.offset);
  return Number(block.dataset.blockEnd);
}

/** The selected range of the source text, or null when nothing (or nothing in the reader) is selected. */
export function selectedRange(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = offsetOfPoint(range.startContainer, range.startOffset);
  const end = offsetOfPoint(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM point (text node and offset) of a source-text offset inside one drawn block, or null when it is not drawn there. */
export function pointOfOffset(blockText: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const run of blockText.querySelectorAll<HTMLElement>('[data-offset]')) {
    const base = Number(run.dataset.offset);
    const length = run.textContent?.length ?? 0;
    const node = run.firstChild;
    if (node && offset >= base && offset <= base + length) return { node, offset: offset - base };
  }
  return null;
}

/** The drawn block text (with its span in the source text) that holds `element`, or null outside any block. */
export function blockTextOf(element: Element | null): { element: HTMLElement; start: number; end: number; paragraph?: number } | null {
  const block = element?.closest<HTMLElement>('[data-paragraph], .block');
  const text = block?.querySelector<HTMLElement>('[data-block-start]');
  if (!block || !text) return null;
  const paragraph = block.dataset.paragraph ? Number(block.dataset.paragraph) : undefined;
  return { element: text, start: Number(text.dataset.blockStart), end: Number(text.dataset.blockEnd), ...(paragraph ? { paragraph } : {}) };
}
