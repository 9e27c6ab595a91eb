import approxSearch from 'approx-string-match';
import { snapBackward, snapForward } from './code-point-boundaries';
import { bestSubstringDistance, editDistance } from './edit-distance';

/**
 * How a candidate is ranked (these are the Hypothesis client's weights).
 * The quote itself dominates: a candidate must read like the passage before its surroundings count.
 */
export const QUOTE_WEIGHT = 50;
/**
 * Context is what tells repeated quotes apart and confirms a moved passage; prefix and suffix weigh the same
 * because an edit is as likely just before a passage as just after it.
 */
export const PREFIX_WEIGHT = 20;
/** Weighs the same as {@link PREFIX_WEIGHT}, for the same reason. */
export const SUFFIX_WEIGHT = 20;
/**
 * Closeness to the stored position only breaks ties: text is inserted and deleted above a passage all the
 * time, so a large shift says little, but between two equal candidates the nearer one is the likelier.
 */
export const POSITION_WEIGHT = 2;

/**
 * The fuzzy search allows up to half the quote to differ. More finds rewritten passages the analyst would
 * have to reject anyway and costs time (the search is O(maxErrors / 32 * text length)); fewer misses real
 * passages after a handful of edits to a short quote.
 */
export const MAX_ERROR_RATIO = 0.5;
/**
 * Beyond the window around the hint, only candidates this close to the quote are looked for: a passage that
 * moved far must still read much like the quote (a quarter changed at most), and the tighter budget makes the
 * whole-text search, which every deleted passage pays, cheaper (its cost grows with the error budget).
 */
export const FAR_MAX_ERROR_RATIO = 0.25;
/** A cap keeps the cost of very long quotes bounded (256 errors = 8 bit-vector blocks per character of text). */
export const MAX_ERRORS_CAP = 256;
/**
 * The stored prefix is looked for in twice its length of text before a candidate (the suffix likewise after
 * it), so words inserted between a passage and its context leave the context recognisable. Measured on real
 * English and Chinese prose: with text inserted into the suffix, its median score rises from 0.47 to 0.78 with
 * the wider window, while the context of an unrelated place barely moves (0.25 to 0.28).
 */
export const CONTEXT_WINDOW_FACTOR = 2;
/**
 * Edits before a passage shift it; the fuzzy search looks this many code units either side of the stored
 * position first (about 700 words), and searches the whole text only if nothing good enough is found there.
 */
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
  /** How many candidates of this kind (exact, or fewest-edit) were weighed; 1 means the match was the only one. */
  candidates: number;
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
  const errors = bestSubstringDistance(window, str) ?? str.length;
  return Math.max(0, 1 - errors / str.length);
}

/** 0..1: how well the text around `text[start, end)` agrees with the stored prefix and suffix (1 when none was stored). */
export function scoreContext(text: string, start: number, end: number, context: Pick<QuoteContext, 'prefix' | 'suffix'>): number {
  const { prefix, suffix } = context;
  const prefixWindow = Math.ceil((prefix?.length ?? 0) * CONTEXT_WINDOW_FACTOR);
  const suffixWindow = Math.ceil((suffix?.length ?? 0) * CONTEXT_WINDOW_FACTOR);
  const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, start - prefixWindow), start), prefix) : 1;
  const suffixScore = suffix ? textMatchScore(text.slice(end, end + suffixWindow), suffix) : 1;
  return (PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore) / (PREFIX_WEIGHT + SUFFIX_WEIGHT);
}

function scoreMatch(text: string, quote: string, match: RawMatch, context: QuoteContext, candidates = 1): QuoteMatch {
  const quoteScore = Math.max(0, 1 - match.errors / quote.length);
  const contextScore = scoreContext(text, match.start, match.end, context);
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * contextScore + POSITION_WEIGHT * positionScore;
  const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start: match.start, end: match.end, score, errors: match.errors, quoteScore, contextScore, candidates };
}

function best(text: string, quote: string, matches: readonly RawMatch[], context: QuoteContext): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  const reach = maxErrorsFor(quote.length);
  for (const m of matches) {
    const raw = scoreMatch(text, quote, m, context, matches.length);
    const scored = m.errors > 0 ? alignToContext(text, quote, raw, context, reach) : raw;
    // Strictly greater: among equal scores the earliest wins, which is what a reader expects without a hint.
    if (!top || scored.score > top.score) top = scored;
  }
  return top;
}

/** The offset just after the occurrence of `prefix` ending nearest `near` within `reach`, if any. */
function prefixEndNear(text: string, prefix: string, near: number, reach: number): number | undefined {
  const from = Math.max(0, near - reach - prefix.length);
  const window = text.slice(from, near + reach);
  let best: number | undefined;
  for (let at = window.indexOf(prefix); at !== -1; at = window.indexOf(prefix, at + 1)) {
    const end = from + at + prefix.length;
    if (best === undefined || Math.abs(end - near) < Math.abs(best - near)) best = end;
  }
  return best;
}

/** The offset of the occurrence of `suffix` starting nearest `near` within `reach`, if any. */
function suffixStartNear(text: string, suffix: string, near: number, reach: number): number | undefined {
  const from = Math.max(0, near - reach);
  const window = text.slice(from, near + reach + suffix.length);
  let best: number | undefined;
  for (let at = window.indexOf(suffix); at !== -1; at = window.indexOf(suffix, at + 1)) {
    if (best === undefined || Math.abs(from + at - near) < Math.abs(best - near)) best = from + at;
  }
  return best;
}

/**
 * The fuzzy search keeps the fewest-edit alignment, which can drop words inserted at a passage's edge
 * ("in March" -> "in early March" matches "in early", 5 edits, rather than "in early March", 6). When the
 * stored prefix or suffix still stands intact just beside the match, it pins that edge exactly: the edge is
 * moved to meet it, as long as the range stays within the error budget.
 */
function alignToContext(text: string, quote: string, match: QuoteMatch, context: QuoteContext, reach: number): QuoteMatch {
  const start = context.prefix ? (prefixEndNear(text, context.prefix, match.start, reach) ?? match.start) : match.start;
  const end = context.suffix ? (suffixStartNear(text, context.suffix, match.end, reach) ?? match.end) : match.end;
  if ((start === match.start && end === match.end) || start >= end) return match;
  const errors = editDistance(quote, text.slice(start, end));
  if (errors === null || errors > reach) return match;
  return scoreMatch(text, quote, { start, end, errors }, context, match.candidates);
}

/** The maximum edit distance the fuzzy search allows for a quote of this length. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quoteLength * MAX_ERROR_RATIO));
}

/**
 * Finds the best place for `quote` in `text`: among exact occurrences if there are any, otherwise among
 * approximate ones within {@link maxErrorsFor} edits; with a hint and `windowAcceptScore`, near the hint
 * first and then, with the tighter {@link FAR_MAX_ERROR_RATIO}, anywhere. Null when nothing qualifies.
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
  const searchedNear = hint !== undefined && windowAcceptScore !== undefined;
  const farErrors = searchedNear ? Math.floor(Math.min(MAX_ERRORS_CAP, quote.length * FAR_MAX_ERROR_RATIO)) : maxErrors;
  const anywhere = farErrors === 0 ? null : best(text, quote, fuzzyOccurrences(text, quote, farErrors, 0, text.length), context);
  // The whole-text search keeps only the fewest-error candidates, which can rank below the one near the hint.
  if (near && (!anywhere || near.score > anywhere.score)) return near;
  return anywhere;
}

/**
 * Where the passage stands if it was edited in place: found by its stored prefix and suffix, intact near the
 * hint, rather than by its own words. With both, it is the text between them; with one, the closest match to
 * the quote right beside it. Null when neither is found near the hint.
 */
export function matchBesideContext(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const { prefix, suffix, hint } = context;
  if (hint === undefined || quote.length === 0) return null;
  const reach = maxErrorsFor(quote.length);
  const start = prefix ? prefixEndNear(text, prefix, hint, HINT_WINDOW_PADDING) : undefined;
  const end = suffix
    ? suffixStartNear(text, suffix, (start ?? hint) + quote.length, start === undefined ? HINT_WINDOW_PADDING : reach)
    : undefined;
  if (start !== undefined && end !== undefined && end > start) {
    const errors = editDistance(quote, text.slice(start, end));
    if (errors !== null) return scoreMatch(text, quote, { start, end, errors }, context);
  }
  if (start !== undefined) return best(text, quote, fuzzyOccurrences(text, quote, reach, start, Math.min(text.length, start + quote.length + reach)), context);
  if (end !== undefined) return best(text, quote, fuzzyOccurrences(text, quote, reach, Math.max(0, end - quote.length - reach), end), context);
  return null;
}
