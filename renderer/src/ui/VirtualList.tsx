import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useMeasureAfterLayout } from './measure-after-layout';

// Items drawn beyond the visible ones, so scrolling rarely shows a gap.
const OVERSCAN = 6;

/**
 * A list that draws only the items on screen (plus a few), whatever its length: the DOM stays small at 100,000
 * items. Items may differ in height; each is measured once drawn. With `maxHeight` the list is as tall as its items up
 * to that many pixels (for a list inside a page that scrolls); without it, it fills its parent and scrolls itself.
 */
export function VirtualList({ count, estimateSize, itemKey, renderItem, className, label, maxHeight, onRange, testId, scrollToIndex }: {
  count: number;
  estimateSize: number;
  itemKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  className?: string;
  label?: string;
  maxHeight?: number;
  /** Told the first and last index on screen, so the caller can read just that page. */
  onRange?: (first: number, last: number) => void;
  testId?: string;
  /** An item to bring into view (the one just created, say), so it is drawn and can take focus. */
  scrollToIndex?: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const measuring = useMeasureAfterLayout<HTMLDivElement, HTMLLIElement>();
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => estimateSize, overscan: OVERSCAN, getItemKey: itemKey, ...measuring });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => onRange?.(first, last), [first, last, onRange]);
  useEffect(() => {
    if (scrollToIndex !== undefined && scrollToIndex >= 0) virtualizer.scrollToIndex(scrollToIndex, { align: 'auto' });
  }, [scrollToIndex, virtualizer]);
  const style = maxHeight === undefined ? undefined : { height: Math.min(total, maxHeight), flex: 'none' };
  return (
    <div ref={scrollRef} className={`virtual-list ${className ?? ''}`} style={style} data-testid={testId}>
      <ul className="virtual-list-items" aria-label={label} style={{ height: total }}>
        {items.map((item: VirtualItem) => (
          <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="virtual-list-item" style={{ transform: `translateY(${item.start}px)` }} aria-setsize={count} aria-posinset={item.index + 1}>
            {renderItem(item.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
