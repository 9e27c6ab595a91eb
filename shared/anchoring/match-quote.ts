import approxSearch from 'approx-string-match';
import { snapBackward, snapForward } from './code-point-boundaries';

// How a candidate is ranked (the Hypothesis client's weights, which years of real-world anchoring have tuned).
// The quote itself dominates: a candidate must read like the passage before its surroundings count.
export const QUOTE_WEIGHT = 50;
// Context is what tells repeated quotes apart and confirms a moved passage; prefix and suffix weigh the same
// because an edit is as likely just before a passage as just after it.
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
// Closeness to the stored position only breaks ties: text is inserted and deleted above a passage all the
// time, so a large shift says little, but between two equal candidates the nearer one is the likelier.
export const POSITION_WEIGHT = 2;

// The fuzzy search allows up to half the quote to differ. More finds rewritten passages the analyst would
// have to reject anyway and costs time (the search is O(maxErrors / 32 * text length)); fewer misses real
// passages after a handful of edits to a short quote.
export const MAX_ERROR_RATIO = 0.5;
// A cap keeps the cost of very long quotes bounded (256 errors = 8 bit-vector blocks per character of text).
export const MAX_ERRORS_CAP = 256;
// Edits before a passage shift it; the fuzzy search looks this many code units either side of the stored
// position first (about 700 words), and searches the whole text only if nothing good enough is found there.
export const HINT_WINDOW_PADDING = 4096;

/** The context a quote was described in, used to rank candidates. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start (the stored position). */
  hint?: number;
  /**
   * A fuzzy candidate near the hint scoring at least this is taken without searching the whole text.
   * Without it (or without a hint) the whole text is searched.
   */
  windowAcceptScore?: number;
}

/** One candidate place for a quote in a text, with how well it fits. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: the weighted blend of quote, context and position similarity; 1 is a perfect fit. */
  score: number;
  /** Edit distance between the quote and `text[start, end)`; 0 for an exact occurrence. */
  errors: number;
  /** 0..1: similarity of the matched text to the quote alone. */
  quoteScore: number;
  /** 0..1: similarity of the surrounding text to the stored prefix and suffix (1 when none was stored). */
  contextScore: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** All exact occurrences of `quote`, overlapping ones included. */
function exactOccurrences(text: string, quote: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

function fuzzyOccurrences(text: string, quote: string, maxErrors: number, from: number, to: number): RawMatch[] {
  return approxSearch(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: snapBackward(text, m.start + from),
    end: snapForward(text, m.end + from),
    errors: m.errors,
  }));
}

/** 0..1: how closely `str` occurs somewhere in `window` (1 when it occurs exactly). */
function textMatchScore(window: string, str: string): number {
  if (str.length === 0 || window.length === 0) return 0;
  if (window.includes(str)) return 1;
  // Allowing str.length errors guarantees at least one match, so the best error count is always known.
  const best = approxSearch(window, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

/** 0..1: how well the text around `text[start, end)` agrees with the stored prefix and suffix (1 when none was stored). */
export function scoreContext(text: string, start: number, end: number, context: Pick<QuoteContext, 'prefix' | 'suffix'>): number {
  const { prefix, suffix } = context;
  const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const suffixScore = suffix ? textMatchScore(text.slice(end, end + suffix.length), suffix) : 1;
  return (PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore) / (PREFIX_WEIGHT + SUFFIX_WEIGHT);
}

function scoreMatch(text: string, quote: string, match: RawMatch, context: QuoteContext): QuoteMatch {
  const quoteScore = Math.max(0, 1 - match.errors / quote.length);
  const contextScore = scoreContext(text, match.start, match.end, context);
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * contextScore + POSITION_WEIGHT * positionScore;
  const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start: match.start, end: match.end, score, errors: match.errors, quoteScore, contextScore };
}

function best(text: string, quote: string, matches: readonly RawMatch[], context: QuoteContext): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const m of matches) {
    const scored = scoreMatch(text, quote, m, context);
    // Strictly greater: among equal scores the earliest wins, which is what a reader expects without a hint.
    if (!top || scored.score > top.score) top = scored;
  }
  return top;
}

/** The maximum edit distance the fuzzy search allows for a quote of this length. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quoteLength * MAX_ERROR_RATIO));
}

/**
 * Finds the best place for `quote` in `text`: among exact occurrences if there are any, otherwise among
 * approximate ones (near the hint first). Returns null when nothing is within {@link maxErrorsFor} edits.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;

  const exact = exactOccurrences(text, quote);
  if (exact.length > 0) return best(text, quote, exact, context);

  const maxErrors = maxErrorsFor(quote.length);
  if (maxErrors === 0) return null;
  const { hint, windowAcceptScore } = context;
  let near: QuoteMatch | null = null;
  if (hint !== undefined && windowAcceptScore !== undefined) {
    const from = Math.max(0, hint - HINT_WINDOW_PADDING);
    const to = Math.min(text.length, hint + quote.length + HINT_WINDOW_PADDING);
    near = best(text, quote, fuzzyOccurrences(text, quote, maxErrors, from, to), context);
    if (near && near.score >= windowAcceptScore) return near;
    // The window covered the whole text: searching again would find the same candidates.
    if (from === 0 && to === text.length) return near;
  }
  const anywhere = best(text, quote, fuzzyOccurrences(text, quote, maxErrors, 0, text.length), context);
  // The whole-text search keeps only the fewest-error candidates, which can rank below the one near the hint.
  if (near && (!anywhere || near.score > anywhere.score)) return near;
  return anywhere;
}
