import { z } from 'zod';
import { MAX_RECORD_ID_LENGTH } from './record-id';

export const HistoryEntitySchema = z.enum(['source', 'claim', 'citation', 'annotation', 'briefing', 'workspace']);
export type HistoryEntity = z.infer<typeof HistoryEntitySchema>;

/** One recorded change: enough to audit it and to undo it. */
export const HistoryEntrySchema = z.object({
  seq: z.number().int().positive().optional(),
  entity: HistoryEntitySchema,
  entityId: z.string().max(MAX_RECORD_ID_LENGTH),
  op: z.enum(['create', 'update', 'delete', 'import']),
  at: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Set when the change has been undone, so it is not undone twice. */
  undone: z.boolean().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
