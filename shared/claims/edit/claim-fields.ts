import { ClaimStatusSchema, StanceSchema, type ClaimStatus, type Stance } from '../../model';

// Longer than any sentence a claim should be; a paste of a whole article into the claim box is refused, not stored.
export const MAX_CLAIM_TEXT_CHARS = 4000;
// A tag is a short label for filtering, not a note.
export const MAX_TAG_CHARS = 60;

/** The claim's text with runs of white space collapsed; throws a message for the analyst when it is empty or too long. */
export function cleanClaimText(text: string): string {
  const cleaned = text.replace(/\s+/gu, ' ').trim();
  if (cleaned === '') throw new Error('A claim needs some text.');
  if (cleaned.length > MAX_CLAIM_TEXT_CHARS) throw new Error(`A claim can be at most ${MAX_CLAIM_TEXT_CHARS} characters; split it into several claims.`);
  return cleaned;
}

/** Tags trimmed and without repeats, in the order given; throws when one is empty or too long. */
export function cleanTags(tags: readonly string[]): string[] {
  return combineTags(tags.map(cleanTag));
}

/** One tag trimmed; throws when it is empty or too long. */
export function cleanTag(tag: string): string {
  const cleaned = tag.replace(/\s+/gu, ' ').trim();
  if (cleaned === '') throw new Error('A tag cannot be empty.');
  if (cleaned.length > MAX_TAG_CHARS) throw new Error(`A tag can be at most ${MAX_TAG_CHARS} characters.`);
  return cleaned;
}

/** Every tag of every list, first occurrence first; tags differing only in case are one tag. */
export function combineTags(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of lists.flat()) {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Notes joined by a blank line, skipping empty ones and exact repeats, so combining never drops what anyone wrote. */
export function combineNotes(...notes: readonly string[]): string {
  const kept: string[] = [];
  for (const note of notes) {
    const trimmed = note.trim();
    if (trimmed !== '' && !kept.includes(trimmed)) kept.push(trimmed);
  }
  return kept.join('\n\n');
}

/** A confidence between 0 and 1; throws a message for the analyst otherwise. */
export function checkConfidence(confidence: number): number {
  if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) throw new Error('Confidence must be a number between 0 and 1.');
  return confidence;
}

/** A known claim status; throws a message naming the allowed ones otherwise. */
export function checkStatus(status: string): ClaimStatus {
  const parsed = ClaimStatusSchema.safeParse(status);
  if (!parsed.success) throw new Error(`A claim's status is one of ${ClaimStatusSchema.options.join(', ')}; “${status}” is not.`);
  return parsed.data;
}

/** A stance the model knows; throws a message naming the allowed ones otherwise. */
export function checkStance(stance: string): Stance {
  const parsed = StanceSchema.safeParse(stance);
  if (!parsed.success) throw new Error(`A citation's stance is one of ${StanceSchema.options.join(', ')}; “${stance}” is not.`);
  return parsed.data;
}
