// Candidate claims for the reader: sentences that carry a figure or cite something are what an analyst usually
// records. Nothing here creates a claim; the analyst accepts or dismisses each suggestion.
import type { Block, BlockKind, Quantity } from '../model';
import { quantitiesForClaim } from './edit/claim-quantities';
import { groupMarkers, parseCitationMarkers, type MarkerGroup } from './parse-citation-markers';
import { dimensionOf } from './quantities/units';

/** Why a sentence is suggested. */
export type SuggestionReason = 'quantity' | 'marker';

/** A sentence offered as a claim. */
export interface ClaimSuggestion {
  /** The claim as it would be created: the sentence with its citation markers taken out. */
  text: string;
  /** Where the sentence stands in the source's text, markers included: the selection its citation would quote. */
  start: number;
  end: number;
  blockId: string;
  paragraph?: number;
  page?: number;
  /** The heading it stands under. */
  section?: string;
  /** The figures read from `text` (offsets into `text`). */
  quantities: Quantity[];
  /** The numbers its citation markers name. */
  markers: number[];
  reasons: SuggestionReason[];
}

/** What already is a claim, so it is not offered again. */
export interface ExistingClaims {
  /** Ranges of the source's text that claims' citations already quote. */
  ranges: readonly { start: number; end: number }[];
  /** The texts of claims already recorded, from this source or any other. */
  texts: readonly string[];
}

// A sentence shorter than this once its markers are out is a caption or a fragment ("See Table 2 [4]"), not a claim.
export const MIN_SUGGESTION_CHARS = 20;
// A claim's words found inside a sentence (or the other way round) mean the sentence is already recorded; below this
// length a match is too likely to be chance ("China produces 70%" is in many sentences that say more).
export const MIN_CONTAINED_CHARS = 40;
// Tables and code are not prose: their "sentences" are rows and statements that make unreadable claims.
const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'quote']);

/**
 * The sentences of `text` that hold a figure (an amount other than a bare span of time, or any bounded figure such as
 * "over 90%", "within six months", "by 2027") or a citation marker, in reading order, leaving out those already made claims.
 */
export function suggestClaims(text: string, blocks: readonly Block[], existing: ExistingClaims = { ranges: [], texts: [] }): ClaimSuggestion[] {
  const known = existing.texts.map(comparable).filter((t) => t !== '');
  const out: ClaimSuggestion[] = [];
  let section: string | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      section = text.slice(block.start, block.end).trim();
      continue;
    }
    if (!PROSE_KINDS.has(block.kind)) continue;
    for (const span of sentenceSpans(text, block)) {
      if (existing.ranges.some((r) => span.start < r.end && r.start < span.end)) continue;
      const suggestion = suggestionFor(text, block, span, section);
      if (!suggestion || isKnown(comparable(suggestion.text), known)) continue;
      out.push(suggestion);
    }
  }
  return out;
}

function suggestionFor(text: string, block: Block, span: { start: number; end: number }, section: string | undefined): ClaimSuggestion | undefined {
  const sentence = text.slice(span.start, span.end);
  const markers = parseCitationMarkers(sentence);
  const claimText = withoutMarkers(sentence);
  if (claimText.length < MIN_SUGGESTION_CHARS) return undefined;
  const quantities = quantitiesForClaim(claimText);
  const reasons: SuggestionReason[] = [];
  if (quantities.some(isClaimFigure)) reasons.push('quantity');
  if (markers.length > 0) reasons.push('marker');
  if (reasons.length === 0) return undefined;
  const suggestion: ClaimSuggestion = {
    text: claimText,
    start: span.start,
    end: span.end,
    blockId: block.id,
    quantities,
    markers: [...new Set(markers.flatMap((m) => m.numbers))],
    reasons,
  };
  if (block.paragraph !== undefined) suggestion.paragraph = block.paragraph;
  if (block.page !== undefined) suggestion.page = block.page;
  if (section !== undefined) suggestion.section = section;
  return suggestion;
}

// A figure worth a claim: an amount (a share, a mass, a sum, a count) or a bound ("within six months", "by 2027").
// A bare span of time ("four years ago", "eight years of his presidency") and a bare year are how stories are told,
// not figures an analyst checks.
function isClaimFigure(q: Quantity): boolean {
  if (q.bound !== undefined) return true;
  return q.kind === 'amount' && dimensionOf(q.normalized?.unit ?? '') !== 'duration';
}

/**
 * The sentences of one block, as offsets into `text`, trimmed. Markers written after a full stop (`... output.[8] Next`)
 * belong to the sentence before them, and a sentence never ends inside a marker; line breaks end sentences, as in
 * bulleted clippings.
 */
export function sentenceSpans(text: string, block: Pick<Block, 'start' | 'end'>): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const spans: { start: number; end: number }[] = [];
  let lineStart = block.start;
  for (const line of text.slice(block.start, block.end).split('\n')) {
    const groups = groupMarkers(line, parseCitationMarkers(line));
    const cuts = new Set<number>([0, line.length]);
    for (const s of segmenter.segment(line)) cuts.add(pastMarkers(line, s.index, groups));
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) spans.push({ start: lineStart + (sorted[i - 1] ?? 0), end: lineStart + (sorted[i] ?? 0) });
    lineStart += line.length + 1;
  }
  return spans.map(trimSpan(text)).filter((s) => s.end > s.start);
}

// A sentence boundary inside a marker group, or just before one, moves to the group's end.
function pastMarkers(line: string, cut: number, groups: readonly MarkerGroup[]): number {
  if (cut === 0) return cut;
  for (const g of groups) {
    if (g.start < cut && cut < g.end) return g.end;
    if (cut <= g.start && line.slice(cut, g.start).trim() === '') return g.end;
  }
  return cut;
}

function trimSpan(text: string): (span: { start: number; end: number }) => { start: number; end: number } {
  return ({ start, end }) => {
    const slice = text.slice(start, end);
    const head = slice.length - slice.trimStart().length;
    const tail = slice.length - slice.trimEnd().length;
    return { start: start + head, end: Math.max(start + head, end - tail) };
  };
}

/** A sentence as a claim's text: markers out, white space collapsed, no space left before punctuation. */
export function withoutMarkers(sentence: string): string {
  let out = sentence;
  for (const marker of parseCitationMarkers(sentence).reverse()) out = out.slice(0, marker.start) + out.slice(marker.end);
  return out
    .replace(/\s+/gu, ' ')
    .replace(/(?<!\s)\s+([,，.;:!?。；：])/gu, '$1')
    .trim();
}

// Texts compared case-, space- and marker-blind, without closing punctuation: the same claim written twice.
function comparable(text: string): string {
  return withoutMarkers(text)
    .toLocaleLowerCase()
    .replace(/(?<![\s.。!?！？;；,，])[\s.。!?！？;；,，]+$/u, '');
}

function isKnown(candidate: string, known: readonly string[]): boolean {
  return known.some((k) => {
    if (k === candidate) return true;
    const [shorter, longer] = k.length < candidate.length ? [k, candidate] : [candidate, k];
    return shorter.length >= MIN_CONTAINED_CHARS && longer.includes(shorter);
  });
}
