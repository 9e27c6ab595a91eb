import type { Block, BlockKind } from '../model';

/** A block before it has a place in the text. */
export interface DraftBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  page?: number;
}

/** Blocks are joined by a blank line so positions in the text stay stable and readable. */
export const BLOCK_SEPARATOR = '\n\n';

const NUMBERED_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'quote', 'table', 'code']);

/** Lays draft blocks end to end into one text, numbering every non-heading block as a paragraph from 1. */
export function buildBlocks(drafts: readonly DraftBlock[]): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const draft of drafts) {
    const content = draft.text.trim();
    if (content === '') continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const block: Block = { id: `b${blocks.length + 1}`, kind: draft.kind, start: offset, end: offset + content.length };
    if (NUMBERED_KINDS.has(draft.kind)) block.paragraph = ++paragraph;
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.page !== undefined) block.page = draft.page;
    blocks.push(block);
    parts.push(content);
    offset += content.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}
