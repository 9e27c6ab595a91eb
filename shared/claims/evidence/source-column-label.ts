import type { Source } from '../../model';

// A matrix column is narrow: a title longer than this is cut at a word, and the full title is given as its tooltip.
const SHORT_TITLE_CHARS = 40;
// Han text has no spaces to cut at and says as much in fewer characters.
const SHORT_TITLE_CJK_CHARS = 16;
const HAN = /\p{Script=Han}/u;
// Punctuation a cut title should not end in before its ellipsis.
const TRAILING_PUNCTUATION = new Set([' ', ',', ';', ':', '.', '–', '—', '-', '，', '、']);

/** The words a column header shows for a source, so two sources of one publisher are told apart. */
export interface SourceColumnLabel {
  /** The title, cut at a word when long. */
  title: string;
  /** The publication date (year, month, day as known), when the source has one. */
  date?: string;
  publisher?: string;
  /** Everything, uncut, for the tooltip. */
  full: string;
}

/** A title cut to about `limit` characters at a word boundary, with an ellipsis when anything was cut. */
export function shortTitle(title: string, limit = HAN.test(title) ? SHORT_TITLE_CJK_CHARS : SHORT_TITLE_CHARS): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  if ([...trimmed].length <= limit) return trimmed;
  const cut = [...trimmed].slice(0, limit).join('');
  const space = cut.lastIndexOf(' ');
  let kept = space > limit / 2 ? cut.slice(0, space) : cut;
  while (kept.length > 0 && TRAILING_PUNCTUATION.has(kept.at(-1) ?? '')) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/** A source's column header: short title, date and publisher, and the uncut text for a tooltip. */
export function sourceColumnLabel(source: Pick<Source, 'title' | 'publisher' | 'publishedAt'>): SourceColumnLabel {
  const date = source.publishedAt?.slice(0, 10);
  const title = source.title.trim() || source.publisher || 'Untitled source';
  return {
    title: shortTitle(title),
    ...(date ? { date } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    full: [title, source.publisher, date].filter(Boolean).join(' · '),
  };
}
