import FlexSearch from 'flexsearch';
import { parseQuery, SEARCH_KINDS, type ParsedQuery, type SearchKind } from './parse-query';
import type { SearchDocument, SearchMeta } from './search-document';
import { compileFilters, type FilterTarget, type SearchFilters } from './search-filters';
import { MetaColumns, StringTable, type MetaColumnsData } from './meta-columns';
import { exportPostings, importPostings, isPostingsData, postingsOf, type PostingsData } from './flex-postings';
import { intersectInto, SlotList, TermBits } from './slot-intersection';
import { tokenize } from './tokenize';
import { addWordByLength, hasPrefix, lowerBound, typoCandidates, wordsByLength, type WordsByLength } from './typo-candidates';

/** Candidates read from the index per kind before filters; filters then keep what they keep. */
export const CANDIDATES_PER_KIND = 2_000;
/** Hits returned per kind unless asked for more: each answer crosses to the page, which asks for more as it scrolls. */
export const HITS_PER_KIND = 200;
// One relevance level: ranking by position (3 levels) made queries of several common terms up to 8 times slower at
// 2,000 sources and 20,000 claims (p95 73 ms against 9 ms for mixed English and Chinese), for an order nobody reads.
const RESOLUTION = 1;
/** A word still being typed stands for at most this many indexed words that begin with it, the shortest first. */
export const MAX_COMPLETIONS = 10;
/** After other words, a word being typed counts from this many letters. */
export const MIN_PREFIX_AFTER_WORDS = 3;
// Prefixes are looked up in the vocabulary rather than indexed ('forward' tokenizing), which made the stored index
// about four times larger and start-up as much slower (measured at 10,000 sources and 100,000 claims).

/** How much a search reads and returns per kind; the benchmark raises both to count every match. */
export interface SearchLimits {
  candidates?: number;
  hits?: number;
  /** Hits of some kinds, in place of `hits`: a list that scrolled to the end of a group asks for more of it alone. */
  hitsByKind?: Partial<Record<SearchKind, number>>;
}
const DEFAULT_LIMITS = { candidates: CANDIDATES_PER_KIND, hits: HITS_PER_KIND };

/** One kind's results: how many matched and the first HITS_PER_KIND of them, best first. */
export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchMeta[];
}

/** A search's answer, with the parsed query so the caller highlights the same words. */
export interface SearchAnswer {
  query: ParsedQuery;
  groups: SearchGroup[];
  /** Words that matched nothing and were replaced by these close words from the index. */
  corrections: Record<string, string[]>;
}

/** The persisted form of an index: plain data and typed arrays (structured-clonable, as IndexedDB stores them), given back to `SearchIndex.restore`. */
export interface SearchIndexSnapshot {
  format: 'footnote-search-index';
  version: typeof SNAPSHOT_VERSION;
  kinds: Record<SearchKind, { ids: (string | null)[]; columns: MetaColumnsData; postings: PostingsData }>;
  /** The strings the columns refer to by number: source ids and tags. */
  strings: string[];
  vocabulary: string[];
}

/** Bumped whenever the tokenizer or layout changes, so an old snapshot is rebuilt rather than misread. */
export const SNAPSHOT_VERSION = 4;

type FlexIndex = InstanceType<typeof FlexSearch.Index>;

function newFlexIndex(encode: (text: string) => string[]): FlexIndex {
  // Our tokenizer folds and splits (words, CJK bigrams); FlexSearch indexes those terms as they are ('strict').
  return new FlexSearch.Index({ tokenize: 'strict', encode, resolution: RESOLUTION, cache: false });
}

const CJK_TERM = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// FlexSearch keeps each term's slots in `map` (term -> one array per relevance level); its own intersection counts
// every slot of every list in a plain object and returned four-character Chinese words in 8.6 ms at 10,000 sources
// and 100,000 claims. The lists are read from the map and intersected rarest first, stopping at the limit
// (`slot-intersection.ts`).

class KindIndex {
  flex: FlexIndex;
  ids: (string | null)[] = [];
  columns: MetaColumns;
  slotOf = new Map<string, number>();
  free: number[] = [];
  private bits = new TermBits();

  constructor(
    readonly kind: SearchKind,
    private encode: (text: string) => string[],
    strings: StringTable,
  ) {
    this.flex = newFlexIndex(encode);
    this.columns = new MetaColumns(strings);
  }

  /**
   * Adds to `out` the slots whose text holds every one of `terms`, at most `limit` of them, in index order; returns
   * how many matched (counting those `out` held already).
   */
  find(terms: readonly string[], limit: number, out: SlotList): number {
    if (terms.length === 0) return 0;
    const postings = postingsOf(this.flex);
    if (!postings) {
      const slots = this.flex.search(terms.join(' '), { limit }) as number[];
      for (const slot of slots) out.add(slot);
      return slots.length;
    }
    const unique = terms.length === 1 ? terms : [...new Set(terms)];
    const lists: number[][] = [];
    for (const term of unique) {
      const list = postings.get(term)?.[0];
      if (!Array.isArray(list) || list.length === 0) return 0;
      lists.push(list);
    }
    return intersectInto(unique, lists, limit, this.ids.length, this.bits, out);
  }

  upsert(doc: SearchDocument): void {
    let slot = this.slotOf.get(doc.meta.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      this.slotOf.set(doc.meta.id, slot);
      this.ids[slot] = doc.meta.id;
    } else {
      this.flex.remove(slot);
    }
    // Kept bits would miss the slot in its new terms' lists. A removal needs no clearing: the slot then leaves every
    // list, so no search reaches its stale bit before it is added again, here.
    this.bits.clear();
    this.columns.set(slot, doc.meta);
    this.flex.add(slot, doc.text);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.flex.remove(slot);
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.columns.clear(slot);
    this.free.push(slot);
  }
}

/** The search index of one workspace: one FlexSearch index per kind, with each record's metadata for filters. */
export class SearchIndex {
  private vocabulary = new Set<string>();
  private sortedVocabulary: string[] | null = null;
  private vocabularyByLength: WordsByLength | null = null;
  // Words added since the vocabulary was sorted: merged in at the next search instead of sorting it all again, which
  // took the first keystroke after an edit as long as a full sort of every indexed word.
  private unsortedTerms: string[] = [];
  // For each CJK character, the first MAX_COMPLETIONS indexed CJK terms that contain it, in the vocabulary's order:
  // a single character typed stands for them, and filtering the whole vocabulary for it took a pass per keystroke.
  private cjkPairs = new Map<string, string[]>();
  private found = new SlotList();
  // True while a record is added: the terms FlexSearch asks our tokenizer for then also feed the vocabulary, so each
  // text is tokenized once.
  private collecting = false;
  private encode = (text: string): string[] => {
    const terms = tokenize(text);
    if (this.collecting) {
      for (const term of terms) {
        if (this.vocabulary.has(term)) continue;
        this.vocabulary.add(term);
        this.addCjkPair(term);
        if (this.sortedVocabulary) this.unsortedTerms.push(term);
        if (this.vocabularyByLength) addWordByLength(this.vocabularyByLength, term);
      }
    }
    return terms;
  };
  private addCjkPair(term: string): void {
    if (!CJK_TERM.test(term)) return;
    for (const ch of new Set(term)) {
      const pairs = this.cjkPairs.get(ch);
      if (!pairs) this.cjkPairs.set(ch, [term]);
      else if (pairs.length < MAX_COMPLETIONS) pairs.push(term);
    }
  }

  private strings = new StringTable();
  private kinds: Record<SearchKind, KindIndex> = this.newKinds();

  private newKinds(): Record<SearchKind, KindIndex> {
    return { source: new KindIndex('source', this.encode, this.strings), annotation: new KindIndex('annotation', this.encode, this.strings), claim: new KindIndex('claim', this.encode, this.strings) };
  }

  /** Adds or replaces a record. */
  upsert(doc: SearchDocument): void {
    this.collecting = true;
    try {
      this.kinds[doc.meta.kind].upsert(doc);
    } finally {
      this.collecting = false;
    }
  }

  /** Replaces the filter data (sources, stances, tags…) of an indexed record, leaving its text indexed; false when it is not indexed. */
  updateMeta(meta: SearchMeta): boolean {
    const k = this.kinds[meta.kind];
    const slot = k.slotOf.get(meta.id);
    if (slot === undefined) return false;
    k.columns.set(slot, meta);
    return true;
  }

  /** Removes a record; unknown ids are ignored. */
  remove(kind: SearchKind, id: string): void {
    this.kinds[kind].remove(id);
  }

  /** Every indexed id of a kind, to find records deleted while the index was not listening. */
  ids(kind: SearchKind): string[] {
    return [...this.kinds[kind].slotOf.keys()];
  }

  /** How many records of each kind are indexed. */
  size(): Record<SearchKind, number> {
    return { source: this.kinds.source.slotOf.size, annotation: this.kinds.annotation.slotOf.size, claim: this.kinds.claim.slotOf.size };
  }

  /** Searches `input` (as typed) within the filters; an empty query lists what the filters keep. */
  search(input: string, filters: SearchFilters = {}, limits: SearchLimits = {}): SearchAnswer {
    const query = parseQuery(input);
    const merged: SearchFilters = { ...filters };
    if (query.filters.kind) merged.kinds = [query.filters.kind];
    if (query.filters.tag) merged.tag = query.filters.tag;
    if (query.filters.status) merged.status = query.filters.status;
    if (query.filters.stance) merged.stance = query.filters.stance;
    const keep = compileFilters(merged, this.strings);
    const corrections: Record<string, string[]> = {};
    const kinds = SEARCH_KINDS.filter((k) => !merged.kinds || merged.kinds.length === 0 || merged.kinds.includes(k));
    const filtered = Object.values(merged).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
    const candidates = limits.candidates ?? DEFAULT_LIMITS.candidates;
    const groups = kinds.map((kind) => {
      const hits = limits.hitsByKind?.[kind] ?? limits.hits ?? DEFAULT_LIMITS.hits;
      return this.searchKind(this.kinds[kind], query, filtered ? keep : null, corrections, candidates, hits);
    });
    return { query, groups, corrections };
  }

  // `keep` is null when no filter is set: an empty query then finds nothing rather than everything. Only the hits
  // returned are turned into objects; the rest are counted.
  private searchKind(k: KindIndex, query: ParsedQuery, keep: ((record: FilterTarget) => boolean) | null, corrections: Record<string, string[]>, candidates: number, limit: number): SearchGroup {
    const hits: SearchMeta[] = [];
    let total = 0;
    const target: FilterTarget = { kind: k.kind, id: '', columns: k.columns, slot: 0 };
    const take = (slot: number) => {
      const id = k.ids[slot];
      if (id === null || id === undefined) return;
      if (keep) {
        target.id = id;
        target.slot = slot;
        if (!keep(target)) return;
      }
      total++;
      if (hits.length < limit) hits.push(k.columns.meta(k.kind, id, slot));
    };
    if (query.text === '') {
      if (!keep) return { kind: k.kind, total: 0, hits };
      for (let slot = 0; slot < k.ids.length; slot++) take(slot);
      return { kind: k.kind, total, hits };
    }
    const slots = this.found;
    slots.reset(k.ids.length);
    this.searchVariants(k, query, candidates, slots);
    if (slots.length === 0) this.searchWithCorrections(k, query, corrections, candidates, slots);
    if (keep) {
      for (let i = 0; i < slots.length; i++) take(slots.slots[i]!);
      return { kind: k.kind, total, hits };
    }
    // Without filters every candidate counts: only the hits returned are read. (A listed slot always has its id: a
    // record leaves the lists before its slot is freed.)
    for (let i = 0; i < slots.length && hits.length < limit; i++) take(slots.slots[i]!);
    return { kind: k.kind, total: slots.length, hits };
  }

  private sorted(): string[] {
    if (!this.sortedVocabulary) {
      this.sortedVocabulary = [...this.vocabulary].sort();
      this.unsortedTerms = [];
    } else if (this.unsortedTerms.length > 0) {
      this.sortedVocabulary = mergeSorted(this.sortedVocabulary, this.unsortedTerms.sort());
      this.unsortedTerms = [];
    }
    return this.sortedVocabulary;
  }

  /** Sorts and groups the vocabulary now, as the first search would: called once the index is loaded or built. */
  prepare(): void {
    this.sorted();
    this.vocabularyByLength ??= wordsByLength(this.vocabulary);
  }

  // The query with its last piece completed: a word being typed by the indexed words it begins, a single CJK character
  // by the indexed pairs that contain it. Each variant must match whole; their results are joined in order into `out`.
  private searchVariants(k: KindIndex, query: ParsedQuery, limit: number, out: SlotList): void {
    const last = query.pieces[query.pieces.length - 1];
    if (!last) return;
    const fixed = tokenize(query.pieces.slice(0, -1).map((p) => p.text).join(' '));
    // A one- or two-letter start after other words begins too many words to list; the words before it decide until
    // a third letter is typed.
    if (last.kind === 'word' && last.text.length < MIN_PREFIX_AFTER_WORDS && query.pieces.length > 1) {
      k.find(fixed, limit, out);
      return;
    }
    let completions: string[];
    if (last.kind === 'word') completions = completionsOf(this.sorted(), last.text);
    else if (Array.from(last.text).length === 1) completions = this.cjkPairs.get(last.text) ?? [];
    else completions = [last.text];
    for (const c of completions) {
      k.find([...fixed, ...tokenize(c)], limit, out);
      if (out.length >= limit) break;
    }
  }

  // A word that begins no indexed word is probably mistyped: try the closest indexed words in its place.
  private searchWithCorrections(k: KindIndex, query: ParsedQuery, corrections: Record<string, string[]>, limit: number, out: SlotList): void {
    const sorted = this.sorted();
    const byLength = (this.vocabularyByLength ??= wordsByLength(this.vocabulary));
    const replaced = query.words.map((w) => (hasPrefix(sorted, w) ? [w] : (corrections[w] ??= typoCandidates(byLength, w))));
    if (replaced.every((alts, i) => alts.length === 1 && alts[0] === query.words[i]) || replaced.some((alts) => alts.length === 0)) return;
    // One search per combination of corrections; MAX_CORRECTIONS per word keeps this small for short queries.
    let combos: string[][] = [[]];
    for (const alts of replaced) combos = combos.flatMap((c) => alts.map((a) => [...c, a])).slice(0, 9);
    for (const words of combos) k.find(tokenize([...words, ...query.cjkRuns].join(' ')), limit, out);
  }

  /** The index as data for storage; throws if FlexSearch's lists are not where this version of it keeps them. */
  snapshot(): SearchIndexSnapshot {
    const kinds = {} as SearchIndexSnapshot['kinds'];
    for (const kind of SEARCH_KINDS) {
      const k = this.kinds[kind];
      const postings = exportPostings(k.flex);
      if (!postings) throw new Error('The search library keeps its index in an unknown layout; it cannot be stored.');
      kinds[kind] = { ids: k.ids, columns: k.columns.toData(), postings };
    }
    return { format: 'footnote-search-index', version: SNAPSHOT_VERSION, kinds, strings: this.strings.list, vocabulary: [...this.vocabulary] };
  }

  /** An index read back from a snapshot, or null when the snapshot is from another layout and must be rebuilt. */
  static restore(snapshot: unknown): SearchIndex | null {
    if (!isSnapshot(snapshot)) return null;
    const index = new SearchIndex();
    index.strings = new StringTable(snapshot.strings);
    index.kinds = index.newKinds();
    for (const kind of SEARCH_KINDS) {
      const saved = snapshot.kinds[kind];
      const k = index.kinds[kind];
      k.ids = saved.ids;
      k.columns = MetaColumns.fromData(saved.columns, index.strings);
      const used: number[] = [];
      saved.ids.forEach((id, slot) => {
        if (id !== null) {
          k.slotOf.set(id, slot);
          used.push(slot);
        } else k.free.push(slot);
      });
      if (!isPostingsData(saved.postings) || !importPostings(k.flex, saved.postings, used)) return null;
    }
    index.vocabulary = new Set(snapshot.vocabulary);
    for (const term of index.vocabulary) index.addCjkPair(term);
    return index;
  }
}

/** The indexed words that begin with `prefix`, the word itself and the shortest first. */
export function completionsOf(sorted: readonly string[], prefix: string): string[] {
  const lo = lowerBound(sorted, prefix);
  const found: string[] = [];
  // Read a bounded run: a one-letter prefix begins thousands of words, and the shortest are found among the first.
  for (let i = lo; i < sorted.length && found.length < MAX_COMPLETIONS * 40; i++) {
    const word = sorted[i] ?? '';
    if (!word.startsWith(prefix)) break;
    found.push(word);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_COMPLETIONS);
}

/** Two sorted lists as one sorted list. */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function isSnapshot(value: unknown): value is SearchIndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SearchIndexSnapshot>;
  return v.format === 'footnote-search-index' && v.version === SNAPSHOT_VERSION && typeof v.kinds === 'object' && Array.isArray(v.vocabulary) && Array.isArray(v.strings);
}
