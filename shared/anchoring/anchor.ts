import type { Selector } from '../model/claim';
import { matchBesideContext, matchQuote, scoreContext, type QuoteMatch } from './match-quote';
import { numbersUnchanged } from './quote-numbers';
import { findPositionSelector, findQuoteSelector, type TextQuoteSelector } from './selectors';

/**
 * A fuzzy candidate is placed only when its blended score (quote 50, context 40, position 2; see match-quote)
 * reaches this. With its surroundings intact a passage may have about a fifth of its characters changed
 * (a few words corrected: 80% quote similarity scores 0.89); with the quote intact, about a quarter of its
 * prefix and suffix may have changed. Anything further from the original is a passage that may have been
 * rewritten or moved, and the analyst confirms it rather than finding the note somewhere new unannounced.
 * Measured on real English and Chinese pages (NYT, Guangming, Debian Reference; 300 passages each): two
 * characters edited score 0.99 (median; 0.90 at the 5th percentile), a quarter of the passage replaced 0.87
 * (median), and deleted passages come out orphaned, except verbatim duplicates such as repeated menus.
 */
export const FUZZY_ACCEPT_FLOOR = 0.88;
/**
 * Below this a candidate is noise (the fuzzy search admits up to half the quote differing, and ordinary prose
 * matches short quotes that loosely): the annotation is orphaned rather than offered as a drifted candidate.
 */
export const DRIFT_CANDIDATE_FLOOR = 0.7;
/**
 * A quote this long, found exactly once, identifies its passage even where its surroundings have changed (a
 * paragraph moved to another section). Shorter quotes ("12%", "the committee") and quotes found more than once
 * may be another passage that uses the same words, so they must also sit in recognisable context.
 */
export const SELF_IDENTIFYING_QUOTE_LENGTH = 40;
/**
 * Context must match at least this well to confirm an exact quote that does not identify itself. Measured on
 * real prose, the context of an unrelated place scores 0.28 (median) and 0.38 (95th percentile) against a
 * stored prefix and suffix, while one side intact with the other rewritten scores over 0.6.
 */
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
  /**
   * How far the passage is expected to have moved, in code units: e.g. how far the annotation before it moved.
   * The fuzzy search looks around the stored position plus this shift first, so a passage pushed far down by
   * text inserted above it is still found by the fast, local search.
   */
  expectedShift?: number;
}

function exactMatchConfirmed(quote: TextQuoteSelector, match: QuoteMatch): boolean {
  if (quote.exact.length >= SELF_IDENTIFYING_QUOTE_LENGTH && match.candidates === 1) return true;
  return match.contextScore >= EXACT_CONTEXT_FLOOR;
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
  const positionInRange = position !== undefined && position.start >= 0 && position.start <= position.end && position.end <= text.length;
  const sameVersion = options.selectorHash !== undefined && options.selectorHash === options.textHash;

  if (!quote) {
    if (!position) return { status: 'orphaned', reason: 'no-text-selector' };
    if (!positionInRange) return { status: 'orphaned', reason: 'position-out-of-range' };
    if (sameVersion) return { status: 'exact', start: position.start, end: position.end, method: 'position' };
    return { status: 'drifted', start: position.start, end: position.end, score: 0, reason: 'position-unverified' };
  }
  if (quote.exact.length === 0) return { status: 'orphaned', reason: 'empty-quote' };

  // The stored position is taken on its own only when nothing could be better: the same version, or the quote
  // there with its context intact (or long enough to be unmistakable). Otherwise another occurrence may now fit
  // better, and the quote search below weighs them all.
  if (positionInRange && text.slice(position.start, position.end) === quote.exact) {
    const unmistakable = quote.exact.length >= SELF_IDENTIFYING_QUOTE_LENGTH || scoreContext(text, position.start, position.end, quote) === 1;
    if (sameVersion || unmistakable) return { status: 'exact', start: position.start, end: position.end, method: 'position' };
  }

  const hint = position === undefined ? undefined : Math.max(0, position.start + (options.expectedShift ?? 0));
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint, windowAcceptScore: FUZZY_ACCEPT_FLOOR };
  const match = matchQuote(text, quote.exact, context);
  if (!match) return { status: 'orphaned', reason: 'quote-not-found' };
  if (match.errors > 0) return judgeFuzzy(text, quote, match);

  const confirmed = exactMatchConfirmed(quote, match);
  // The words stand elsewhere, in other surroundings or as one of several copies that only position tells
  // apart. If the passage's own prefix or suffix still stands near where it was, beside slightly different
  // words, it was edited in place, and that is where the note belongs.
  if (!confirmed || (hint !== undefined && match.start !== hint)) {
    const inPlace = matchBesideContext(text, quote.exact, context);
    const nearer = inPlace !== null && hint !== undefined && Math.abs(inPlace.start - hint) < Math.abs(match.start - hint);
    if (inPlace && inPlace.errors > 0 && (!confirmed || nearer)) {
      const judged = judgeFuzzy(text, quote, inPlace);
      if (judged.status === 'approximate') return judged;
    }
  }
  if (confirmed) return { status: 'exact', start: match.start, end: match.end, method: 'quote' };
  return { status: 'drifted', start: match.start, end: match.end, score: match.score, reason: 'context-changed' };
}
