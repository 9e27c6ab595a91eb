import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { SelectorSchema } from './claim';

export const AnchorStateSchema = z.enum(['anchored', 'approximate', 'drifted', 'orphaned']);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const AnnotationSchema = z.object({
  id: RecordIdSchema,
  sourceId: RecordIdSchema,
  selectors: z.array(SelectorSchema),
  note: z.string(),
  tags: z.array(z.string()),
  colour: z.string(),
  anchor: AnchorStateSchema,
  /** The content hash of the source version the selectors were made on. */
  sourceHash: z.string().optional(),
  /** For an approximate or drifted anchor: how sure, why, and the old quote against the new text, for review. */
  anchorDetail: z
    .object({
      score: z.number().optional(),
      reason: z.string().optional(),
      candidate: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
      diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })).optional(),
    })
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
