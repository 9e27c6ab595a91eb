import { forwardRef, useImperativeHandle, useMemo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMeasureAfterLayout } from '../../ui/measure-after-layout';
import type { Block } from '../../../../shared/model';
import { splitIntoSegments, type Mark } from '../../../../shared/reading/segments';
import { blockLanguage } from '../../../../shared/reading/block-language';

/** Scrolls the virtual list: to a block by index, or to the block that holds a text offset. */
export interface ReaderBodyHandle {
  scrollToOffset(offset: number): void;
  scrollToBlock(index: number): void;
}

// A first guess at a block's height; each is measured once drawn.
const ESTIMATED_BLOCK_PX = 96;
// Blocks drawn beyond the visible ones, so fast scrolling rarely shows a gap.
const OVERSCAN_BLOCKS = 6;

/** The source's blocks, virtualized so a 100,000-word document opens at once; marks are drawn as runs of text. */
export const ReaderBody = forwardRef<ReaderBodyHandle, {
  blocks: readonly Block[];
  text: string;
  marks: readonly Mark[];
  scrollElement: () => HTMLElement | null;
  scrollMargin: number;
  titleFor: (mark: Mark) => string | undefined;
  footer?: ReactNode;
  /** The source's detected language: a block in another script gets its own `lang`, and with it its own fonts. */
  sourceLang?: string;
  /** The paragraph Tab enters the text at; when it is not drawn, the first drawn paragraph is. */
  tabStop: number | null;
}>(function ReaderBody({ blocks, text, marks, scrollElement, scrollMargin, titleFor, sourceLang, tabStop }, ref) {
  const measuring = useMeasureAfterLayout<HTMLElement, HTMLDivElement>();
  const virtualizer = useVirtualizer({
    ...measuring,
    count: blocks.length,
    getScrollElement: scrollElement,
    estimateSize: () => ESTIMATED_BLOCK_PX,
    overscan: OVERSCAN_BLOCKS,
    scrollMargin,
  });
  const blocksRef = useRef(blocks);
  blocksRef.current = blocks;
  useImperativeHandle(ref, () => ({
    scrollToBlock: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
    scrollToOffset: (offset) => {
      const index = blocksRef.current.findIndex((b) => b.end >= offset);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    },
  }));

  const items = virtualizer.getVirtualItems();
  const drawn = items.flatMap((item) => (blocks[item.index]?.paragraph ? [blocks[item.index]?.paragraph] : []));
  const stop = tabStop !== null && drawn.includes(tabStop) ? tabStop : drawn[0];
  return (
    <div className="reader-body-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => {
        const block = blocks[item.index];
        if (!block) return null;
        const previous = blocks[item.index - 1];
        return (
          <div
            key={block.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {block.page !== undefined && block.page !== previous?.page && <div className="page-marker">Page {block.page}</div>}
            <BlockView block={block} text={text} marks={marks} titleFor={titleFor} sourceLang={sourceLang} tabStop={block.paragraph !== undefined && block.paragraph === stop} />
          </div>
        );
      })}
    </div>
  );
});

function BlockView({ block, text, marks, titleFor, sourceLang, tabStop }: { block: Block; text: string; marks: readonly Mark[]; titleFor: (mark: Mark) => string | undefined; sourceLang?: string; tabStop: boolean }) {
  const lang = useMemo(() => blockLanguage(text.slice(block.start, block.end), sourceLang), [text, block.start, block.end, sourceLang]);
  const runs = splitIntoSegments(block.start, block.end, marks).map((seg) => {
    const content = text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) return <span key={seg.start} data-offset={seg.start}>{content}</span>;
    const classes = seg.marks.map((m) => (m.kind === 'annotation' ? `hl hl-${m.colour ?? 'yellow'}` : m.kind)).join(' ');
    const annotation = seg.marks.find((m) => m.kind === 'annotation');
    const title = seg.marks.map(titleFor).filter(Boolean).join('\n') || undefined;
    return (
      <mark key={seg.start} data-offset={seg.start} className={classes} title={title} data-annotation-id={annotation?.id}>
        {content}
      </mark>
    );
  });
  if (block.kind === 'heading') {
    return (
      <h3 className="block-heading" lang={lang} data-block-start={block.start} data-block-end={block.end}>
        {runs}
      </h3>
    );
  }
  const Tag = block.kind === 'quote' ? 'blockquote' : block.kind === 'code' || block.kind === 'table' ? 'pre' : 'p';
  return (
    <div className={`block block-${block.kind}`} id={block.paragraph ? `para-${block.paragraph}` : undefined} tabIndex={tabStop ? 0 : -1} data-paragraph={block.paragraph}>
      <span className="para-number">
        <span className="visually-hidden">Paragraph </span>
        {block.paragraph}
      </span>
      <Tag className="block-text" lang={lang} data-block-start={block.start} data-block-end={block.end}>
        {runs}
      </Tag>
    </div>
  );
}
