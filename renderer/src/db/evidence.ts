// Read-only queries for the evidence views: one claim's evidence, the claims table, the claim-by-source matrix, the
// conflicts across the workspace, the claims that cite a source, and a source's candidate claims. Each reads in one
// transaction so it sees one consistent state of the workspace.
import { findPositionSelector } from '../../../shared/anchoring/selectors';
import { citedSourceId } from '../../../shared/claims/edit/citation-identity';
import { claimFlags, type ClaimFlags } from '../../../shared/claims/evidence/claim-flags';
import { createPassageFinder, type CitationPassage } from '../../../shared/claims/evidence/citation-passage';
import { filterClaimRows, quantityLabels, sortClaimRows, type ClaimTableFilters, type ClaimTableRow, type ClaimTableSort } from '../../../shared/claims/evidence/claim-table';
import { crossCheckInput } from '../../../shared/claims/evidence/cross-check-input';
import { buildClaimSourceMatrix, type ClaimSourceMatrix } from '../../../shared/claims/evidence/source-matrix';
import { orderCitations } from '../../../shared/claims/order-citations';
import { claimMeasureKeys, subjectKeyPrefix } from '../../../shared/claims/quantities/measure-keys';
import { deriveTotals, findQuantityConflicts, WORLD, type DerivedTotal, type QuantityConflict } from '../../../shared/claims/quantities';
import { suggestClaims, type ClaimSuggestion } from '../../../shared/claims/suggest-claims';
import { readSettings, SETTINGS, type Citation, type Claim, type Quantity, type Source, type SourceText, type Stance } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { rowsByKey } from './rows-by-key';

/** One citation as the evidence view shows it. */
export interface CitationEvidence {
  citation: Citation;
  /** The source the citation was recorded in (for a summary's marker, the summary). */
  recordedIn: Source | undefined;
  /** The source it points at: the original it resolved to, else where it was recorded. */
  cited: Source | undefined;
  passage: CitationPassage;
  /** The newer version of the cited source, when one was imported since: the citation quotes the version it names. */
  newerVersion?: Source;
}

/** One side of a conflict: the claim, its citations and the sources they point at. */
export interface ConflictSideView {
  claim: Claim;
  citations: Citation[];
  sources: Source[];
  quantityIndex: number;
}

/** A conflict with both claims and their evidence, to show side by side. */
export interface ConflictView {
  conflict: QuantityConflict;
  a: ConflictSideView;
  b: ConflictSideView;
}

/** Everything the evidence view of one claim shows. */
export interface ClaimEvidence {
  claim: Claim;
  flags: ClaimFlags;
  /** Citations grouped by stance, each list in reading order. */
  citations: Record<Stance, CitationEvidence[]>;
  quantities: Quantity[];
  /** World totals its figures imply (with a figure of its own as share or amount), and whether a stated total disagrees. */
  derivedTotals: DerivedTotal[];
  /** Conflicts this claim is a side of. */
  conflicts: ConflictView[];
  /** The tolerance the conflicts were found with. */
  tolerancePercent: number;
}

/** The evidence of one claim, or null when the claim no longer exists. Tolerance defaults to the workspace setting. */
export async function loadClaimEvidence(db: FootnoteDatabase, claimId: string, options: { tolerancePercent?: number } = {}): Promise<ClaimEvidence | null> {
  return db.transaction('r', [db.claims, db.citations, db.sources, db.texts, db.settings], async () => {
    // Reads that do not depend on one another go together: each await is a round trip to IndexedDB, and one claim's
    // evidence is a dozen reads, so reading them one after another cost more than reading them.
    const [row, tolerancePercent, citations] = await Promise.all([db.claims.get(claimId), toleranceOf(db, options.tolerancePercent), db.citations.where('claimId').equals(claimId).toArray()]);
    if (!row) return null;
    const claim = claimOf(row);
    const ordered = orderCitations(citations);
    const textIds = [...new Set(ordered.map((c) => (!c.resolved && c.locator.markerNumber !== undefined ? c.sourceId : citedSourceId(c))))];

    // Conflicts need only the claims about the same subject and measure; derived totals need the claims that share a
    // source with this one (a share in one, the amount in another) and any claim stating a world total.
    const keys = row.measureKeys ?? claimMeasureKeys(claim.quantities);
    const mySources = [...new Set(citations.map(citedSourceId))];
    // Each list of keys is read as one request per key, all sent at once (`rowsByKey`): Dexie's `anyOf` and
    // `distinct` walk a cursor, a round trip per row, and those walks took most of the time to open a claim.
    const [sources, textRows, sameMeasureRows, sharing, worldTotalRows, newerRows] = await Promise.all([
      sourcesWithVersions(db, citations.flatMap((c) => (c.resolvedSourceId ? [c.sourceId, c.resolvedSourceId] : [c.sourceId]))),
      db.texts.bulkGet(textIds),
      rowsByKey(db.claims, 'measureKeys', keys),
      citationsOfSources(db, mySources),
      db.claims.where('measureKeys').startsWith(subjectKeyPrefix(WORLD)).toArray(),
      rowsByKey(db.sources, 'previousVersionId', [...new Set(ordered.map(citedSourceId))]),
    ]);
    const sameMeasure = uniqueRows(sameMeasureRows);
    const worldTotals = uniqueRows(worldTotalRows);
    const texts = new Map(defined(textRows).map((t): [string, SourceText] => [t.sourceId, t]));
    const passageOf = createPassageFinder(texts);
    const grouped: Record<Stance, CitationEvidence[]> = { supports: [], contradicts: [], context: [] };
    const newer = new Map(newerRows.map((s) => [s.previousVersionId, s]));
    for (const citation of ordered) {
      const item: CitationEvidence = { citation, recordedIn: sources.get(citation.sourceId), cited: sources.get(citedSourceId(citation)), passage: passageOf(citation, claim.text) };
      const newerVersion = newer.get(citedSourceId(citation));
      if (newerVersion) item.newerVersion = newerVersion;
      grouped[citation.stance].push(item);
    }

    const sharingIds = [...new Set(sharing.map((c) => c.claimId))];
    const relatedIds = [...new Set([claimId, ...sameMeasure.map((c) => c.id), ...sharingIds, ...worldTotals.map((c) => c.id)])];
    const [sharingClaims, relatedCitations] = await Promise.all([db.claims.bulkGet(sharingIds), citationsByClaim(db, relatedIds)]);
    const related = uniqueClaims([claim, ...sameMeasure, ...defined(sharingClaims), ...worldTotals].map(claimOf));
    const tolerance = { relativeTolerance: tolerancePercent / 100 };

    const sameMeasureIds = new Set([claimId, ...sameMeasure.map((c) => c.id)]);
    const found = findQuantityConflicts(crossCheckInput(related.filter((c) => sameMeasureIds.has(c.id)), relatedCitations), tolerance).filter((c) => c.a.claimId === claimId || c.b.claimId === claimId);
    for (const s of await sourcesWithVersions(db, found.flatMap((c) => [...c.a.sourceIds, ...c.b.sourceIds]).filter((id) => !sources.has(id)))) sources.set(s[0], s[1]);
    const conflicts = found.map((c) => conflictView(c, new Map(related.map((r) => [r.id, r])), relatedCitations, sources));
    const derivedTotals = deriveTotals(crossCheckInput(related, relatedCitations), tolerance).filter(
      (d) => d.share.claimId === claimId || d.amount.claimId === claimId,
    );
    return { claim, flags: claimFlags(claim, citations, sources), citations: grouped, quantities: claim.quantities, derivedTotals, conflicts, tolerancePercent };
  });
}

/** The claims table: one row per claim with its flags, sources, figures and conflict count, filtered and sorted (reading order by default). */
export async function listClaimsTable(
  db: FootnoteDatabase,
  filters: ClaimTableFilters = {},
  sort: ClaimTableSort = { by: 'order', direction: 'asc' },
  options: { tolerancePercent?: number } = {},
): Promise<ClaimTableRow[]> {
  return db.transaction('r', [db.claims, db.citations, db.sources, db.settings], async () => {
    const tolerancePercent = await toleranceOf(db, options.tolerancePercent);
    const [claims, byClaim, sources] = await Promise.all([allClaims(db), allCitationsByClaim(db), sourceMap(db)]);
    const conflictCounts = new Map<string, number>();
    for (const conflict of findQuantityConflicts(crossCheckInput(claims, byClaim), { relativeTolerance: tolerancePercent / 100 })) {
      for (const side of [conflict.a, conflict.b]) conflictCounts.set(side.claimId, (conflictCounts.get(side.claimId) ?? 0) + 1);
    }
    const rows = claims.map((claim): ClaimTableRow => {
      const citations = byClaim.get(claim.id) ?? [];
      const sourceIds = new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.resolvedSourceId, c.sourceId] : [c.sourceId])));
      if (claim.originSourceId !== undefined) sourceIds.add(claim.originSourceId);
      return {
        claim,
        flags: claimFlags(claim, citations, sources),
        citationCount: citations.length,
        sourceIds: [...sourceIds],
        ...quantityLabels(claim),
        conflictCount: conflictCounts.get(claim.id) ?? 0,
      };
    });
    return sortClaimRows(filterClaimRows(rows, filters), sort);
  });
}

/** Claims (rows, in reading order) against the sources their citations point at (columns), with single-source and summary-only claims flagged. */
export async function loadClaimSourceMatrix(db: FootnoteDatabase): Promise<ClaimSourceMatrix> {
  return db.transaction('r', [db.claims, db.citations, db.sources], async () => {
    const [claims, byClaim, sources] = await Promise.all([allClaims(db), allCitationsByClaim(db), sourceMap(db)]);
    return buildClaimSourceMatrix(inReadingOrder(claims, sources), byClaim, sources);
  });
}

/** Every conflict in the workspace, each with both claims and their citations. Tolerance (percent) defaults to the workspace setting. */
export async function findConflicts(db: FootnoteDatabase, tolerancePercent?: number): Promise<ConflictView[]> {
  return db.transaction('r', [db.claims, db.citations, db.sources, db.settings], async () => {
    const tolerance = await toleranceOf(db, tolerancePercent);
    const [claims, byClaim, sources] = await Promise.all([allClaims(db), allCitationsByClaim(db), sourceMap(db)]);
    const claimsById = new Map(claims.map((c) => [c.id, c]));
    return findQuantityConflicts(crossCheckInput(claims, byClaim), { relativeTolerance: tolerance / 100 }).map((c) => conflictView(c, claimsById, byClaim, sources));
  });
}

/** A claim that cites a source, with the citations that do and its flags. */
export interface CitingClaim {
  claim: Claim;
  flags: ClaimFlags;
  /** Its citations that point at the source or were recorded in it. */
  citations: Citation[];
}

/** The claims that cite a source (recorded in it or resolved to it), in reading order. */
export async function claimsCitingSource(db: FootnoteDatabase, sourceId: string): Promise<CitingClaim[]> {
  return db.transaction('r', [db.claims, db.citations, db.sources], async () => {
    const citing = await citationsOfSources(db, [sourceId]);
    const claimIds = [...new Set(citing.map((c) => c.claimId))];
    const [rows, byClaim] = await Promise.all([db.claims.bulkGet(claimIds), citationsByClaim(db, claimIds)]);
    const claims = defined(rows).map(claimOf);
    // Only the sources these claims rest on and come from (not the whole library): the flags and the reading order need no more.
    const wanted = [...[...byClaim.values()].flat().flatMap((c) => (c.resolvedSourceId ? [c.sourceId, c.resolvedSourceId] : [c.sourceId])), ...claims.flatMap((c) => c.originSourceId ?? [])];
    const sources = await sourcesWithVersions(db, wanted);
    return inReadingOrder(claims, sources).map((claim) => ({
      claim,
      flags: claimFlags(claim, byClaim.get(claim.id) ?? [], sources),
      citations: orderCitations(citing.filter((c) => c.claimId === claim.id)),
    }));
  });
}

/** Sentences of a source offered as claims: those with figures or markers that no claim records yet. Empty for a source without text. */
export async function loadClaimSuggestions(db: FootnoteDatabase, sourceId: string): Promise<ClaimSuggestion[]> {
  return db.transaction('r', [db.claims, db.citations, db.texts], async () => {
    const sourceText = await db.texts.get(sourceId);
    if (!sourceText) return [];
    const citing = await citationsOfSources(db, [sourceId]);
    // Only a citation that points into this source quotes its text; a summary's marker resolved elsewhere quotes the original.
    const ranges = citing.flatMap((c) => {
      const position = citedSourceId(c) === sourceId ? findPositionSelector(c.locator.selectors ?? []) : undefined;
      return position ? [{ start: position.start, end: position.end }] : [];
    });
    const origin = await db.claims.where('originSourceId').equals(sourceId).toArray();
    const cited = defined(await db.claims.bulkGet([...new Set(citing.map((c) => c.claimId))]));
    return suggestClaims(sourceText.text, sourceText.blocks, { ranges, texts: [...origin, ...cited].map((c) => c.text) });
  });
}

async function toleranceOf(db: FootnoteDatabase, given: number | undefined): Promise<number> {
  // Read the table here rather than through loadSettings: one more native async hop inside a transaction lets real
  // IndexedDB (unlike fake-indexeddb in the unit tests) commit it before the next read (PrematureCommitError).
  if (given === undefined) return readSettings(await db.settings.toArray()).conflictTolerancePercent;
  const parsed = SETTINGS.conflictTolerancePercent.schema.safeParse(given);
  if (!parsed.success) throw new Error('The conflict tolerance must be a percentage between 0 and 100.');
  return parsed.data;
}

async function allClaims(db: FootnoteDatabase): Promise<Claim[]> {
  return (await db.claims.toArray()).map(claimOf);
}

// Versions of one document count as one source, so a claim's flags need each cited source's earlier versions too.
// Reading just those (not the whole library) keeps one claim's evidence O(claim) at 10,000 sources.
async function sourcesWithVersions(db: FootnoteDatabase, ids: readonly string[]): Promise<Map<string, Source>> {
  const found = new Map<string, Source>();
  let wanted = [...new Set(ids)];
  while (wanted.length > 0) {
    for (const s of defined(await db.sources.bulkGet(wanted))) found.set(s.id, s);
    wanted = [...new Set(wanted.flatMap((id) => found.get(id)?.previousVersionId ?? []))].filter((id) => !found.has(id));
  }
  return found;
}

async function sourceMap(db: FootnoteDatabase): Promise<Map<string, Source>> {
  return new Map((await db.sources.toArray()).map((s) => [s.id, s]));
}

async function allCitationsByClaim(db: FootnoteDatabase): Promise<Map<string, Citation[]>> {
  return groupByClaim(await db.citations.toArray());
}

async function citationsByClaim(db: FootnoteDatabase, claimIds: readonly string[]): Promise<Map<string, Citation[]>> {
  return groupByClaim(await rowsByKey(db.citations, 'claimId', claimIds));
}

// The citations recorded in or resolved to any of the sources. Dexie's `or` walks cursors, a round trip per row.
async function citationsOfSources(db: FootnoteDatabase, sourceIds: readonly string[]): Promise<Citation[]> {
  const [recorded, resolved] = await Promise.all([rowsByKey(db.citations, 'sourceId', sourceIds), rowsByKey(db.citations, 'resolvedSourceId', sourceIds)]);
  return uniqueRows([...recorded, ...resolved]);
}

// Rows read through a multi-valued index, or through two indexes, once each.
function uniqueRows<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

function groupByClaim(citations: readonly Citation[]): Map<string, Citation[]> {
  const map = new Map<string, Citation[]>();
  for (const c of citations) map.set(c.claimId, [...(map.get(c.claimId) ?? []), c]);
  for (const [id, list] of map) map.set(id, orderCitations(list));
  return map;
}

function uniqueClaims(claims: readonly Claim[]): Claim[] {
  return [...new Map(claims.map((c) => [c.id, c])).values()];
}

// As the claims list shows them: newest origin first, then the order the source tells them in.
function inReadingOrder(claims: readonly Claim[], sources: ReadonlyMap<string, Source>): Claim[] {
  const importedAt = (c: Claim) => (c.originSourceId ? (sources.get(c.originSourceId)?.importedAt ?? '') : '');
  return [...claims].sort((a, b) => importedAt(b).localeCompare(importedAt(a)) || a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

function conflictView(
  conflict: QuantityConflict,
  claims: ReadonlyMap<string, Claim>,
  byClaim: ReadonlyMap<string, readonly Citation[]>,
  sources: ReadonlyMap<string, Source>,
): ConflictView {
  const side = (s: QuantityConflict['a']): ConflictSideView => {
    const citations = [...(byClaim.get(s.claimId) ?? [])];
    const claim = claims.get(s.claimId);
    if (!claim) throw new Error('A claim in a conflict is missing.');
    return { claim, citations, sources: defined(s.sourceIds.map((id) => sources.get(id))), quantityIndex: s.quantityIndex };
  };
  return { conflict, a: side(conflict.a), b: side(conflict.b) };
}
