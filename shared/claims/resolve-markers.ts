import { describeRange } from '../anchoring/describe-range';
import type { Block, Locator, ReferenceEntry, SourceText } from '../model';
import { parseCitationMarkers } from './parse-citation-markers';

/** What a summary's `[n]` names in its original: paragraph n, or entry n of the original's reference list. */
export type MarkerReading = 'paragraph' | 'reference';

/** The place a marker resolves to. */
export type MarkerTarget = { kind: 'paragraph'; block: Block } | { kind: 'reference'; entry: ReferenceEntry };

/**
 * How to read a summary's markers against an original, one reading for all of them. When the original has a
 * reference list and cites it in its own text with `[n]` markers (a Wikipedia article, a paper), a summary's `[n]`
 * most likely repeats the original's own numbering, so n is entry n of the list; otherwise (a news article, a
 * report without numbered references) n is the original's paragraph n. One reading per link, never a mix: with a
 * mix, `[3]` could be a reference while `[40]` is a paragraph, and the analyst could not tell which.
 */
export function chooseMarkerReading(original: Pick<SourceText, 'text' | 'references'>): MarkerReading {
  return original.references.length > 0 && parseCitationMarkers(original.text).length > 0 ? 'reference' : 'paragraph';
}

/** The paragraph or reference entry marker `n` names in the original under `reading`, or undefined when there is none. */
export function markerTarget(original: Pick<SourceText, 'blocks' | 'references'>, n: number, reading: MarkerReading): MarkerTarget | undefined {
  if (reading === 'reference') {
    const entry = original.references.find((r) => r.n === n);
    return entry ? { kind: 'reference', entry } : undefined;
  }
  const block = original.blocks.find((b) => b.paragraph === n);
  return block ? { kind: 'paragraph', block } : undefined;
}

/**
 * The locator of a marker citation resolved against the original: paragraph n with a quote and position selector of
 * the whole paragraph (so it can be re-anchored if the original is re-imported with edits), or reference entry n.
 * Undefined when marker n points nowhere under `reading`. The marker as written is kept.
 */
export function resolveMarkerLocator(locator: Locator, original: SourceText, originalHash: string, reading: MarkerReading): Locator | undefined {
  if (locator.markerNumber === undefined) return undefined;
  const target = markerTarget(original, locator.markerNumber, reading);
  if (!target) return undefined;
  const out = markerOnly(locator);
  if (target.kind === 'reference') return { ...out, reference: target.entry.n };
  const { block } = target;
  const range = describeRange(original.text, block.start, block.end, { sourceHash: originalHash });
  const resolved: Locator = { ...out, selectors: [range.quote, range.position] };
  if (block.paragraph !== undefined) resolved.paragraph = block.paragraph;
  if (block.page !== undefined) resolved.page = block.page;
  return resolved;
}

/** The locator as the summary wrote it: the marker and its number only, everything resolution added taken away. */
export function markerOnly(locator: Locator): Locator {
  const out: Locator = {};
  if (locator.marker !== undefined) out.marker = locator.marker;
  if (locator.markerNumber !== undefined) out.markerNumber = locator.markerNumber;
  return out;
}
