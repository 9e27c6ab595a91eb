/**
 * Intersecting posting lists without reading them whole. Every list of an index holds its slots in the same order
 * (the order records were last added: FlexSearch appends a slot to each of its terms' lists and a removal splices it
 * out), so walking the rarest list and keeping the slots that every other term also holds gives the intersection in
 * that order, and the first `limit` of it can be found without reading further. Membership in the longer lists is a
 * bit test: their bits are made once per term and kept until the index changes.
 */

/** The slots a search found, in order and each once, in arrays reused from one search to the next. */
export class SlotList {
  slots = new Uint32Array(64);
  length = 0;
  // `seen[slot] === stamp` when the slot is already listed; a new stamp empties the list without clearing the array.
  private seen = new Uint32Array(0);
  private stamp = 0;

  /** Empties the list for a search over `capacity` slots. */
  reset(capacity: number): void {
    this.length = 0;
    if (this.seen.length < capacity) this.seen = new Uint32Array(Math.ceil(capacity * 1.25) + 16);
    if (++this.stamp === 0xffff_ffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds a slot unless it is listed already. */
  add(slot: number): void {
    if (this.seen[slot] === this.stamp) return;
    this.seen[slot] = this.stamp;
    if (this.length === this.slots.length) {
      const grown = new Uint32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.length++] = slot;
  }
}

/** Lists shorter than this are searched directly rather than given bits: a bit array is one bit per slot of the kind. */
export const BITS_FROM_LENGTH = 32;
/** Bit arrays kept per index; the least recently used goes first. 64 at 100,000 slots is 800 KB. */
export const MAX_KEPT_BITS = 64;

/** Bit arrays of the terms searched lately, for one index; `clear()` whenever its lists change. */
export class TermBits {
  private kept = new Map<string, Uint32Array>();

  /** The bits of `term`'s list over `capacity` slots (every slot in the list is below it), made on first use. */
  of(term: string, list: readonly number[], capacity: number): Uint32Array {
    let bits = this.kept.get(term);
    if (bits) {
      this.kept.delete(term);
    } else {
      bits = new Uint32Array((capacity >>> 5) + 1);
      for (let i = 0; i < list.length; i++) {
        const slot = list[i]!;
        const word = slot >>> 5;
        bits[word] = (bits[word] ?? 0) | (1 << (slot & 31));
      }
      if (this.kept.size >= MAX_KEPT_BITS) this.kept.delete(this.kept.keys().next().value ?? '');
    }
    this.kept.set(term, bits);
    return bits;
  }

  clear(): void {
    this.kept.clear();
  }
}

/**
 * Adds to `out` the first `limit` slots (in list order) that every one of `lists` holds; `terms[i]` names `lists[i]`,
 * for the kept bits. Returns how many slots matched, up to `limit`, counting those `out` already held.
 */
export function intersectInto(terms: readonly string[], lists: readonly (readonly number[])[], limit: number, capacity: number, bits: TermBits, out: SlotList): number {
  if (lists.length === 0 || limit <= 0) return 0;
  let rarest = 0;
  for (let i = 1; i < lists.length; i++) if (lists[i]!.length < lists[rarest]!.length) rarest = i;
  const walk = lists[rarest]!;
  const others: Uint32Array[] = [];
  const short: (readonly number[])[] = [];
  for (let i = 0; i < lists.length; i++) {
    if (i === rarest) continue;
    const list = lists[i]!;
    if (list.length < BITS_FROM_LENGTH) short.push(list);
    else others.push(bits.of(terms[i]!, list, capacity));
  }
  let found = 0;
  next: for (let j = 0; j < walk.length; j++) {
    const slot = walk[j]!;
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    for (let k = 0; k < others.length; k++) if ((others[k]![word]! & bit) === 0) continue next;
    for (let k = 0; k < short.length; k++) if (!short[k]!.includes(slot)) continue next;
    out.add(slot);
    if (++found >= limit) break;
  }
  return found;
}
