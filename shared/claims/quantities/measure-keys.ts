import { measureKey } from './measures';
import type { ComparableQuantity } from './quantity';
import { subjectKey } from './subjects';

// Subject and measure are joined by a character neither key can contain once trimmed of punctuation at its ends.
const KEY_SEPARATOR = '|';

/** The key two quantities share when they are about the same subject and measure (`china|share of world production`), or undefined for a date or a figure missing either. */
export function subjectMeasureKey(quantity: ComparableQuantity): string | undefined {
  if (quantity.kind === 'date' || quantity.subject === undefined || quantity.measure === undefined) return undefined;
  const subject = subjectKey(quantity.subject);
  const measure = measureKey(quantity.measure);
  if (subject === '' || measure === '') return undefined;
  return `${subject}${KEY_SEPARATOR}${measure}`;
}

/** The distinct subject-and-measure keys of a claim's quantities, sorted: what the claims table is indexed by for conflict look-ups. */
export function claimMeasureKeys(quantities: readonly ComparableQuantity[]): string[] {
  const keys = new Set<string>();
  for (const quantity of quantities) {
    const key = subjectMeasureKey(quantity);
    if (key !== undefined) keys.add(key);
  }
  return [...keys].sort();
}

/** The prefix every key about `subject` starts with, for an index range query. */
export function subjectKeyPrefix(subject: string): string {
  return `${subjectKey(subject)}${KEY_SEPARATOR}`;
}
