// History records every change with what it touched before and after, so it can be audited and undone. Each entity
// has its own payload shapes, checked like every other row: a change of one record stores that record; a change of
// several (a claim with its citations, a split, a merge, a summary linked to its original) stores a record set.
import { z } from 'zod';
import { AnnotationSchema } from './annotation';
import { BriefingSchema } from './briefing';
import { CitationSchema, ClaimSchema } from './claim';
import { CollectionSchema } from './collection';
import { SourceKindSchema, SourceSchema } from './source';
import { MAX_RECORD_ID_LENGTH } from './record-id';

export const HistoryEntitySchema = z.enum(['source', 'claim', 'citation', 'annotation', 'briefing', 'workspace', 'tag', 'collection']);
export type HistoryEntity = z.infer<typeof HistoryEntitySchema>;

export const HistoryOpSchema = z.enum(['create', 'update', 'delete', 'import']);
export type HistoryOp = z.infer<typeof HistoryOpSchema>;

/**
 * The records one change touched, by table. Undo deletes what only `after` holds and puts back everything in `before`.
 * Other keys say what the change decided (the marker reading of a link, the duplicates a merge dropped).
 */
export const HistoryRecordSetSchema = z.looseObject({
  sources: z.array(SourceSchema).optional(),
  claims: z.array(ClaimSchema).optional(),
  citations: z.array(CitationSchema).optional(),
  annotations: z.array(AnnotationSchema).optional(),
  briefings: z.array(BriefingSchema).optional(),
  collections: z.array(CollectionSchema).optional(),
});
export type HistoryRecordSet = z.infer<typeof HistoryRecordSetSchema>;

/** A claim with its citations as the first claim operations recorded it; read, no longer written (see HistoryRecordSet). */
const LegacyClaimWithCitationsSchema = z.object({ claim: ClaimSchema, citations: z.array(CitationSchema) });

/** What an import stored, for the audit trail (the rows themselves are in their tables). */
export const SourceImportRecordSchema = z.object({
  title: z.string(),
  kind: SourceKindSchema,
  claims: z.number().int().nonnegative(),
  citations: z.number().int().nonnegative(),
  /** The earlier version this source was stored as a new version of. */
  previousVersionId: z.string().optional(),
  /** Annotations and citations carried over from that version. */
  carried: z.number().int().nonnegative().optional(),
  /** True when the import filled a source a briefing companion had brought in without its text. */
  filledPlaceholder: z.boolean().optional(),
});
export type SourceImportRecord = z.infer<typeof SourceImportRecordSchema>;

/** What importing a briefing companion added. */
const BriefingImportRecordSchema = z.object({
  briefing: BriefingSchema,
  sourceIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  citationIds: z.array(z.string()),
});

/** The counts a workspace restore brought in. */
const WorkspaceRestoreRecordSchema = z.object({
  workspace: z.string(),
  exportedAt: z.string(),
  sources: z.number(),
  claims: z.number(),
  citations: z.number(),
  briefings: z.number(),
});

// Union members are tried in order: the most specific shape first, so a record set never swallows a single record.
const PAYLOADS = {
  source: z.union([SourceImportRecordSchema, HistoryRecordSetSchema]),
  claim: z.union([ClaimSchema, LegacyClaimWithCitationsSchema, HistoryRecordSetSchema]),
  citation: CitationSchema,
  annotation: AnnotationSchema,
  briefing: z.union([BriefingSchema, BriefingImportRecordSchema]),
  // A setting's value is checked by the settings module when it is read; here it only has to be JSON.
  workspace: z.union([WorkspaceRestoreRecordSchema, z.json()]),
  // A tag lives on its records: a rename, merge or removal records every source, note and claim it changed.
  tag: HistoryRecordSetSchema,
  collection: CollectionSchema,
} as const;

function entrySchema<E extends HistoryEntity, P extends z.ZodType>(entity: E, payload: P) {
  return z.object({
    seq: z.number().int().positive().optional(),
    entity: z.literal(entity),
    entityId: z.string().max(MAX_RECORD_ID_LENGTH),
    op: HistoryOpSchema,
    at: z.string(),
    before: payload.optional(),
    after: payload.optional(),
    /** Set when the change has been undone, so it is not undone twice; cleared by a redo. */
    undone: z.boolean().optional(),
    /** When it was undone, for the history list. */
    undoneAt: z.string().optional(),
  });
}

/** One recorded change: enough to audit it and to undo it; its before and after are typed by its entity. */
export const HistoryEntrySchema = z.discriminatedUnion('entity', [
  entrySchema('source', PAYLOADS.source),
  entrySchema('claim', PAYLOADS.claim),
  entrySchema('citation', PAYLOADS.citation),
  entrySchema('annotation', PAYLOADS.annotation),
  entrySchema('briefing', PAYLOADS.briefing),
  entrySchema('workspace', PAYLOADS.workspace),
  entrySchema('tag', PAYLOADS.tag),
  entrySchema('collection', PAYLOADS.collection),
]);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * A history row as a workspace file may hold it: typed, or written by an older Footnote in a shape no longer made.
 * Old rows are kept as they are (the audit trail is never rewritten); only new writes must be typed.
 */
export const StoredHistoryEntrySchema = z.union([
  HistoryEntrySchema,
  z.object({
    seq: z.number().int().positive().optional(),
    entity: HistoryEntitySchema,
    entityId: z.string().max(MAX_RECORD_ID_LENGTH),
    op: HistoryOpSchema,
    at: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    undone: z.boolean().optional(),
    undoneAt: z.string().optional(),
  }),
]);
export type StoredHistoryEntry = z.infer<typeof StoredHistoryEntrySchema>;
