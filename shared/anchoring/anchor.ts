import type { Selector } from '../model/claim';
import { matchQuote, scoreContext, type QuoteMatch } from './match-quote';
import { numbersUnchanged } from './quote-numbers';
import { findPositionSelector, findQuoteSelector, type TextQuoteSelector } from './selectors';

// A fuzzy candidate is placed only when its blended score (quote 50, context 40, position 2; see match-quote)
// reaches this. With its surroundings intact a passage may have about a fifth of its characters changed
// (a few words corrected: 80% quote similarity scores 0.89); with the quote intact, about a quarter of its
// prefix and suffix may have changed. Anything further from the original is a passage that may have been
// rewritten or moved, and the analyst confirms it rather than finding the note somewhere new unannounced.
// Measured on real prose (Wikipedia, Debian Reference): two edited characters score 0.95-0.99, a quarter of
// the passage replaced 0.86-0.87, a deleted passage's best stand-in 0.78 at the 95th percentile.
export const FUZZY_ACCEPT_FLOOR = 0.88;
// Below this a candidate is noise (the fuzzy search admits up to half the quote differing, and ordinary prose
// matches short quotes that loosely): the annotation is orphaned rather than offered as a drifted candidate.
export const DRIFT_CANDIDATE_FLOOR = 0.7;
// An exact occurrence of a short quote ("12%", "the committee") may be a different passage that happens to use
// the same words, so it must also sit in recognisable context; quotes this long identify themselves.
export const SELF_IDENTIFYING_QUOTE_LENGTH = 40;
// Context must match at least this well to confirm a short exact quote (half the prefix and suffix intact).
export const EXACT_CONTEXT_FLOOR = 0.5;

/** Why an anchor was found but not accepted. */
export type DriftReason = 'numbers-changed' | 'low-similarity' | 'context-changed' | 'position-unverified';
/** Why no place was found. */
export type OrphanReason = 'no-text-selector' | 'empty-quote' | 'position-out-of-range' | 'quote-not-found';

/** Where a stored annotation falls in a text, and how sure we are. */
export type AnchorResult =
  | { status: 'exact'; start: number; end: number; method: 'position' | 'quote' }
  | { status: 'approximate'; start: number; end: number; score: number }
  | { status: 'drifted'; start: number; end: number; score: number; reason: DriftReason }
  | { status: 'orphaned'; reason: OrphanReason };

/** One sentence per reason, for the UI to show beside a drifted or orphaned annotation. */
export const ANCHOR_REASON_TEXT: Record<DriftReason | OrphanReason, string> = {
  'numbers-changed': 'A similar passage was found, but its numbers differ from the ones you annotated.',
  'low-similarity': 'A similar passage was found, but it differs too much to place the note without your confirmation.',
  'context-changed': 'The quoted words were found, but not in the surroundings they had.',
  'position-unverified': 'Only a position was stored, and the text has changed since, so the place cannot be verified.',
  'no-text-selector': 'The annotation has no quote or position to anchor with.',
  'empty-quote': 'The annotation quotes no text.',
  'position-out-of-range': 'The stored position lies beyond the end of the text.',
  'quote-not-found': 'Nothing like the quoted passage remains in this version.',
};

/** Which text the selectors were made on and which text they are anchored in, when known. */
export interface AnchorOptions {
  /** The hash of the source version the selectors were described on. */
  selectorHash?: string;
  /** The hash of `text`. When both hashes are given and equal, the stored position is trusted as it stands. */
  textHash?: string;
}

function contextConfirms(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  if (quote.exact.length >= SELF_IDENTIFYING_QUOTE_LENGTH) return true;
  return scoreContext(text, start, end, quote) >= EXACT_CONTEXT_FLOOR;
}

function judgeFuzzy(text: string, quote: TextQuoteSelector, match: QuoteMatch): AnchorResult {
  const { start, end, score } = match;
  if (score < DRIFT_CANDIDATE_FLOOR) return { status: 'orphaned', reason: 'quote-not-found' };
  if (!numbersUnchanged(quote.exact, text.slice(start, end))) return { status: 'drifted', start, end, score, reason: 'numbers-changed' };
  if (score < FUZZY_ACCEPT_FLOOR) return { status: 'drifted', start, end, score, reason: 'low-similarity' };
  return { status: 'approximate', start, end, score };
}

/**
 * Places stored selectors in `text`: the stored position if it still holds the quote, else the best exact
 * occurrence of the quote, else a fuzzy match that passes the score floor and keeps the quote's numbers.
 * Anything less certain is reported as drifted (with the candidate) or orphaned, never silently moved.
 */
export function anchor(text: string, selectors: readonly Selector[], options: AnchorOptions = {}): AnchorResult {
  const quote = findQuoteSelector(selectors);
  const position = findPositionSelector(selectors);
  const positionInRange = position !== undefined && position.start <= position.end && position.end <= text.length;
  const sameVersion = options.selectorHash !== undefined && options.selectorHash === options.textHash;

  if (!quote) {
    if (!position) return { status: 'orphaned', reason: 'no-text-selector' };
    if (!positionInRange) return { status: 'orphaned', reason: 'position-out-of-range' };
    if (sameVersion) return { status: 'exact', start: position.start, end: position.end, method: 'position' };
    return { status: 'drifted', start: position.start, end: position.end, score: 0, reason: 'position-unverified' };
  }
  if (quote.exact.length === 0) return { status: 'orphaned', reason: 'empty-quote' };

  if (positionInRange && text.slice(position.start, position.end) === quote.exact) {
    if (sameVersion || contextConfirms(text, position.start, position.end, quote)) {
      return { status: 'exact', start: position.start, end: position.end, method: 'position' };
    }
  }

  const match = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: position?.start,
    windowAcceptScore: FUZZY_ACCEPT_FLOOR,
  });
  if (!match) return { status: 'orphaned', reason: 'quote-not-found' };
  if (match.errors > 0) return judgeFuzzy(text, quote, match);
  if (contextConfirms(text, match.start, match.end, quote)) return { status: 'exact', start: match.start, end: match.end, method: 'quote' };
  return { status: 'drifted', start: match.start, end: match.end, score: match.score, reason: 'context-changed' };
}
