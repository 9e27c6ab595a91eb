import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Annotation, Briefing, Citation, Claim, HistoryEntry, Source, SourceFileRecord, SourceText } from '../../../shared/model';

/** The original bytes of an imported file; kept out of `sources` so listing sources never loads them. */
export interface SourceFileRow extends SourceFileRecord {
  bytes: Uint8Array;
}

/** A history row as stored: `seq` is assigned by IndexedDB. */
export type HistoryRow = HistoryEntry & { seq?: number };

/** The schema version this build writes; workspace files record it. */
export const SCHEMA_VERSION = 1;

/** Names every table, in the order workspace files list them. */
export const TABLE_NAMES = ['sources', 'sourceFiles', 'texts', 'annotations', 'claims', 'citations', 'briefings', 'history'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** One workspace's database. Versions are only ever appended, each with a named upgrade explaining why. */
export class FootnoteDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  sourceFiles!: Table<SourceFileRow, string>;
  texts!: Table<SourceText, string>;
  annotations!: EntityTable<Annotation, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  citations!: EntityTable<Citation, 'id'>;
  briefings!: EntityTable<Briefing, 'id'>;
  history!: Table<HistoryRow, number>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      sources: 'id, &contentHash, publishedAt, importedAt, *tags, title',
      sourceFiles: 'sourceId',
      texts: 'sourceId',
      annotations: 'id, sourceId, *tags, updatedAt',
      claims: 'id, status, *tags, updatedAt, originSourceId',
      citations: 'id, claimId, sourceId, [claimId+sourceId], resolvedSourceId',
      briefings: 'id, updatedAt',
      history: '++seq, [entity+entityId], at',
    });
  }

  /** Every table, for operations that touch the whole workspace in one transaction. */
  allTables(): Table[] {
    return TABLE_NAMES.map((name) => this.table(name));
  }
}

/** The IndexedDB name of a workspace: one database per workspace. */
export function databaseNameFor(workspace: string): string {
  return `footnote-${workspace}`;
}
