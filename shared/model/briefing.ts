import { z } from 'zod';

export const BriefingItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), id: z.string().min(1), claimId: z.string().min(1) }),
  z.object({ kind: z.literal('prose'), id: z.string().min(1), text: z.string() }),
]);
export type BriefingItem = z.infer<typeof BriefingItemSchema>;

export const BriefingSectionSchema = z.object({
  id: z.string().min(1),
  heading: z.string(),
  items: z.array(BriefingItemSchema),
});
export type BriefingSection = z.infer<typeof BriefingSectionSchema>;

export const BriefingSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  audience: z.string(),
  summary: z.string(),
  citationStyle: z.string(),
  sections: z.array(BriefingSectionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Briefing = z.infer<typeof BriefingSchema>;
