import type { SearchKind } from '../../../shared/search/parse-query';
import { annotationQuote } from '../../../shared/search/search-documents';
import type { FootnoteDatabase } from './database';

/** What a search result shows and where it leads: the text to take a snippet from, and for an annotation its place. */
export interface SearchHitDetail {
  text: string;
  sourceId?: string;
  /** The annotated range in its source's text. */
  at?: { start: number; end: number };
}

/** Reads the text of one search hit, or undefined when the record is gone. */
export async function readSearchHitDetail(db: FootnoteDatabase, kind: SearchKind, id: string): Promise<SearchHitDetail | undefined> {
  switch (kind) {
    case 'source': {
      const text = await db.texts.get(id);
      return text ? { text: text.text, sourceId: id } : undefined;
    }
    case 'annotation': {
      const a = await db.annotations.get(id);
      if (!a) return undefined;
      const position = a.selectors.find((s) => s.type === 'TextPositionSelector');
      const quote = annotationQuote(a);
      const detail: SearchHitDetail = { text: [quote, a.note].filter(Boolean).join(' — '), sourceId: a.sourceId };
      if (position && position.type === 'TextPositionSelector') detail.at = { start: position.start, end: position.end };
      return detail;
    }
    case 'claim': {
      const c = await db.claims.get(id);
      return c ? { text: c.text } : undefined;
    }
  }
}

/** Every briefing's id and title, for the command palette (briefings are few). */
export async function listBriefingTitles(db: FootnoteDatabase): Promise<{ id: string; title: string }[]> {
  return (await db.briefings.toArray()).map((b) => ({ id: b.id, title: b.title }));
}
