import { useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual';

type Options<S extends Element, I extends Element> = Required<Pick<VirtualizerOptions<S, I>, 'measureElement' | 'onChange'>>;

/**
 * Virtualizer options that measure drawn items without laying the page out inside React's commit.
 *
 * TanStack's default reads each new item's offsetHeight from its ref, which forces a layout of the whole page in the
 * task that commits the items: the library's first opening at 10,000 sources was one 190–240 ms task, about half of it
 * that layout. Here a new item takes its known size (or the estimate) when drawn, and its real size comes from the
 * ResizeObserver the virtualizer already keeps, which the browser calls after its own layout, in the same frame and
 * before painting. The redraw with the real sizes is flushed right there, so the painted frame never shows items at
 * their estimated places; the commit and the layout become two shorter tasks instead of one long one.
 */
export function useMeasureAfterLayout<S extends Element, I extends Element>(): Options<S, I> {
  const observed = useRef(false);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const options = useRef<Options<S, I> | null>(null);
  options.current ??= {
    measureElement: (element: I, entry: ResizeObserverEntry | undefined, v: Virtualizer<S, I>) => {
      const box = entry?.borderBoxSize[0];
      if (box) {
        // The observer's sizes for one callback are applied together, then onChange runs, all before any microtask.
        if (!observed.current) queueMicrotask(() => (observed.current = false));
        observed.current = true;
        return Math.round(v.options.horizontal ? box.inlineSize : box.blockSize);
      }
      const index = v.indexFromElement(element);
      return v.itemSizeCache.get(v.options.getItemKey(index)) ?? v.options.estimateSize(index);
    },
    onChange: () => {
      if (!observed.current) return;
      observed.current = false;
      flushSync(redraw);
    },
  };
  return options.current;
}
