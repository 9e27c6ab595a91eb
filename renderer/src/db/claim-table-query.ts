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
// read in order (keys only) and the candidates kept.
const SMALL_CANDIDATE_SET = 2_000;

/**
 * A read that a live query re-runs on any write to the claim facts: what `claimListing` is watched by. One key over the
 * whole key range is enough to be told of every write; a count would walk all 100,000 rows each time.
 */
export function watchClaimFacts(db: FootnoteDatabase): Promise<unknown> {
  return db.claimFacts.limit(1).toArray();
}

/**
 * Which claims the table lists, in its order. With no filter it is every claim, read by position from the sort index
 * (a count now, a page when shown: nothing proportional to the workspace); with filters it is the matching ids.
 */
export type ClaimListing = { kind: 'index'; index: string; direction: 'asc' | 'desc'; total: number } | { kind: 'ids'; ids: readonly string[] };

/** How many claims a listing holds. */
export function listingSize(listing: ClaimListing): number {
  return listing.kind === 'index' ? listing.total : listing.ids.length;
}

/** The claims the filters allow, in the sort's order (read it untracked: see `useKeptWatchedRead`). */
export async function claimListing(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<ClaimListing> {
  if (!hasFilters(filters)) return { kind: 'index', index: SORT_INDEX[sort.by] ?? 'byOrder', direction: sort.direction, total: await db.claimFacts.count() };
  return { kind: 'ids', ids: await matchingClaimIds(db, filters, sort) };
}

/** The ids at positions [start, end) of a listing: for an unfiltered one, one page read from the sort index. */
export async function listingIds(db: FootnoteDatabase, listing: ClaimListing, start: number, end: number): Promise<string[]> {
  if (listing.kind === 'ids') return listing.ids.slice(start, end);
  if (end <= start) return [];
  const ordered = db.claimFacts.orderBy(listing.index);
  return (await (listing.direction === 'desc' ? ordered.reverse() : ordered).offset(start).limit(end - start).primaryKeys()) as string[];
}

/**
 * The chosen claims' ids in the table's order, read when an action needs them (not while browsing): "all except" over an
 * unfiltered table reads the sort index's keys once; "only these" reads just their facts.
 */
export async function chosenClaimIds(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, selection: ClaimSelection): Promise<string[]> {
  if (selection.kind === 'only') {
    if (selection.ids.size === 0) return [];
    const index = SORT_INDEX[sort.by] ?? 'byOrder';
    const facts = defined(await db.claimFacts.bulkGet([...selection.ids]));
    const matching = hasFilters(filters) ? new Set(await matchingClaimIds(db, filters, sort)) : undefined;
    const key = (f: ClaimFactsRow) => f[index as 'byOrder'];
    const sign = sort.direction === 'desc' ? -1 : 1;
    return facts.filter((f) => matching?.has(f.claimId) ?? true).sort((a, b) => sign * cmp(key(a), key(b))).map((f) => f.claimId);
  }
  const listing = await claimListing(db, filters, sort);
  const ids = listing.kind === 'ids' ? listing.ids : await listingIds(db, listing, 0, listing.total);
  return selection.except.size === 0 ? [...ids] : ids.filter((id) => isChosen(selection, id));
}

/** How many claims of a listing are chosen; for an unfiltered listing every exception is a claim of it unless deleted since, which is checked. */
export async function chosenInListing(db: FootnoteDatabase, listing: ClaimListing, selection: ClaimSelection): Promise<number> {
  if (listing.kind === 'ids') return chosenCount(selection, listing.ids);
  const named = selection.kind === 'all-except' ? selection.except : selection.ids;
  const present = named.size === 0 ? 0 : defined(await db.claimFacts.bulkGet([...named])).length;
  return selection.kind === 'all-except' ? listing.total - present : present;
}

function hasFilters(filters: ClaimTableFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0));
}

/** The ids of every claim the filters allow, in the sort's order (read it untracked: see `useKeptWatchedRead`). */
export async function matchingClaimIds(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<string[]> {
  const byStatusAlone = statusAloneIds(db, filters, sort);
  if (byStatusAlone) return byStatusAlone;
  return db.transaction('r', [db.claimFacts], async (): Promise<string[]> => {
    const index = SORT_INDEX[sort.by] ?? 'byOrder';
    const ordered = () => (sort.direction === 'desc' ? db.claimFacts.orderBy(index).reverse() : db.claimFacts.orderBy(index));
    const sets = await filterSets(db, filters);
    if (sets.length === 0) return (await ordered().primaryKeys()) as string[];
    const [smallest = new Set<string>(), ...rest] = [...sets].sort((a, b) => a.size - b.size);
    const candidates = rest.length === 0 ? smallest : new Set([...smallest].filter((id) => rest.every((s) => s.has(id))));
    if (candidates.size <= SMALL_CANDIDATE_SET) {
      const facts = defined(await db.claimFacts.bulkGet([...candidates]));
      const key = (f: ClaimFactsRow) => f[index as 'byOrder'];
      const sign = sort.direction === 'desc' ? -1 : 1;
      return facts.sort((a, b) => sign * cmp(key(a), key(b))).map((f) => f.claimId);
    }
    return keptInChunks(db, index, sort.direction, candidates);
  });
}

// The sort index's keys are read this many at a time: one read of all 100,000 arrived as one result whose unpacking
// held the UI thread for about 350 ms; each chunk arrives in a task of its own, and is filtered before the next. Chunks
// follow on from the last key read (every sort key ends in the claim id, so keys are unique): an offset would make
// Dexie walk a cursor, one round trip per key.
const KEY_CHUNK = 20_000;

async function keptInChunks(db: FootnoteDatabase, index: string, direction: 'asc' | 'desc', keep: ReadonlySet<string>): Promise<string[]> {
  const kept: string[] = [];
  let after: IndexableType | undefined;
  for (;;) {
    const from = after === undefined ? db.claimFacts.orderBy(index) : direction === 'asc' ? db.claimFacts.where(index).above(after) : db.claimFacts.where(index).below(after);
    const chunk = (await (direction === 'desc' ? from.reverse() : from).limit(KEY_CHUNK).primaryKeys()) as string[];
    for (const id of chunk) if (keep.has(id)) kept.push(id);
    const last = chunk.at(-1);
    if (chunk.length < KEY_CHUNK || last === undefined) return kept;
    after = (await db.claimFacts.get(last))?.[index as 'byOrder'];
    if (after === undefined) return kept;
  }
}

/**
 * A filter by status alone, in reading order or by status, is read from the status index's keys, which end in reading
 * order (`[rank, origin, order, id]`): only the matching claims are read, not the whole sort index (12,000 disputed
 * claims of 100,000 read in a few milliseconds instead of every key).
 */
function statusAloneIds(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort): Promise<string[]> | undefined {
  const { status, ...others } = filters;
  if (status === undefined || hasFilters(others) || (sort.by !== 'order' && sort.by !== 'status')) return undefined;
  const ranks = (typeof status === 'string' ? [status as ClaimStatus] : [...status]).map((s) => STATUS_RANK[s]).sort((x, y) => x - y);
  return db.transaction('r', [db.claimFacts], async () => {
    const keys = (await Promise.all([...new Set(ranks)].map((rank) => db.claimFacts.where('byStatus').between([rank, Dexie.minKey], [rank, Dexie.maxKey], true, true).keys()))).flat() as unknown as [number, string, number, string][];
    // The same order as the `byOrder` index: [order, origin, order, id].
    if (sort.by === 'order') keys.sort((x, y) => cmp([x[2], x[1], x[2], x[3]], [y[2], y[1], y[2], y[3]]));
    const ids = keys.map((k) => k[3]);
    return sort.direction === 'desc' ? ids.reverse() : ids;
  });
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

/** The rows of the given claims (a page), in the given order, with the sources their citations name. */
export async function loadClaimPage(db: FootnoteDatabase, claimIds: readonly string[]): Promise<{ rows: ClaimPageRow[]; sources: Map<string, Source> }> {
  return db.transaction('r', [db.claims, db.claimFacts, db.citations, db.sources], async () => {
    const ids = [...claimIds];
    const [claims, facts, citations] = await Promise.all([db.claims.bulkGet(ids), db.claimFacts.bulkGet(ids), rowsByKey(db.citations, 'claimId', ids)]);
    const sourceIds = [...new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.resolvedSourceId, c.sourceId] : [c.sourceId])))];
    const sources = new Map(defined(await db.sources.bulkGet(sourceIds)).map((s) => [s.id, s]));
    const byClaim = new Map<string, Citation[]>();
    for (const c of citations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
    const rows = ids.flatMap((id, i): ClaimPageRow[] => {
      const claim = claims[i];
      const fact = facts[i];
      return claim && fact ? [{ claim: claimOf(claim), facts: fact, citations: orderCitations(byClaim.get(id) ?? []) }] : [];
    });
    return { rows, sources };
  });
}

/** The values the filter menus offer: every tag, subject and measure some claim has, read from the indexes. */
export async function claimFilterOptions(db: FootnoteDatabase): Promise<{ tags: string[]; subjects: string[]; measures: string[] }> {
  return db.transaction('r', [db.claimFacts], async () => {
    const [tags, subjects, measures] = await Promise.all(['tags', 'subjects', 'measures'].map(async (index) => (await db.claimFacts.orderBy(index).uniqueKeys()).map(String)));
    return { tags: tags ?? [], subjects: subjects ?? [], measures: measures ?? [] };
  });
}

// A menu of sources would be as long as the library; the analyst types and is offered this many titles.
const SOURCE_SUGGESTIONS = 20;

/** Sources whose title starts with the typed words (case as typed, then capitalised), for the source filter. */
export async function sourcesTitled(db: FootnoteDatabase, prefix: string): Promise<Source[]> {
  const typed = prefix.trim();
  if (typed === '') return db.sources.orderBy('title').limit(SOURCE_SUGGESTIONS).toArray();
  return db.sources.where('title').startsWithAnyOfIgnoreCase(typed).limit(SOURCE_SUGGESTIONS).toArray();
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
