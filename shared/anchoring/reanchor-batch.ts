import type { Selector } from '../model/claim';
import { anchor, type AnchorResult } from './anchor';
import { describeRange, type RangeDescription } from './describe-range';
import { findQuoteSelector } from './selectors';
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

/** Re-anchors every item in the new text (hashed `textHash`), keeping input order, and counts the outcomes. */
export function reanchorBatch(text: string, textHash: string, items: readonly AnchoredItem[]): ReanchorReport {
  const totals: ReanchorTotals = { exact: 0, approximate: 0, drifted: 0, orphaned: 0 };
  const out = items.map((item): ReanchoredItem => {
    const result = anchor(text, item.selectors, { selectorHash: item.sourceHash, textHash });
    totals[result.status] += 1;
    if (result.status === 'orphaned') return { id: item.id, result };
    const reanchored: ReanchoredItem = { id: item.id, result };
    if (result.status !== 'drifted') reanchored.described = describeRange(text, result.start, result.end, { sourceHash: textHash });
    const quote = findQuoteSelector(item.selectors);
    if (result.status !== 'exact' && quote) reanchored.diff = textDiff(quote.exact, text.slice(result.start, result.end));
    return reanchored;
  });
  return { items: out, totals };
}
