import { findPositionSelector, findQuoteSelector } from '../../anchoring/selectors';
import { LocatorSchema, type Block, type Locator, type Selector, type SourceText } from '../../model';
import { blockAt } from '../evidence/citation-passage';

/**
 * Checks a citation's locator against the cited source's text and fills in what the selection implies: the paragraph
 * and page of a selected passage. Throws a message for the analyst when the locator is malformed or points outside
 * the text; a source with no text (a scan, a reference entry) is checked for shape only.
 */
export function checkLocator(input: unknown, sourceText: SourceText | undefined): Locator {
  const parsed = LocatorSchema.safeParse(input);
  if (!parsed.success) throw new Error(`This citation's place is not valid (${parsed.error.issues[0]?.path.join('.') || 'locator'}: ${parsed.error.issues[0]?.message ?? 'malformed'}).`);
  const locator: Locator = parsed.data;
  if (!sourceText) return locator;
  const selectors = locator.selectors ?? [];
  const position = findPositionSelector(selectors);
  const quote = findQuoteSelector(selectors);
  if (quote && quote.exact.trim() === '') throw new Error('The selection is empty: select the words the claim rests on.');
  if (position) {
    if (position.start > position.end || position.end > sourceText.text.length) throw new Error("The selection lies outside this source's text; select the passage again.");
    if (quote && sourceText.text.slice(position.start, position.end) !== quote.exact) throw new Error("The selection's words and place disagree; select the passage again.");
    const block = blockAt(sourceText.blocks, position.start);
    if (locator.paragraph === undefined && block?.paragraph !== undefined) locator.paragraph = block.paragraph;
    if (locator.page === undefined && block?.page !== undefined) locator.page = block.page;
  }
  if (locator.paragraph !== undefined && !sourceText.blocks.some((b) => b.paragraph === locator.paragraph)) {
    throw new Error(`This source has no paragraph ${locator.paragraph}.`);
  }
  if (locator.reference !== undefined && !sourceText.references.some((r) => r.n === locator.reference)) {
    throw new Error(`This source's reference list has no entry ${locator.reference}.`);
  }
  return locator;
}

/** True when the locator names a place in the source (a passage, paragraph, page or reference entry), not only a marker. */
export function hasPlace(locator: Locator): boolean {
  return (locator.selectors?.length ?? 0) > 0 || locator.paragraph !== undefined || locator.page !== undefined || locator.reference !== undefined;
}

/**
 * A locator moved to a passage of another text (a new version of its source): the passage's selectors, and the
 * paragraph and page of the block it now stands in, so a footnote never names the paragraph it had in the old text.
 */
export function relocate(locator: Locator, selectors: Selector[], blocks: readonly Block[]): Locator {
  const moved: Locator = { ...locator, selectors };
  delete moved.paragraph;
  delete moved.page;
  const position = findPositionSelector(selectors);
  const block = position ? blockAt(blocks, position.start) : undefined;
  if (block?.paragraph !== undefined) moved.paragraph = block.paragraph;
  if (block?.page !== undefined) moved.page = block.page;
  return moved;
}
