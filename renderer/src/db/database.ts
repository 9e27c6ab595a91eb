import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { claimMeasureKeys } from '../../../shared/claims/quantities/measure-keys';
import { STATUS_RANK } from '../../../shared/claims/evidence/claim-table';
import type { Annotation, Briefing, ClaimStatus, BriefingExport, Citation, Collection, HistoryEntry, SavedSearch, Source, SourceFileRecord, SourceText } from '../../../shared/model';
import { claimMeasureKeysMiddleware, type ClaimRow } from './claim-measure-keys';
import { claimMark, derivedMarksMiddleware, type DirtyMark } from './derived-marks';
import type { ClaimFactsRow, ConflictRow, SourceCitationsRow } from './derived-rows';
import type { TrashRow } from './trash';

/** The original bytes of an imported file; kept out of `sources` so listing sources never loads them. */
export interface SourceFileRow extends SourceFileRecord {
  bytes: Uint8Array;
}

/** A history row as stored: `seq` is assigned by IndexedDB. */
export type HistoryRow = HistoryEntry & { seq?: number };

/** A workspace setting; values are checked by the settings module when read. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Names every table, in the order workspace files list them. */
export const TABLE_NAMES = ['sources', 'sourceFiles', 'texts', 'annotations', 'claims', 'citations', 'briefings', 'briefingExports', 'history', 'settings', 'collections', 'savedSearches'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

type Stores = Record<string, string | null>;

/** One schema version: the stores it declares (Dexie keeps the earlier ones) and why it exists. */
export interface SchemaVersion {
  version: number;
  stores: Stores;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Append only: a released version is never edited, because databases written by
 * it exist on users' machines. Tests open a database at version n-1, write to it, and reopen it at n.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sources: 'id, &contentHash, publishedAt, importedAt, *tags, title',
      sourceFiles: 'sourceId',
      texts: 'sourceId',
      annotations: 'id, sourceId, *tags, updatedAt',
      claims: 'id, status, *tags, updatedAt, originSourceId',
      citations: 'id, claimId, sourceId, [claimId+sourceId], resolvedSourceId',
      briefings: 'id, updatedAt',
      history: '++seq, [entity+entityId], at',
    },
  },
  {
    // v2 (import of every format): a re-imported page is matched to its earlier version by URL; one reference-list
    // file backs many sources, so its bytes are found by hash; settings such as the import size limit are stored.
    version: 2,
    stores: {
      sources: 'id, &contentHash, publishedAt, importedAt, *tags, title, url, previousVersionId',
      sourceFiles: 'sourceId, sha256',
      settings: 'key',
    },
    upgrade: addNoDataForVersion2,
  },
  {
    // v3 (claims and evidence): claims are indexed by the subject and measure of their figures, so the conflicts one
    // claim is part of are found by index rather than by reading every claim.
    version: 3,
    stores: {
      claims: 'id, status, *tags, updatedAt, originSourceId, *measureKeys',
    },
    upgrade: backfillClaimMeasureKeys,
  },
  {
    // v4 (briefing exports): each export is recorded as a snapshot with its time, format and file hash.
    version: 4,
    stores: { briefingExports: 'id, briefingId, at' },
    upgrade: addNoDataForVersion4,
  },
  {
    // v6 (versions by identity): a re-imported file is recognised as a new version by its file name and kind, never by
    // its title (two untitled pastes share a fallback title and are unrelated), so sources are indexed by file name.
    // Version 5 was reserved by work merged alongside and not needed; gaps are allowed.
    version: 6,
    stores: { sources: 'id, &contentHash, publishedAt, importedAt, *tags, title, url, previousVersionId, importedFrom.fileName' },
    upgrade: addNoDataForVersion6,
  },
  {
    // v7 (scale): the claims table, the conflicts and the matrix read stored, indexed rows derived from claims and
    // citations (kept up to date by `derived-marks.ts` and `derived-recompute.ts`) instead of recomputing them over
    // the whole workspace on every render. Sort keys end in reading order so every page is stable.
    version: 7,
    stores: {
      claimFacts: 'claimId, byOrder, byText, byStatus, byConfidence, bySources, byConflicts, *tags, *sourceIds, *subjects, *measures, *warnings',
      conflicts: 'id, key, claimA, claimB',
      matrixCells: 'id, claimId, sourceId',
      sourceCitations: 'sourceId, rank',
      derivedDirty: 'id',
    },
    upgrade: markEveryClaimForVersion7,
  },
  {
    // v8 (search and organisation): collections group sources, claims and briefings, found by member; saved searches.
    version: 8,
    stores: { collections: 'id, name, *sourceIds, *claimIds, *briefingIds', savedSearches: 'id, name' },
    upgrade: addNoDataForVersion8,
  },
  {
    // v9 (wording): a claim's stored facts gain `citedSources`, the "Sources" column (every source its citations point
    // at, not only the supporting ones), and sort by it; existing claims are re-derived.
    version: 9,
    stores: {},
    upgrade: markEveryClaimForVersion9,
  },
  {
    // v10 (scale): a status filter pages under any sort: each sortable column's key is indexed behind the status, so
    // the claims of one status in that column's order are one index range (read a page at a time, counted natively).
    version: 10,
    stores: {
      claimFacts:
        'claimId, byOrder, byText, byStatus, byConfidence, bySources, byConflicts, *tags, *sourceIds, *subjects, *measures, *warnings, [status+byOrder], [status+byText], [status+byConfidence], [status+bySources], [status+byConflicts]',
    },
    upgrade: addStatusToFactsForVersion10,
  },
  {
    // v11 (deleting sources): a deleted source's text and original bytes wait in `trash` until undone or the trash is
    // emptied (history rows stay small: they are listed, scanned by undo and written into backups); a claim whose
    // citations went with a deleted source finds that deletion by the claim ids its history row lists.
    version: 11,
    stores: { trash: 'id, at', history: '++seq, [entity+entityId], at, *after.lostEvidence' },
    upgrade: addNoDataForVersion11,
  },
  {
    // v12 (scale): a claim's matrix cells live in its facts row, not a row each: the matrix reads them only by claim,
    // and a restore of 100,000 claims spent about ten seconds writing 150,000 cell rows and their indexes.
    version: 12,
    stores: { matrixCells: null },
    upgrade: moveCellsIntoFactsForVersion12,
  },
];

// Stored facts carry their status as the rank their status sort key starts with; writing it out as the status puts
// every row into the new indexes at once, with no recompute and no claim re-read.
async function addStatusToFactsForVersion10(tx: Transaction): Promise<void> {
  const byRank = new Map(Object.entries(STATUS_RANK).map(([status, rank]) => [rank, status as ClaimStatus]));
  await tx
    .table<ClaimFactsRow, string>('claimFacts')
    .toCollection()
    .modify((facts) => {
      const status = byRank.get(Number(facts.byStatus[0]));
      if (status) facts.status = status;
    });
}

// The trash starts empty and no existing history row lists lost evidence: no row changes.
async function addNoDataForVersion11(): Promise<void> {}

// Existing facts have no cells yet: every claim is recomputed after opening, in slices, as for v7; the per-source
// counts start again from zero, and each recomputed claim adds its cells to them. Until its claim is recomputed, a
// row shows no cells in the matrix; the claims table reads its other facts as before.
async function moveCellsIntoFactsForVersion12(tx: Transaction): Promise<void> {
  await tx.table<SourceCitationsRow, string>('sourceCitations').clear();
  await markEveryClaimForVersion7(tx);
}

// The facts of existing claims lack `citedSources` and sort by the old count: the recompute that follows every change
// rebuilds them after opening, as for v7.
async function markEveryClaimForVersion9(tx: Transaction): Promise<void> {
  await markEveryClaimForVersion7(tx);
}

// IndexedDB builds the file-name index from the stored `importedFrom` itself; no row changes.
async function addNoDataForVersion6(): Promise<void> {}

// Both tables start empty; no existing row changes.
async function addNoDataForVersion8(): Promise<void> {}

// The derived rows of existing claims are built after opening, in slices, by the same recompute that follows every
// change: marking each claim is all an upgrade (which cannot yield to the user) has to do.
async function markEveryClaimForVersion7(tx: Transaction): Promise<void> {
  const ids = await tx.table<ClaimRow, string>('claims').toCollection().primaryKeys();
  await tx.table<DirtyMark, string>('derivedDirty').bulkPut(ids.map((id) => ({ id: claimMark(id) })));
}

// A new table starts empty; existing briefings gain optional fields only.
async function addNoDataForVersion4(): Promise<void> {}

// New indexes are built by IndexedDB itself and the new fields are optional, so no row needs rewriting; the function
// exists so the next reader sees that this was decided, not forgotten.
async function addNoDataForVersion2(): Promise<void> {}

// Claims written before v3 have no `measureKeys`; without them the new index would not list them and their conflicts
// would go unseen. The keys are derived from the quantities already stored, so no figure is re-read or changed.
async function backfillClaimMeasureKeys(tx: Transaction): Promise<void> {
  await tx
    .table<ClaimRow, string>('claims')
    .toCollection()
    .modify((claim) => {
      const keys = claimMeasureKeys(claim.quantities);
      if (keys.length > 0) claim.measureKeys = keys;
      else delete claim.measureKeys;
    });
}

/** The first version whose claims carry `measureKeys`; older schemas are written without them. */
const MEASURE_KEYS_VERSION = 3;

/** The schema version this build writes; workspace files record it. */
export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export type { ClaimRow } from './claim-measure-keys';

/** One workspace's database. */
export class FootnoteDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  sourceFiles!: Table<SourceFileRow, string>;
  texts!: Table<SourceText, string>;
  annotations!: EntityTable<Annotation, 'id'>;
  claims!: EntityTable<ClaimRow, 'id'>;
  citations!: EntityTable<Citation, 'id'>;
  briefings!: EntityTable<Briefing, 'id'>;
  briefingExports!: EntityTable<BriefingExport, 'id'>;
  history!: Table<HistoryRow, number>;
  settings!: Table<SettingRow, string>;
  collections!: EntityTable<Collection, 'id'>;
  savedSearches!: EntityTable<SavedSearch, 'id'>;
  claimFacts!: Table<ClaimFactsRow, string>;
  conflicts!: Table<ConflictRow, string>;
  sourceCitations!: Table<SourceCitationsRow, string>;
  derivedDirty!: Table<DirtyMark, string>;
  trash!: Table<TrashRow, string>;
  /** Called when a committed write left derived rows to update; the recompute module sets it. */
  onDerivedStale: () => void = () => {};

  /** Opens the workspace `name`; `upTo` limits the schema to an older version, which only migration tests use. */
  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1] & { upTo?: number }) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      if (options?.upTo !== undefined && v.version > options.upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    if ((options?.upTo ?? SCHEMA_VERSION) >= MEASURE_KEYS_VERSION) this.use(claimMeasureKeysMiddleware);
    this.use(derivedMarksMiddleware(() => this.onDerivedStale()));
  }

  /** Every table, for operations that touch the whole workspace in one transaction. */
  allTables(): Table[] {
    return TABLE_NAMES.filter((name) => this.tables.some((t) => t.name === name)).map((name) => this.table(name));
  }
}

/** The IndexedDB name of a workspace: one database per workspace. */
export function databaseNameFor(workspace: string): string {
  return `footnote-${workspace}`;
}
