import { cjkBigrams, MAX_WORD_LENGTH, splitPieces, type Piece } from './tokenize';

/** Queries longer than this are cut: nobody types more, and a pasted page must not stall the index. */
export const MAX_QUERY_LENGTH = 256;
/** At most this many words or CJK runs take part; the rest would only narrow an already narrow result. */
export const MAX_QUERY_PIECES = 16;

/** The kinds of record the search finds. */
export const SEARCH_KINDS = ['source', 'annotation', 'claim'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Filters written into the query itself, such as `tag:lithium` or `kind:claim`. */
export interface InlineFilters {
  kind?: SearchKind;
  tag?: string;
  status?: string;
  stance?: string;
}

/** A query as the index and the highlighter need it. */
export interface ParsedQuery {
  /** The text to give the index: folded words and CJK runs, space-separated; empty when nothing searchable remains. */
  text: string;
  /** Folded words (Latin and other spaced scripts); the last one is still being typed and matches as a prefix. */
  words: string[];
  /** Folded CJK runs, each matched as a whole substring. */
  cjkRuns: string[];
  /** The index terms every hit must contain. */
  terms: string[];
  /** The words and CJK runs in the order typed; the last is the one still being typed. */
  pieces: Piece[];
  filters: InlineFilters;
  /** True when the query was cut to the limits above. */
  truncated: boolean;
}

const FILTER = /(?:^|\s)(kind|tag|status|stance):("[^"]*"|\S+)/giu;

/** Parses what the user typed: inline filters out, the rest folded into words and CJK runs. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  let truncated = input.length > MAX_QUERY_LENGTH;
  const filters: InlineFilters = {};
  const rest = input.slice(0, MAX_QUERY_LENGTH).replace(FILTER, (_m, key: string, raw: string) => {
    const value = raw.replace(/^"|"$/g, '');
    const k = key.toLowerCase();
    if (k === 'kind') {
      const kind = (value.toLowerCase().replace(/s$/, '') as SearchKind);
      if ((['source', 'annotation', 'claim'] as string[]).includes(kind)) filters.kind = kind;
    } else if (k === 'tag') filters.tag = value;
    else if (k === 'status') filters.status = value.toLowerCase();
    else if (k === 'stance') filters.stance = value.toLowerCase();
    return ' ';
  });
  let pieces = splitPieces(rest).filter((p) => p.kind === 'cjk' || p.text.length <= MAX_WORD_LENGTH);
  if (pieces.length > MAX_QUERY_PIECES) {
    pieces = pieces.slice(0, MAX_QUERY_PIECES);
    truncated = true;
  }
  const words = pieces.filter((p) => p.kind === 'word').map((p) => p.text);
  const cjkRuns = pieces.filter((p) => p.kind === 'cjk').map((p) => p.text);
  const terms = pieces.flatMap((p) => (p.kind === 'word' ? [p.text] : cjkBigrams(p.text)));
  return { text: pieces.map((p) => p.text).join(' '), words, cjkRuns, terms: [...new Set(terms)], pieces, filters, truncated };
}
