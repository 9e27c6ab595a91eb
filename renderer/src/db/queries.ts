import type { Briefing, Citation, Claim, Source, SourceFileRecord, SourceText } from '../../../shared/model';
import { buildBriefingDocument, type BriefingDocument } from '../../../shared/briefing/briefing-document';
import { orderCitations } from '../../../shared/claims/order-citations';
import type { FootnoteDatabase } from './database';
import { loadBriefingBundle } from './briefing-exports';

/** Sources, newest import first. */
export async function listSources(db: FootnoteDatabase): Promise<Source[]> {
  return db.sources.orderBy('importedAt').reverse().toArray();
}

export interface SourceView {
  source: Source;
  text: SourceText | undefined;
  file: SourceFileRecord | undefined;
  claimCount: number;
  /** The version this one replaced, and the one that replaced it, if any. */
  previousVersion: Source | undefined;
  nextVersion: Source | undefined;
}

/** One source with its text and provenance (but not its bytes). */
export async function loadSourceView(db: FootnoteDatabase, sourceId: string): Promise<SourceView | null> {
  const source = await db.sources.get(sourceId);
  if (!source) return null;
  const [text, ownFile, claimCount, previousVersion, nextVersion] = await Promise.all([
    db.texts.get(sourceId),
    db.sourceFiles.get(sourceId),
    db.claims.where('originSourceId').equals(sourceId).count(),
    source.previousVersionId ? db.sources.get(source.previousVersionId) : undefined,
    db.sources.where('previousVersionId').equals(sourceId).first(),
  ]);
  // Entries of one reference list share the file, stored once with the first entry.
  const fileRow = ownFile ?? (source.fileHash ? await db.sourceFiles.where('sha256').equals(source.fileHash).first() : undefined);
  const file = fileRow ? { sourceId: fileRow.sourceId, name: fileRow.name, mime: fileRow.mime, size: fileRow.size, sha256: fileRow.sha256 } : undefined;
  return { source, text, file, claimCount, previousVersion, nextVersion };
}

/** A claim with its citations, ready to show. */
export interface ClaimRow {
  claim: Claim;
  citations: Citation[];
  origin: Source | undefined;
}

/** Every claim with its citations, grouped by origin source (newest first) and in reading order within it. */
export async function listClaimRows(db: FootnoteDatabase): Promise<{ rows: ClaimRow[]; sources: Map<string, Source> }> {
  const [claims, citations, sources] = await Promise.all([db.claims.toArray(), db.citations.toArray(), db.sources.toArray()]);
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const byClaim = citationsByClaim(citations);
  const rows = claims.map((claim) => ({
    claim,
    citations: byClaim.get(claim.id) ?? [],
    origin: claim.originSourceId ? sourceMap.get(claim.originSourceId) : undefined,
  }));
  rows.sort((a, b) => (b.origin?.importedAt ?? '').localeCompare(a.origin?.importedAt ?? '') || a.claim.order - b.claim.order);
  return { rows, sources: sourceMap };
}

/** Briefings, most recently changed first. */
export async function listBriefings(db: FootnoteDatabase): Promise<Briefing[]> {
  return db.briefings.orderBy('updatedAt').reverse().toArray();
}

/** A briefing laid out with its current claims and citations, as it would be exported now. */
export async function loadBriefingDocument(db: FootnoteDatabase, briefingId: string, date: string): Promise<BriefingDocument | null> {
  const bundle = await loadBriefingBundle(db, briefingId);
  return bundle ? buildBriefingDocument(bundle.briefing, bundle.lookup, date) : null;
}

/** Citations by claim, each list in reading order. */
function citationsByClaim(citations: readonly Citation[]): Map<string, Citation[]> {
  const map = groupBy(citations, (c) => c.claimId);
  for (const [claimId, list] of map) map.set(claimId, orderCitations(list));
  return map;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * A read that a live query re-runs on any write to the sources (its range is the whole table), for `openSourceListing`
 * and `sourceIdsNewestFirst` read untracked: a live query over 10,000 ids spent longer recording their keys than reading them.
 */
export function watchSources(db: FootnoteDatabase): Promise<unknown> {
  return db.sources.limit(1).toArray();
}

/** How many sources there are, and the first `pageSize` of them, newest import first: what the library opens on. */
export interface SourceListing {
  count: number;
  /** The first page's ids, in order. */
  firstIds: string[];
  firstPage: Map<string, Source>;
}

/**
 * The number of sources (counted by the index) and the newest page of them, in one transaction. Not every id: reading
 * 10,000 keys of the index took 100–250 ms on a 2-core machine, against under 10 ms for the count and about as much for
 * the page, and the ids below the first page are needed only once the list is scrolled (`sourceIdsNewestFirst`).
 */
export async function openSourceListing(db: FootnoteDatabase, pageSize: number): Promise<SourceListing> {
  return db.transaction('r', db.sources, async () => {
    const newestFirst = () => db.sources.orderBy('importedAt').reverse();
    const [count, first] = await Promise.all([newestFirst().count(), newestFirst().limit(pageSize).toArray()]);
    return { count, firstIds: first.map((s) => s.id), firstPage: new Map(first.map((s) => [s.id, s])) };
  });
}

/** Every source's id, newest import first: keys from the index, for a list that reads only the rows it shows. */
export async function sourceIdsNewestFirst(db: FootnoteDatabase): Promise<string[]> {
  return (await db.sources.orderBy('importedAt').reverse().primaryKeys()) as string[];
}

/** The given sources by id (a page of a list). */
export async function loadSources(db: FootnoteDatabase, ids: readonly string[]): Promise<Map<string, Source>> {
  const sources = await db.sources.bulkGet([...ids]);
  return new Map(sources.flatMap((s): [string, Source][] => (s ? [[s.id, s]] : [])));
}
