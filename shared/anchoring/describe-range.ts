import { clampOffset, snapBackward, snapForward } from './code-point-boundaries';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

/**
 * Hypothesis stores 32 code units of context either side: enough to tell repeated quotes apart and to confirm
 * a quote found elsewhere is the same passage, short enough that an edit nearby rarely touches it.
 */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The selectors that describe one range of one version of a source's text. */
export interface RangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The hash of the source version the range was described on, so a later anchor knows whether the text changed. */
  sourceHash: string;
}

/** Options for {@link describeRange}. */
export interface DescribeRangeOptions {
  sourceHash: string;
  /** Context length either side; defaults to {@link QUOTE_CONTEXT_LENGTH}. */
  contextLength?: number;
}

/**
 * Describes `text[start, end)` as a quote and a position selector. Offsets are clamped to the text, put in
 * order and widened to whole code points, so the quote never holds half an emoji.
 */
export function describeRange(text: string, start: number, end: number, options: DescribeRangeOptions): RangeDescription {
  const contextLength = options.contextLength ?? QUOTE_CONTEXT_LENGTH;
  const a = clampOffset(text, Math.min(start, end));
  const b = clampOffset(text, Math.max(start, end));
  const rangeStart = snapBackward(text, a);
  const rangeEnd = snapForward(text, b);
  // Context is trimmed inward rather than widened so it never exceeds its stated length.
  const prefixStart = snapForward(text, Math.max(0, rangeStart - contextLength));
  const suffixEnd = snapBackward(text, Math.min(text.length, rangeEnd + contextLength));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(rangeStart, rangeEnd),
      prefix: text.slice(prefixStart, rangeStart),
      suffix: text.slice(rangeEnd, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: rangeStart, end: rangeEnd },
    sourceHash: options.sourceHash,
  };
}
