import type { Citation } from '../../model';
import { cleanClaimText } from './claim-fields';

/** One part a claim is split into: its text and the citations it needs. */
export interface SplitPart {
  text: string;
  citationIds: readonly string[];
}

/** How each part gets its citations: rows it takes over, and rows it needs a copy of because an earlier part took them. */
export interface PlannedPart {
  text: string;
  take: string[];
  copy: string[];
}

/**
 * Checks a split and decides which part takes each citation row: every part has text, every citation named belongs to
 * the claim, and every citation of the claim goes to at least one part. A citation two parts need is taken by the
 * first and copied for the others. Throws a message for the analyst when the split would lose something.
 */
export function planSplit(citations: readonly Citation[], parts: readonly SplitPart[]): PlannedPart[] {
  if (parts.length < 2) throw new Error('Split a claim into at least two parts.');
  const own = new Set(citations.map((c) => c.id));
  const takenBy = new Map<string, number>();
  const planned = parts.map((part, index): PlannedPart => {
    const text = cleanClaimText(part.text);
    const take: string[] = [];
    const copy: string[] = [];
    for (const id of new Set(part.citationIds)) {
      if (!own.has(id)) throw new Error(`Part ${index + 1} names a citation that is not this claim's.`);
      if (takenBy.has(id)) copy.push(id);
      else {
        takenBy.set(id, index);
        take.push(id);
      }
    }
    return { text, take, copy };
  });
  const missing = citations.filter((c) => !takenBy.has(c.id));
  if (missing.length > 0) {
    const names = missing.map((c) => c.locator.marker ?? (c.locator.paragraph !== undefined ? `¶${c.locator.paragraph}` : 'a citation')).join(', ');
    throw new Error(`Give every citation to at least one part; ${missing.length === 1 ? 'this one is' : 'these are'} in none: ${names}.`);
  }
  return planned;
}
