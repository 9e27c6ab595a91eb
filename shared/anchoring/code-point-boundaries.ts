// Offsets are UTF-16 code units, as JavaScript strings and Footnote's blocks count them. An emoji or a rare
// CJK character outside the Basic Multilingual Plane takes two units (a surrogate pair); an offset between
// the two would cut the character in half, so every offset we hand out is moved to a code point boundary.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Moves `offset` back to the start of the character it falls inside, so a range starting there keeps the whole character. */
export function snapBackward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

/** Moves `offset` forward to the end of the character it falls inside, so a range ending there keeps the whole character. */
export function snapForward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

/** Clamps `offset` into `[0, text.length]`, treating non-finite input as 0. */
export function clampOffset(text: string, offset: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.min(text.length, Math.max(0, Math.trunc(offset)));
}
