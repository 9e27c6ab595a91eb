// Subject and measure keys are computed for every figure of every claim whenever conflicts or the claims table are
// derived: 100,000 claims ask for the same few thousand names again and again, so each answer is kept.

// Enough for every distinct name in a large workspace; past it the cache starts over rather than grow without bound.
const MAX_ENTRIES = 50_000;

/** The function with its answers kept per input string. */
export function memoKey(compute: (input: string) => string): (input: string) => string {
  let cache = new Map<string, string>();
  return (input) => {
    const known = cache.get(input);
    if (known !== undefined) return known;
    const value = compute(input);
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    cache.set(input, value);
    return value;
  };
}
