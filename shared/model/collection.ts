import { z } from 'zod';

/** A collection (a project): a named group of sources, claims and briefings; a record may be in several. */
export const CollectionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  sourceIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  briefingIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Collection = z.infer<typeof CollectionSchema>;

/** The filters a saved search keeps; the same fields as the search panel offers. */
export const SavedSearchFiltersSchema = z.object({
  kinds: z.array(z.enum(['source', 'annotation', 'claim'])).optional(),
  tag: z.string().optional(),
  collectionId: z.string().optional(),
  sourceId: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  status: z.string().optional(),
  stance: z.string().optional(),
});
export type SavedSearchFilters = z.infer<typeof SavedSearchFiltersSchema>;

/** A search the analyst named to run again. */
export const SavedSearchSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  query: z.string(),
  filters: SavedSearchFiltersSchema,
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;
