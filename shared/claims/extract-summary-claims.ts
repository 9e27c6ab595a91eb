import type { Block } from '../model';
import { groupMarkers, parseCitationMarkers, type MarkerGroup } from './parse-citation-markers';

/** A citation read from a marker: which number it names and how the marker was written. */
export interface DraftCitation {
  marker: string;
  markerNumber: number;
}

/** A claim found in a summary, not yet stored. */
export interface DraftClaim {
  text: string;
  /** The heading the claim stands under, if any. */
  section?: string;
  /** The summary's paragraph that holds the claim. */
  paragraph?: number;
  /** Where the claim (with its markers) stands in the summary's text. */
  start: number;
  end: number;
  citations: DraftCitation[];
}

// After a marker group, a claim ends when the text ends or a new sentence or clause begins.
const ENDS_CLAIM_AFTER = /^\s*(?:$|[.!?。！？;；]|\s[\p{Lu}\p{Script=Han}“"'‘(（])/u;

/** Finds every sentence or bullet that ends in citation markers and turns it into a draft claim with one citation per number named. */
export function extractSummaryClaims(text: string, blocks: readonly Block[]): DraftClaim[] {
  const claims: DraftClaim[] = [];
  let section: string | undefined;
  for (const block of blocks) {
    const blockText = text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      section = blockText.trim();
      continue;
    }
    for (const draft of claimsInBlock(blockText)) {
      const claim: DraftClaim = { ...draft, start: block.start + draft.start, end: block.start + draft.end };
      if (section !== undefined) claim.section = section;
      if (block.paragraph !== undefined) claim.paragraph = block.paragraph;
      claims.push(claim);
    }
  }
  return claims;
}

function claimsInBlock(blockText: string): Omit<DraftClaim, 'section' | 'paragraph'>[] {
  const markers = parseCitationMarkers(blockText);
  const groups = groupMarkers(blockText, markers);
  const out: Omit<DraftClaim, 'section' | 'paragraph'>[] = [];
  let unitStart = 0;
  let inner: MarkerGroup[] = [];
  for (const group of groups) {
    if (!ENDS_CLAIM_AFTER.test(blockText.slice(group.end))) {
      inner.push(group);
      continue;
    }
    const unit = blockText.slice(unitStart, group.start);
    const sentenceOffset = lastSentenceOffset(unit);
    const start = unitStart + sentenceOffset;
    const ownInner = inner.filter((g) => g.start >= start);
    const claimText = stripMarkers(blockText.slice(start, group.start), start, ownInner);
    if (claimText !== '') {
      const citations = [...ownInner, group].flatMap((g) =>
        g.markers.flatMap((m) => m.numbers.map((n) => ({ marker: m.raw, markerNumber: n }))),
      );
      out.push({ text: claimText, start: start + leadingSpace(blockText.slice(start)), end: group.end, citations });
    }
    unitStart = group.end;
    inner = [];
  }
  return out;
}

// A run of text before a marker may hold several sentences; only the last one is what the marker cites.
function lastSentenceOffset(unit: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  let offset = 0;
  for (const s of segmenter.segment(unit)) {
    if (s.segment.trim() !== '' && s.index + s.segment.length < unit.trimEnd().length) offset = s.index + s.segment.length;
  }
  // A "sentence" that is only a leading punctuation mark left over from the previous claim is not a boundary.
  return /[\p{L}\p{N}]/u.test(unit.slice(0, offset)) ? offset : 0;
}

function stripMarkers(segment: string, segmentStart: number, inner: readonly MarkerGroup[]): string {
  let out = segment;
  for (const g of [...inner].reverse()) out = out.slice(0, g.start - segmentStart) + out.slice(g.end - segmentStart);
  return out
    .replace(/^[\s.;；。,，]+/u, '')
    .replace(/\s+/gu, ' ')
    // Removing a marker leaves a space before the punctuation that followed it.
    .replace(/(?<!\s)\s+([,，.;:!?。；：])/gu, '$1')
    .trim();
}

function leadingSpace(s: string): number {
  return s.length - s.trimStart().length;
}
