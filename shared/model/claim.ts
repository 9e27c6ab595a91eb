import { z } from 'zod';
import { RecordIdSchema } from './record-id';

export const ClaimStatusSchema = z.enum(['draft', 'supported', 'disputed', 'retracted']);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const QuantitySchema = z.object({
  /** 'date' is a calendar year such as "by 2027", never an amount. */
  kind: z.enum(['amount', 'date']).default('amount'),
  subject: z.string().optional(),
  measure: z.string().optional(),
  /** The low end of a range, in the written unit. */
  value: z.number(),
  high: z.number().optional(),
  unit: z.string(),
  normalized: z.object({ value: z.number(), unit: z.string(), high: z.number().optional() }).optional(),
  period: z.string().optional(),
  approx: z.boolean(),
  bound: z.enum(['over', 'under', 'by', 'within']).optional(),
  /** The words as written in the claim, for highlighting and correction. */
  text: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** Fields the analyst corrected by hand: kept over later extractions. */
  corrected: z.array(z.enum(['subject', 'measure', 'value', 'high', 'unit', 'period', 'approx', 'bound'])).optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const ClaimSchema = z.object({
  id: RecordIdSchema,
  text: z.string().min(1),
  status: ClaimStatusSchema,
  confidence: z.number().min(0).max(1).optional(),
  tags: z.array(z.string()),
  note: z.string(),
  /** The source the claim was recorded from (a summary, or the original it was selected in). */
  originSourceId: RecordIdSchema.optional(),
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
  /** The entry of the resolved source's reference list the marker names, when it was resolved to one rather than to a paragraph. */
  reference: z.number().int().positive().optional(),
});
export type Locator = z.infer<typeof LocatorSchema>;

export const CitationSchema = z.object({
  id: RecordIdSchema,
  claimId: RecordIdSchema,
  /** The source the citation was recorded in (for a summary marker, the summary). */
  sourceId: RecordIdSchema,
  /** The original the citation resolves to, once it is in the workspace and linked. */
  resolvedSourceId: RecordIdSchema.optional(),
  locator: LocatorSchema,
  stance: StanceSchema,
  resolved: z.boolean(),
  /** Why an unresolved citation could not be resolved the last time it was tried, in words for the analyst (e.g. "the original has no marker [17]"). */
  unresolvedReason: z.string().optional(),
  createdAt: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;
