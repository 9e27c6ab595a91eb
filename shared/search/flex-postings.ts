import type FlexSearch from 'flexsearch';

type FlexIndex = InstanceType<typeof FlexSearch.Index>;
/** FlexSearch's term map with one relevance level: term -> [slots]. */
type Postings = Map<string, number[][]>;

/**
 * One kind's posting lists as three flat values: the terms, and every term's slots back to back in one typed array
 * with where each term's run ends. FlexSearch's own export writes the same lists as JSON text: at 10,000 sources and
 * 100,000 claims that was 39 M characters to build, store, read and parse, and the garbage it left held the worker's
 * heap above 200 MB after a build; the typed array is stored and read by IndexedDB as bytes.
 */
export interface PostingsData {
  terms: string[];
  /** `ends[i]` is where term i's slots end in `slots`; they begin where term i-1's end. */
  ends: Uint32Array;
  slots: Uint32Array;
}

/** FlexSearch's term map, or null if this FlexSearch keeps it elsewhere (then the index is rebuilt, not restored). */
export function postingsOf(flex: FlexIndex): Postings | null {
  const map = (flex as unknown as { map?: unknown }).map;
  return map instanceof Map ? (map as Postings) : null;
}

function registryOf(flex: FlexIndex): Set<number> | null {
  const reg = (flex as unknown as { reg?: unknown }).reg;
  return reg instanceof Set ? (reg as Set<number>) : null;
}

/** The index's posting lists (one relevance level) as flat data; null when FlexSearch's layout is not the one known. */
export function exportPostings(flex: FlexIndex): PostingsData | null {
  const map = postingsOf(flex);
  if (!map) return null;
  let total = 0;
  for (const levels of map.values()) total += levels[0]?.length ?? 0;
  const terms: string[] = [];
  const ends = new Uint32Array(map.size);
  const slots = new Uint32Array(total);
  let at = 0;
  for (const [term, levels] of map) {
    const list = levels[0] ?? [];
    for (let j = 0; j < list.length; j++) slots[at + j] = list[j]!;
    at += list.length;
    ends[terms.length] = at;
    terms.push(term);
  }
  return { terms, ends, slots };
}

/**
 * Fills an empty FlexSearch index (strict tokenizing, one relevance level, no fast update) with exported lists and
 * registers `ids` (the slots in use), as its own import would; false when its layout is not the one known.
 */
export function importPostings(flex: FlexIndex, data: PostingsData, ids: Iterable<number>): boolean {
  const map = postingsOf(flex);
  const reg = registryOf(flex);
  if (!map || !reg || data.ends.length !== data.terms.length) return false;
  const { slots, ends } = data;
  let from = 0;
  data.terms.forEach((term, i) => {
    const to = ends[i] ?? from;
    // A sized array filled by index: Array.from over a typed array was three times slower for 4 million slots.
    const list = new Array<number>(to - from);
    for (let j = from; j < to; j++) list[j - from] = slots[j]!;
    map.set(term, [list]);
    from = to;
  });
  for (const id of ids) reg.add(id);
  return true;
}

/** Whether a stored value has the shape `exportPostings` gives. */
export function isPostingsData(value: unknown): value is PostingsData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PostingsData>;
  return Array.isArray(v.terms) && v.ends instanceof Uint32Array && v.slots instanceof Uint32Array;
}
