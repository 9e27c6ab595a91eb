// The analyst's correction of what import read as a source's title and authors (a PDF whose first page misled the
// reader). Stored on the source itself, with the import's reading kept in history, so exports and citations use the
// correction from then on.
import type { Source } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';

/** The title and authors as the analyst says they are. */
export interface SourceDetails {
  title: string;
  authors: readonly string[];
}

const MAX_TITLE_CHARS = 1000;

/** Corrects a source's title and authors in one transaction, recording the reading it replaces; returns the source as stored. */
export async function correctSourceDetails(db: FootnoteDatabase, sourceId: string, details: SourceDetails): Promise<Source> {
  const title = details.title.replace(/\s+/gu, ' ').trim();
  if (title === '') throw new Error('A source needs a title.');
  if (title.length > MAX_TITLE_CHARS) throw new Error(`A title can have at most ${MAX_TITLE_CHARS} characters.`);
  const authors = [...new Set(details.authors.map((a) => a.replace(/\s+/gu, ' ').trim()).filter((a) => a !== ''))];
  return db.transaction('rw', [db.sources, db.history], async () => {
    const before = await db.sources.get(sourceId);
    if (!before) throw new Error('That source is no longer in the workspace.');
    if (before.title === title && sameList(before.authors, authors)) return before;
    const after: Source = { ...before, title, authors };
    await db.sources.put(after);
    await db.history.add({ entity: 'source', entityId: sourceId, op: 'update', at: nowIso(), before: { sources: [before] }, after: { sources: [after] } });
    return after;
  });
}

/** Authors as the analyst types them: one a line, or separated by semicolons (a comma can be inside "Jong, Michiel de"). */
export function authorsFromInput(text: string): string[] {
  return text
    .split(/[\n;]/u)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
