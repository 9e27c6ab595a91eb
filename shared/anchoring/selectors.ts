import type { Selector } from '../model/claim';

/** A W3C TextQuoteSelector: the selected text with up to a few dozen characters of context either side. */
export type TextQuoteSelector = Extract<Selector, { type: 'TextQuoteSelector' }>;

/** A W3C TextPositionSelector: UTF-16 code unit offsets into a source's normalized text. */
export type TextPositionSelector = Extract<Selector, { type: 'TextPositionSelector' }>;

/** The selectors Footnote can anchor on plain text. */
export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** The first quote selector in the list, if any. */
export function findQuoteSelector(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  for (const s of selectors) if (s.type === 'TextQuoteSelector') return s;
  return undefined;
}

/** The first position selector in the list, if any. */
export function findPositionSelector(selectors: readonly Selector[]): TextPositionSelector | undefined {
  for (const s of selectors) if (s.type === 'TextPositionSelector') return s;
  return undefined;
}
