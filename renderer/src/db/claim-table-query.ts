// The claims table's reads at any workspace size: the ids of the matching claims in sort order come from the indexes
// of the stored claim facts (keys only, no rows), and only the page on screen is read in full.
import Dexie, { cmp, type IndexableType } from 'dexie';
import type { ClaimSortKey, ClaimTableFilters, ClaimTableSort } from '../../../shared/claims/evidence/claim-table';
import { STATUS_RANK } from '../../../shared/claims/evidence/claim-table';
import { chosenCount, isChosen, type ClaimSelection } from '../../../shared/claims/evidence/claim-selection';
import { measureKey } from '../../../shared/claims/quantities/measures';
import { subjectKey } from '../../../shared/claims/quantities/subjects';
import { orderCitations } from '../../../shared/claims/order-citations';
import type { Citation, Claim, ClaimStatus, Source } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { rowsByKey } from './rows-by-key';
import type { ClaimFactsRow } from './derived-rows';

/** The columns the table can sort by, each with its index. */
const SORT_INDEX: Partial<Record<ClaimSortKey, string>> = {
  order: 'byOrder',
  text: 'byText',
  status: 'byStatus',
  confidence: 'byConfidence',
  sources: 'bySources',
  conflicts: 'byConflicts',
};

// Below this many candidates a filter's claims are sorted in memory from their facts; above it, the sort index is
// walked in order (keys only), a page at a time, keeping the candidates.
const SMALL_CANDIDATE_SET = 2_000;

/**
 * A read that a live query re-runs on any write to the claim facts: what `claimListing` is watched by. One key over the
 * whole key range is enough to be told of every write; a count would walk all 100,000 rows each time.
 */
export function watchClaimFacts(db: FootnoteDatabase): Promise<unknown> {
  return db.claimFacts.limit(1).toArray();
}

/** One contiguous range of an index of the claim facts, read in one direction: the claims it holds in that order. */
export interface IndexRange {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
  direction: 'asc' | 'desc';
}

/**
 * Which claims the table lists, in its order, found without reading them all:
 * - `range`: every claim of an index range (unfiltered: the sort index; a status: that status's range of the
 *   `[status+sort]` index), read a page at a time; the total is the range's native count.
 * - `walk`: the claims of a sort index range that a filter keeps (a tag, source, subject or measure: multi-valued, so
 *   not compound-indexable), read in order until a page is filled; the total is the number kept.
 * - `ids`: a few claims (at most SMALL_CANDIDATE_SET), sorted in memory from their facts.
 */
export type ClaimListing =
  | { kind: 'range'; range: IndexRange; total: number }
  | { kind: 'walk'; range: IndexRange; keep: ReadonlySet<string>; total: number; density: number }
  | { kind: 'ids'; ids: readonly string[] };

/** How many claims a listing holds. */
export function listingSize(listing: ClaimListing): number {
  return listing.kind === 'ids' ? listing.ids.length : listing.total;
}

/** The claims the filters allow, in the sort's order (read it untracked: see `useKeptWatchedRead`). */
export async function claimListing(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<ClaimListing> {
  return db.transaction('r', [db.claimFacts], () => findListing(db, filters, sort));
}

/** A listing with the rows of its first page, as the table opens on them. */
export interface OpenedListing {
  listing: ClaimListing;
  first: ClaimPage;
}

/**
 * As `claimListing`, with the first `rows` rows read in the same transaction: the table draws its rows as soon as it
 * knows how many there are. Unfiltered (and by status alone), the first page's facts come from the listing's own
 * index range beside its count, and its claims, citations and sources in one more round trip: two in all, against
 * four when the listing, the page's ids, its rows and its sources were read one after another.
 */
export async function openClaimListing(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): Promise<OpenedListing> {
  return db.transaction('r', [db.claims, db.claimFacts, db.citations, db.sources], async () => {
    if (!hasSetFilters(filters)) {
      const range = listingRange(filters, sort);
      const [total, facts] = await Promise.all([rangeTotal(db, range), rangeOf(db, range).limit(rows).toArray()]);
      return { listing: { kind: 'range', range, total }, first: await rowsOfFacts(db, facts) };
    }
    const listing = await findListing(db, filters, sort);
    return { listing, first: await readClaimPage(db, await listingIds(db, listing, 0, rows)) };
  });
}

// The index range a listing walks: the sort's whole index, or under a single status that status's range of it.
function listingRange(filters: ClaimTableFilters, sort: ClaimTableSort): IndexRange {
  const status = singleStatus(filters.status);
  return status === undefined ? wholeIndex(SORT_INDEX[sort.by] ?? 'byOrder', sort.direction) : statusRange(status, sort);
}

// How many claims a range holds: for a whole index, the table's own count (kept by the store) rather than a walk.
function rangeTotal(db: FootnoteDatabase, range: IndexRange): Promise<number> {
  return range.lower === Dexie.minKey && range.upper === Dexie.maxKey ? db.claimFacts.count() : rangeOf(db, range).count();
}

// Whether a filter other than a single status applies: those read sets of claim ids before the listing is known.
function hasSetFilters(filters: ClaimTableFilters): boolean {
  const status = singleStatus(filters.status);
  const statuses = filters.status === undefined ? 0 : typeof filters.status === 'string' ? 1 : filters.status.length;
  return (status === undefined && statuses > 0) || filters.tag !== undefined || filters.sourceId !== undefined || filters.subject !== undefined || filters.measure !== undefined || filters.conflicted === true;
}

// The listing, inside the caller's transaction.
async function findListing(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<ClaimListing> {
  const status = singleStatus(filters.status);
  const range = listingRange(filters, sort);
  if (!hasSetFilters(filters)) return { kind: 'range', range, total: await rangeTotal(db, range) };
  const sets = await filterSets(db, status === undefined ? filters : { ...filters, status: undefined });
  const [smallest = new Set<string>(), ...rest] = [...sets].sort((a, b) => a.size - b.size);
  let keep = rest.length === 0 ? smallest : new Set([...smallest].filter((id) => rest.every((s) => s.has(id))));
  if (status !== undefined && keep.size > SMALL_CANDIDATE_SET) {
    const ofStatus = new Set((await rangeOf(db, range).primaryKeys()) as string[]);
    keep = new Set([...keep].filter((id) => ofStatus.has(id)));
  }
  if (keep.size > SMALL_CANDIDATE_SET) return { kind: 'walk', range, keep, total: keep.size, density: keep.size / Math.max(1, await rangeOf(db, range).count()) };
  const index = SORT_INDEX[sort.by] ?? 'byOrder';
  const key = (f: ClaimFactsRow) => f[index as 'byOrder'];
  const sign = sort.direction === 'desc' ? -1 : 1;
  const facts = defined(await db.claimFacts.bulkGet([...keep])).filter((f) => status === undefined || f.status === status);
  return { kind: 'ids', ids: facts.sort((a, b) => sign * cmp(key(a), key(b))).map((f) => f.claimId) };
}

// Where a page starts in a range or walk: positions whose preceding claim is known (from the pages read so far), so
// the next page down is read from that claim's key (keyset) rather than by skipping every row above it.
const anchors = new WeakMap<ClaimListing, Map<number, string>>();

// Anchors are kept at every multiple of this many rows: the table reads pages aligned to it.
const ANCHOR_EVERY = 40;

/** The ids at positions [start, end) of a listing: one page, read from the nearest known claim above it. */
export async function listingIds(db: FootnoteDatabase, listing: ClaimListing, start: number, end: number): Promise<string[]> {
  if (listing.kind === 'ids') return listing.ids.slice(start, end);
  end = Math.min(end, listing.total);
  if (end <= start) return [];
  const known = anchors.get(listing) ?? new Map<number, string>();
  anchors.set(listing, known);
  const [from, after] = await nearestAnchor(db, listing.range.index, known, start);
  const ids = listing.kind === 'range' ? await rangePage(db, listing, from, after, start, end) : await walkPage(db, listing, known, from, after, start, end);
  if (ids.length === end - start) ids.forEach((id, i) => (start + i + 1) % ANCHOR_EVERY === 0 && known.set(start + i + 1, id));
  const last = ids.at(-1);
  if (last !== undefined && ids.length === end - start) known.set(end, last);
  return ids;
}

// The nearest position at or above `start` whose preceding claim is known, with that claim's key in the index.
async function nearestAnchor(db: FootnoteDatabase, index: string, known: ReadonlyMap<number, string>, start: number): Promise<[number, unknown]> {
  let best: [number, string | undefined] = [0, undefined];
  for (const [at, id] of known) if (at <= start && at > best[0]) best = [at, id];
  if (best[1] === undefined) return [0, undefined];
  const facts = await db.claimFacts.get(best[1]);
  return facts ? [best[0], keyIn(index, facts)] : [0, undefined];
}

// A page of a range: from the key above it when known; far from any (the scrollbar dragged), by skipping from the
// nearer of that key and the range's other end. Ids come from the index's primary keys, one request per page.
async function rangePage(db: FootnoteDatabase, listing: { range: IndexRange; total: number }, from: number, after: unknown, start: number, end: number): Promise<string[]> {
  const skip = start - from;
  const fromEnd = listing.total - end;
  if (fromEnd < skip) {
    const reversed = { ...listing.range, direction: listing.range.direction === 'asc' ? ('desc' as const) : ('asc' as const) };
    return ((await rangeOf(db, reversed).offset(fromEnd).limit(end - start).primaryKeys()) as string[]).reverse();
  }
  const page = rangeOf(db, listing.range, after);
  return (await (skip > 0 ? page.offset(skip) : page).limit(end - start).primaryKeys()) as string[];
}

// The sort index's ids are read a chunk at a time, each chunk continuing from the key of the last claim read (every
// sort key ends in the claim id, so keys are unique), and kept when the filter allows them, until the page is filled:
// a page near the top reads about (page size / share of claims kept) ids, not the whole index.
const KEY_CHUNK = 20_000;
const MIN_CHUNK = 200;

async function walkPage(db: FootnoteDatabase, listing: Extract<ClaimListing, { kind: 'walk' }>, known: Map<number, string>, from: number, after: unknown, start: number, end: number): Promise<string[]> {
  const page: string[] = [];
  let position = from;
  let cursor = after;
  for (;;) {
    const chunkSize = Math.min(KEY_CHUNK, Math.max(MIN_CHUNK, Math.ceil(((end - position) / listing.density) * 1.25)));
    const chunk = (await rangeOf(db, listing.range, cursor).limit(chunkSize).primaryKeys()) as string[];
    for (const id of chunk) {
      if (!listing.keep.has(id)) continue;
      if (position >= start) page.push(id);
      position += 1;
      if (position % ANCHOR_EVERY === 0) known.set(position, id);
      if (position === end) return page;
    }
    const last = chunk.at(-1);
    const facts = last === undefined || chunk.length < chunkSize ? undefined : await db.claimFacts.get(last);
    if (!facts) return page;
    cursor = keyIn(listing.range.index, facts);
  }
}

function rangeOf(db: FootnoteDatabase, range: IndexRange, after?: unknown) {
  const where = db.claimFacts.where(range.index);
  const from = after as IndexableType | undefined;
  const collection =
    from === undefined ? where.between(range.lower, range.upper, true, true) : range.direction === 'asc' ? where.between(from, range.upper, false, true) : where.between(range.lower, from, true, false);
  return range.direction === 'desc' ? collection.reverse() : collection;
}

function wholeIndex(index: string, direction: 'asc' | 'desc'): IndexRange {
  return { index, lower: Dexie.minKey, upper: Dexie.maxKey, direction };
}

// The claims of one status in a column's order: by status, the status index's own range; otherwise that column's
// `[status+…]` index (columns without a sort index of their own fall back to reading order, as unfiltered).
function statusRange(status: ClaimStatus, sort: ClaimTableSort): IndexRange {
  const index = SORT_INDEX[sort.by] ?? 'byOrder';
  if (index === 'byStatus') return { index, lower: [STATUS_RANK[status], Dexie.minKey], upper: [STATUS_RANK[status], Dexie.maxKey], direction: sort.direction };
  return { index: `[status+${index}]`, lower: [status, Dexie.minKey], upper: [status, Dexie.maxKey], direction: sort.direction };
}

function singleStatus(status: ClaimTableFilters['status']): ClaimStatus | undefined {
  if (typeof status === 'string') return status as ClaimStatus;
  return status?.length === 1 ? status[0] : undefined;
}

// The key a claim's facts have in a listing's index, to tell whether a claim is within its range.
function keyIn(index: string, facts: ClaimFactsRow): unknown {
  const compound = /^\[status\+(\w+)\]$/.exec(index);
  return compound ? [facts.status, facts[compound[1] as 'byOrder']] : facts[index as 'byOrder'];
}

function listingHolds(listing: ClaimListing, facts: ClaimFactsRow): boolean {
  if (listing.kind === 'ids') return listing.ids.includes(facts.claimId);
  if (listing.kind === 'walk' && !listing.keep.has(facts.claimId)) return false;
  const key = keyIn(listing.range.index, facts);
  return cmp(key, listing.range.lower) >= 0 && cmp(key, listing.range.upper) <= 0;
}

/**
 * The chosen claims' ids in the table's order, read when an action needs them (not while browsing): "all except" reads
 * the listing's ids once; "only these" reads just their facts.
 */
export async function chosenClaimIds(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, selection: ClaimSelection): Promise<string[]> {
  const listing = await claimListing(db, filters, sort);
  if (selection.kind === 'only') {
    if (selection.ids.size === 0) return [];
    const index = SORT_INDEX[sort.by] ?? 'byOrder';
    const facts = defined(await db.claimFacts.bulkGet([...selection.ids]));
    const key = (f: ClaimFactsRow) => f[index as 'byOrder'];
    const sign = sort.direction === 'desc' ? -1 : 1;
    return facts.filter((f) => listingHolds(listing, f)).sort((a, b) => sign * cmp(key(a), key(b))).map((f) => f.claimId);
  }
  const ids = await listingIds(db, listing, 0, listingSize(listing));
  return selection.except.size === 0 ? ids : ids.filter((id) => isChosen(selection, id));
}

/** How many claims of a listing are chosen: the named exceptions (or choices) that the listing holds are read by id. */
export async function chosenInListing(db: FootnoteDatabase, listing: ClaimListing, selection: ClaimSelection): Promise<number> {
  if (listing.kind === 'ids') return chosenCount(selection, listing.ids);
  const named = selection.kind === 'all-except' ? selection.except : selection.ids;
  const present = named.size === 0 ? 0 : defined(await db.claimFacts.bulkGet([...named])).filter((f) => listingHolds(listing, f)).length;
  return selection.kind === 'all-except' ? listing.total - present : present;
}

/** The ids of every claim the filters allow, in the sort's order (read it untracked: see `useKeptWatchedRead`). */
export async function matchingClaimIds(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<string[]> {
  const listing = await claimListing(db, filters, sort);
  return listingIds(db, listing, 0, listingSize(listing));
}

// One set of claim ids per filter given, each read from that filter's index.
async function filterSets(db: FootnoteDatabase, filters: ClaimTableFilters): Promise<Set<string>[]> {
  const reads: Promise<string[]>[] = [];
  const statuses = filters.status === undefined ? [] : typeof filters.status === 'string' ? [filters.status as ClaimStatus] : [...filters.status];
  if (statuses.length > 0) {
    reads.push(
      Promise.all(statuses.map((s) => db.claimFacts.where('byStatus').between([STATUS_RANK[s], Dexie.minKey], [STATUS_RANK[s], Dexie.maxKey], true, true).primaryKeys())).then((lists) => lists.flat() as string[]),
    );
  }
  if (filters.tag !== undefined) reads.push(keysWhere(db, 'tags', filters.tag.toLocaleLowerCase()));
  if (filters.sourceId !== undefined) reads.push(keysWhere(db, 'sourceIds', filters.sourceId));
  if (filters.subject !== undefined) reads.push(keysWhere(db, 'subjects', subjectKey(filters.subject)));
  if (filters.measure !== undefined) reads.push(keysWhere(db, 'measures', measureKey(filters.measure)));
  if (filters.conflicted === true) reads.push(db.claimFacts.where('byConflicts').aboveOrEqual([1]).primaryKeys() as Promise<string[]>);
  return (await Promise.all(reads)).map((ids) => new Set(ids));
}

function keysWhere(db: FootnoteDatabase, index: string, value: string): Promise<string[]> {
  return db.claimFacts.where(index).equals(value).primaryKeys() as Promise<string[]>;
}

/** One row of the table as shown: the claim, its stored facts, its citations in reading order. */
export interface ClaimPageRow {
  claim: Claim;
  facts: ClaimFactsRow;
  citations: Citation[];
}

/** A page of the table: its claims' ids in order, their rows and the sources their citations name. */
export interface ClaimPage {
  ids: string[];
  rows: ClaimPageRow[];
  sources: Map<string, Source>;
}

/** The rows of the given claims (a page), in the given order, with the sources their citations name. */
export async function loadClaimPage(db: FootnoteDatabase, claimIds: readonly string[]): Promise<ClaimPage> {
  return db.transaction('r', [db.claims, db.claimFacts, db.citations, db.sources], () => readClaimPage(db, claimIds));
}

async function readClaimPage(db: FootnoteDatabase, claimIds: readonly string[]): Promise<ClaimPage> {
  const facts = defined(await db.claimFacts.bulkGet([...claimIds]));
  const page = await rowsOfFacts(db, facts);
  return { ...page, ids: [...claimIds] };
}

// The rows of the claims whose facts are given, in that order. Each claim's facts name every source its citations
// point at or were recorded in, so the sources are read with the claims and citations rather than after them; a
// source the facts miss (they should not) is read after, so a chip never lacks its source.
async function rowsOfFacts(db: FootnoteDatabase, facts: readonly ClaimFactsRow[]): Promise<ClaimPage> {
  const ids = facts.map((f) => f.claimId);
  const [claims, citations, named] = await Promise.all([db.claims.bulkGet(ids), rowsByKey(db.citations, 'claimId', ids), db.sources.bulkGet([...new Set(facts.flatMap((f) => f.sourceIds))])]);
  const sources = new Map(defined(named).map((s) => [s.id, s]));
  const missing = [...new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.resolvedSourceId, c.sourceId] : [c.sourceId])))].filter((id) => !sources.has(id));
  if (missing.length > 0) for (const s of defined(await db.sources.bulkGet(missing))) sources.set(s.id, s);
  const byClaim = new Map<string, Citation[]>();
  for (const c of citations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
  const rows = facts.flatMap((fact, i): ClaimPageRow[] => {
    const claim = claims[i];
    return claim ? [{ claim: claimOf(claim), facts: fact, citations: orderCitations(byClaim.get(fact.claimId) ?? []) }] : [];
  });
  return { ids, rows, sources };
}

// A menu of sources (or tags, subjects, measures) would be as long as the workspace; the analyst types and is offered
// this many.
const SUGGESTIONS = 20;

/** A claim fact that the table filters on by one of its values. */
export type ClaimFacet = 'tags' | 'subjects' | 'measures';

/**
 * The values of a facet that start with the typed words (any case), at most a screenful, from the facet's index: a
 * menu of every tag, subject or measure would be as long as the workspace makes it.
 */
export async function claimFacetValues(db: FootnoteDatabase, facet: ClaimFacet, typed: string): Promise<string[]> {
  const prefix = typed.trim();
  const values = prefix === '' ? db.claimFacts.orderBy(facet) : db.claimFacts.where(facet).startsWithIgnoreCase(prefix);
  return (await values.limit(SUGGESTIONS).uniqueKeys()).map(String);
}


/** Sources whose title starts with the typed words (case as typed, then capitalised), for the source filter. */
export async function sourcesTitled(db: FootnoteDatabase, prefix: string): Promise<Source[]> {
  const typed = prefix.trim();
  if (typed === '') return db.sources.orderBy('title').limit(SUGGESTIONS).toArray();
  return db.sources.where('title').startsWithAnyOfIgnoreCase(typed).limit(SUGGESTIONS).toArray();
}

/** Whether any claim exists (the table's empty state), without counting them. */
export async function hasClaims(db: FootnoteDatabase): Promise<boolean> {
  return (await db.claims.limit(1).count()) > 0;
}

/** The chosen claims among those the filters allow that need a look before an export, and how many there are. */
export async function warnedClaims(db: FootnoteDatabase, chosen: readonly string[], limit: number): Promise<{ total: number; rows: { claim: Claim; facts: ClaimFactsRow }[] }> {
  return db.transaction('r', [db.claims, db.claimFacts], async () => {
    const warned = new Set((await db.claimFacts.where('warnings').anyOf(['unsupported', 'disputed', 'conflict']).primaryKeys()) as string[]);
    const ids = chosen.filter((id) => warned.has(id));
    const shown = ids.slice(0, limit);
    const [claims, facts] = await Promise.all([db.claims.bulkGet(shown), db.claimFacts.bulkGet(shown)]);
    const rows = shown.flatMap((_, i) => {
      const claim = claims[i];
      const fact = facts[i];
      return claim && fact ? [{ claim: claimOf(claim), facts: fact }] : [];
    });
    return { total: ids.length, rows };
  });
}

/** A claim offered in a picker, with how many citations it has. */
export interface ClaimChoice {
  claim: Claim;
  citationCount: number;
}

/**
 * Up to `limit` claims whose text contains the words (case aside), for pickers: with no words, the first in reading
 * order from the index; with words, a scan that stops at `limit` matches, so a picker never holds the workspace.
 */
export async function searchClaims(db: FootnoteDatabase, words: string, limit: number, exclude: ReadonlySet<string> = new Set()): Promise<ClaimChoice[]> {
  return db.transaction('r', [db.claims, db.claimFacts], async () => {
    const needle = words.trim().toLocaleLowerCase();
    const rows =
      needle === ''
        ? defined(await db.claims.bulkGet(((await db.claimFacts.orderBy('byOrder').limit(limit + exclude.size).primaryKeys()) as string[]).filter((id) => !exclude.has(id)).slice(0, limit)))
        : await db.claims
            .filter((c) => !exclude.has(c.id) && c.text.toLocaleLowerCase().includes(needle))
            .limit(limit)
            .toArray();
    const facts = await db.claimFacts.bulkGet(rows.map((r) => r.id));
    return rows.map((row, i) => ({ claim: claimOf(row), citationCount: facts[i]?.citationCount ?? 0 }));
  });
}
