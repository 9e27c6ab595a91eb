import { z } from 'zod';

/**
 * Longest id a file may carry. Our own ids are UUIDs (36 characters) and Web Annotation ids are URLs; 200 leaves room
 * for any id another tool writes while keeping a crafted file from storing megabyte keys in every index.
 */
export const MAX_RECORD_ID_LENGTH = 200;

// Control characters are never part of an id we or another tool write; refusing them keeps every id printable in a
// message and in the address bar. Route separators are fine: routes percent-encode ids.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_ID_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** True when `text` is well-formed UTF-16: no lone surrogate, which `encodeURIComponent` and IndexedDB keys choke on. */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** Why `id` cannot be a record id, or null when it can. */
export function recordIdProblem(id: string): string | null {
  if (id.length === 0) return 'an id is empty';
  if (id.length > MAX_RECORD_ID_LENGTH) return `an id is ${id.length} characters long (at most ${MAX_RECORD_ID_LENGTH})`;
  if (!isWellFormedText(id)) return 'an id holds a broken character (a lone UTF-16 surrogate)';
  if (UNSAFE_ID_CHARACTER.test(id)) return 'an id holds a control character';
  return null;
}

/** A record id read from a file: non-empty, bounded, well-formed and printable, so it is safe as a key and in a route. */
export const RecordIdSchema = z.string().superRefine((id, ctx) => {
  const problem = recordIdProblem(id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
