import type { Selector } from '../model/claim';
import { anchor, type AnchorResult } from './anchor';
import { describeRange, type RangeDescription } from './describe-range';
import { findPositionSelector, findQuoteSelector } from './selectors';
import { textDiff, type DiffPart } from './text-diff';

/** Something anchored in a source: an annotation or a citation. */
export interface AnchoredItem {
  id: string;
  selectors: readonly Selector[];
  /** The hash of the source version the selectors were made on. */
  sourceHash?: string;
}

/** What happened to one item carried to the new version. */
export interface ReanchoredItem {
  id: string;
  result: AnchorResult;
  /** New selectors on the new version, for items placed exactly or approximately; drifted and orphaned items keep their old ones until the analyst decides. */
  described?: RangeDescription;
  /** Old quote against the text now in its place, for approximate and drifted items, so the analyst can review the change. */
  diff?: DiffPart[];
}

/** How many items ended in each state: "N placed exactly, M placed approximately, K orphaned". */
export interface ReanchorTotals {
  exact: number;
  approximate: number;
  drifted: number;
  orphaned: number;
}

/** The outcome of carrying a source's annotations and citations to a new version of its text. */
export interface ReanchorReport {
  items: ReanchoredItem[];
  totals: ReanchorTotals;
}

function report(text: string, textHash: string, item: AnchoredItem, result: AnchorResult): ReanchoredItem {
  const reanchored: ReanchoredItem = { id: item.id, result };
  if (result.status === 'orphaned') return reanchored;
  if (result.status !== 'drifted') reanchored.described = describeRange(text, result.start, result.end, { sourceHash: textHash });
  const quote = findQuoteSelector(item.selectors);
  if (result.status !== 'exact' && quote) reanchored.diff = textDiff(quote.exact, text.slice(result.start, result.end));
  return reanchored;
}

/**
 * Re-anchors every item in the new text (hashed `textHash`) and counts the outcomes; the report keeps the
 * input order. Items are anchored in reading order so each can expect the shift the one before it showed:
 * text inserted near the top moves everything below by the same amount.
 */
export function reanchorBatch(text: string, textHash: string, items: readonly AnchoredItem[]): ReanchorReport {
  const totals: ReanchorTotals = { exact: 0, approximate: 0, drifted: 0, orphaned: 0 };
  const storedStart = (item: AnchoredItem) => findPositionSelector(item.selectors)?.start;
  const order = items.map((item, index) => ({ item, index, start: storedStart(item) }));
  order.sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
  const out: ReanchoredItem[] = new Array<ReanchoredItem>(items.length);
  let shift = 0;
  for (const { item, index, start } of order) {
    const result = anchor(text, item.selectors, { selectorHash: item.sourceHash, textHash, expectedShift: shift });
    // Only placements are evidence of how the text moved; a drifted candidate may be anywhere.
    if (start !== undefined && (result.status === 'exact' || result.status === 'approximate')) shift = result.start - start;
    totals[result.status] += 1;
    out[index] = report(text, textHash, item, result);
  }
  return { items: out, totals };
}
