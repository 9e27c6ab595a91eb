import { z } from 'zod';
import { SelectorSchema } from './claim';

export const AnchorStateSchema = z.enum(['anchored', 'approximate', 'drifted', 'orphaned']);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const AnnotationSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  selectors: z.array(SelectorSchema),
  note: z.string(),
  tags: z.array(z.string()),
  colour: z.string(),
  anchor: AnchorStateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
