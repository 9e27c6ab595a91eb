import { refreshClaimQuantities, selectionSelectors } from '../../../../../renderer/src/db/claim-operations';
import type { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import { importDocument } from '../../../../../renderer/src/db/import-source';
import { buildBlocks } from '../../../../../shared/ingest/build-blocks';
import type { Claim, ReferenceEntry, Selector } from '../../../../../shared/model';
import { importSeed } from '../test-database';

/** The seed summary imported, with its claims' quantities read (as import will once it calls quantitiesForClaim). */
export async function importSeedWithQuantities(db: FootnoteDatabase): Promise<{ summaryId: string; claims: Claim[] }> {
  const outcome = await importSeed(db);
  await refreshClaimQuantities(db);
  const claims = (await db.claims.where('originSourceId').equals(outcome.sourceId).toArray()).sort((a, b) => a.order - b.order);
  return { summaryId: outcome.sourceId, claims };
}

/** An original (an HTML article, so import makes no claims of it) with the given paragraphs, an optional heading first, and a reference list. */
export async function importOriginal(
  db: FootnoteDatabase,
  paragraphs: readonly string[],
  options: { title?: string; references?: ReferenceEntry[]; heading?: string } = {},
): Promise<string> {
  const drafts = [...(options.heading ? [{ kind: 'heading' as const, text: options.heading }] : []), ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  const { text, blocks } = buildBlocks(drafts);
  const title = options.title ?? `Original ${Math.random()}`;
  const outcome = await importDocument(db, {
    doc: { kind: 'html', text, blocks, meta: { title, authors: [], lang: 'en', tags: [] }, references: options.references ?? [], notices: [] },
    origin: { method: 'paste' },
  });
  return outcome.sourceId;
}

/** Paragraphs numbered 1..count, each saying which it is, so a resolved citation shows which one it points at. */
export function numberedParagraphs(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `This is paragraph ${i + 1} of the original article, in full.`);
}

/** Selectors of the first occurrence of `words` in a source's text. */
export async function selectWords(db: FootnoteDatabase, sourceId: string, words: string): Promise<Selector[]> {
  const [source, text] = await Promise.all([db.sources.get(sourceId), db.texts.get(sourceId)]);
  if (!source || !text) throw new Error('no such source');
  const start = text.text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the source`);
  return selectionSelectors(source, text, start, start + words.length);
}
