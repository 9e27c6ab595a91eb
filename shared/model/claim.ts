import { z } from 'zod';

export const ClaimStatusSchema = z.enum(['draft', 'supported', 'disputed', 'retracted']);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const QuantitySchema = z.object({
  subject: z.string().optional(),
  measure: z.string().optional(),
  value: z.number(),
  unit: z.string(),
  normalized: z.object({ value: z.number(), unit: z.string() }).optional(),
  period: z.string().optional(),
  approx: z.boolean(),
  bound: z.enum(['over', 'under', 'by', 'within']).optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const ClaimSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  status: ClaimStatusSchema,
  confidence: z.number().min(0).max(1).optional(),
  tags: z.array(z.string()),
  note: z.string(),
  /** The source the claim was recorded from (a summary, or the original it was selected in). */
  originSourceId: z.string().optional(),
  /** The heading of the section of the origin source it stands under. */
  section: z.string().optional(),
  /** Reading order within the origin source, so claims list as the source tells them. */
  order: z.number().int().nonnegative(),
  quantities: z.array(QuantitySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const StanceSchema = z.enum(['supports', 'contradicts', 'context']);
export type Stance = z.infer<typeof StanceSchema>;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const SelectorSchema = z.discriminatedUnion('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);
export type Selector = z.infer<typeof SelectorSchema>;

export const LocatorSchema = z.object({
  /** The marker as written in the citing text, e.g. `[8]`. */
  marker: z.string().optional(),
  /** The paragraph or reference-list entry number the marker names. */
  markerNumber: z.number().int().positive().optional(),
  paragraph: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  selectors: z.array(SelectorSchema).optional(),
});
export type Locator = z.infer<typeof LocatorSchema>;

export const CitationSchema = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  /** The source the citation was recorded in (for a summary marker, the summary). */
  sourceId: z.string().min(1),
  /** The original the citation resolves to, once it is in the workspace and linked. */
  resolvedSourceId: z.string().optional(),
  locator: LocatorSchema,
  stance: StanceSchema,
  resolved: z.boolean(),
  createdAt: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;
