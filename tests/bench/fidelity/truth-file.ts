import { z } from 'zod';

/**
 * What a document is known to contain, written once by reading it (or derived from Readability's expected output).
 * Every field is optional: a document is scored only on what its truth states.
 */
export const TruthSchema = z.object({
  /** Path from the repository root, or `corpus:` + a path under ../shared/corpus. */
  file: z.string(),
  title: z.string().optional(),
  /** The authors as the document names them, "Given Family", in order. */
  authors: z.array(z.string()).optional(),
  /** The language the text is written in, as a BCP 47 primary subtag (`en`, `zh`). */
  lang: z.string().optional(),
  /** Paragraph count of a web page's article: Readability's prose blocks, counted as readability-truth.ts says. */
  paragraphs: z.number().int().positive().optional(),
  /** Words from the first and last paragraph of the body, as printed. */
  firstParagraph: z.string().optional(),
  lastParagraph: z.string().optional(),
  headings: z.array(z.string()).optional(),
  /** `headings` names every heading the document prints (written truths): a heading block not in it counts as noise. */
  allHeadings: z.boolean().optional(),
  /** The reference list: how many entries, and how the first and last begin. */
  references: z
    .object({
      count: z.number().int().nonnegative(),
      first: z.string(),
      last: z.string(),
      /** The labels the first and last entry are cited by, when the list is keyed (`WORDS`, `AUTHORING`) or numbered its own way. */
      labels: z.tuple([z.string(), z.string()]).optional(),
      /** The list scored, by the name the import gives it, when the document has others too (its footnotes). */
      list: z.string().optional(),
    })
    .optional(),
  /** Citation markers as printed in the text (`[1]`, `[HTTP]`); each must still be in the imported text. */
  markers: z.array(z.string()).optional(),
  /** Text that is page furniture or junk (running headers, download footers): no paragraph may contain it. */
  noise: z.array(z.string()).optional(),
  /** Words that go on with a sentence cut by a column or page break, or by a figure set in its way: no paragraph may open with them. */
  continuations: z.array(z.string()).optional(),
});
export type Truth = z.infer<typeof TruthSchema>;
