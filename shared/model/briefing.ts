import { z } from 'zod';
import { RecordIdSchema } from './record-id';

export const BriefingItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), id: RecordIdSchema, claimId: RecordIdSchema }),
  z.object({ kind: z.literal('prose'), id: RecordIdSchema, text: z.string() }),
]);
export type BriefingItem = z.infer<typeof BriefingItemSchema>;

export const BriefingSectionSchema = z.object({
  id: RecordIdSchema,
  heading: z.string(),
  items: z.array(BriefingItemSchema),
});
export type BriefingSection = z.infer<typeof BriefingSectionSchema>;

/** What each footnote carries besides the styled citation, as the user chooses. */
export const FootnoteContentOptionsSchema = z.object({
  /** The quoted passage the citation anchors to. */
  quote: z.boolean(),
  /** Where in the source: paragraph or page, and the marker while it is unresolved. */
  location: z.boolean(),
  /** The date the source was captured (imported). */
  captureDate: z.boolean(),
  /** The first characters of the source version's content hash. */
  versionHash: z.boolean(),
});
export type FootnoteContentOptions = z.infer<typeof FootnoteContentOptionsSchema>;

export const BriefingSchema = z.object({
  id: RecordIdSchema,
  title: z.string(),
  audience: z.string(),
  summary: z.string(),
  citationStyle: z.string(),
  sections: z.array(BriefingSectionSchema),
  footnoteContent: FootnoteContentOptionsSchema.optional(),
  /** Overrides the language detected from the claims (it picks the locale of the citation style). */
  lang: z.enum(['en-US', 'zh-CN']).optional(),
  /** The briefing's date as printed; today when absent. */
  date: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export const BriefingExportFormatSchema = z.enum(['markdown', 'html', 'docx', 'pdf', 'claimreview', 'csl-json', 'companion']);
export type BriefingExportFormat = z.infer<typeof BriefingExportFormatSchema>;

/** A record of one export: when, in what format and style, and the file's hash; an export is a snapshot, the briefing lives on. */
export const BriefingExportSchema = z.object({
  id: RecordIdSchema,
  briefingId: RecordIdSchema,
  at: z.string(),
  format: BriefingExportFormatSchema,
  style: z.string(),
  lang: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  /** The briefing, its claims, citations and sources as exported (a companion document). */
  snapshot: z.unknown(),
});
export type BriefingExport = z.infer<typeof BriefingExportSchema>;
