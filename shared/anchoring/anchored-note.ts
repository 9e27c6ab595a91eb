import { z } from 'zod';
import { SelectorSchema } from '../model/claim';

/** A note anchored in a source's text, as it leaves Footnote in a Web Annotation export and comes back from one. */
export const AnchoredNoteSchema = z.object({
  id: z.string().min(1),
  /** An IRI for the source: its URL, or a `urn:` naming it inside Footnote. */
  sourceUri: z.string().min(1),
  selectors: z.array(SelectorSchema).min(1),
  note: z.string(),
  tags: z.array(z.string()),
  colour: z.string(),
  /** ISO-8601 UTC. */
  created: z.string(),
  /** ISO-8601 UTC. */
  modified: z.string(),
});
/** A note anchored in a source's text, as it leaves Footnote in a Web Annotation export and comes back from one. */
export type AnchoredNote = z.infer<typeof AnchoredNoteSchema>;
