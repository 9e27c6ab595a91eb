// Where a citation's quoted passage stands, so the evidence view can show it in its paragraph: for a resolved
// citation, the passage in the original; for a summary's unresolved marker, the summary's sentence that carries it.
import { anchor, ANCHOR_REASON_TEXT } from '../../anchoring/anchor';
import type { Block, Citation, SourceText } from '../../model';
import { citedSourceId } from '../edit/citation-identity';
import { extractSummaryClaims, type DraftClaim } from '../extract-summary-claims';
import { markerLabel, parseCitationMarkers } from '../parse-citation-markers';

/** How sure we are of the place: the selectors found it exactly or approximately, or it moved (drifted), or only the paragraph or marker is known. */
export type PassagePlacement = 'exact' | 'approximate' | 'drifted' | 'paragraph' | 'marker';

/** A quoted passage in a source's text, with the paragraph around it. */
export interface TextPassage {
  kind: 'text';
  /** 'original' when the passage is in the cited source; 'summary' for the sentence of a summary that carries a marker. */
  where: 'original' | 'summary';
  sourceId: string;
  blockId: string;
  paragraph?: number;
  page?: number;
  /** The whole paragraph the passage stands in, and where it starts in the source's text. */
  context: string;
  contextStart: number;
  /** The passage itself, as offsets into the source's text (for "Show in source"). */
  start: number;
  end: number;
  placement: PassagePlacement;
  /** Why the place is less certain than it looks, for the analyst. */
  note?: string;
}

/** A reference-list entry the citation resolved to. */
export interface ReferencePassage {
  kind: 'reference';
  sourceId: string;
  n: number;
  text: string;
  url?: string;
  /** The entry's label as the source's markers read it (`17`, `n 1`), and its list when the source has several. */
  label?: string;
  list?: string;
}

/** A citation whose passage cannot be shown, and why. */
export interface MissingPassage {
  kind: 'missing';
  sourceId: string;
  reason: string;
}

/** The passage a citation quotes, or why there is none to show. */
export type CitationPassage = TextPassage | ReferencePassage | MissingPassage;

/** Finds citations' passages in the given texts; reading a summary's markers is done once per summary. */
export function createPassageFinder(texts: ReadonlyMap<string, SourceText>): (citation: Citation, claimText: string) => CitationPassage {
  const draftsBySource = new Map<string, DraftClaim[]>();
  const draftsOf = (sourceText: SourceText): DraftClaim[] => {
    let drafts = draftsBySource.get(sourceText.sourceId);
    if (!drafts) {
      drafts = extractSummaryClaims(sourceText.text, sourceText.blocks);
      draftsBySource.set(sourceText.sourceId, drafts);
    }
    return drafts;
  };
  return (citation, claimText) => {
    const { locator } = citation;
    const unresolvedMarker = !citation.resolved && locator.markerNumber !== undefined;
    const sourceId = unresolvedMarker ? citation.sourceId : citedSourceId(citation);
    const sourceText = texts.get(sourceId);
    if (!sourceText) return { kind: 'missing', sourceId, reason: 'The text of this source is not in the workspace.' };
    if (unresolvedMarker && locator.markerNumber !== undefined) {
      const label = markerLabel(locator.marker, locator.markerNumber);
      const place = markerSentence(sourceText, draftsOf(sourceText), claimText, locator.markerNumber, label);
      return place
        ? textPassage(sourceText, 'summary', place.start, place.end, 'marker')
        : { kind: 'missing', sourceId, reason: `The marker [${label}] is no longer in this source's text.` };
    }
    return originalPassage(citation, sourceText);
  };
}

function originalPassage(citation: Citation, sourceText: SourceText): CitationPassage {
  const { locator } = citation;
  const sourceId = sourceText.sourceId;
  if (locator.reference !== undefined) {
    const entry = sourceText.references.find((r) => r.n === locator.reference);
    if (!entry) return { kind: 'missing', sourceId, reason: `The reference list has no entry ${locator.reference}.` };
    const passage: ReferencePassage = { kind: 'reference', sourceId, n: entry.n, text: entry.text };
    if (entry.url !== undefined) passage.url = entry.url;
    if (entry.label !== undefined) passage.label = entry.label;
    if (entry.list !== undefined) passage.list = entry.list;
    return passage;
  }
  let note: string | undefined;
  if (locator.selectors && locator.selectors.length > 0) {
    const found = anchor(sourceText.text, locator.selectors);
    if (found.status !== 'orphaned') {
      const passage = textPassage(sourceText, 'original', found.start, found.end, found.status);
      if (found.status === 'drifted') passage.note = ANCHOR_REASON_TEXT[found.reason];
      return passage;
    }
    note = ANCHOR_REASON_TEXT[found.reason];
  }
  const block = locator.paragraph === undefined ? undefined : sourceText.blocks.find((b) => b.paragraph === locator.paragraph);
  if (block) {
    const passage = textPassage(sourceText, 'original', block.start, block.end, 'paragraph');
    if (note !== undefined) passage.note = note;
    return passage;
  }
  if (locator.paragraph !== undefined) return { kind: 'missing', sourceId, reason: `This source has no paragraph ${locator.paragraph}.` };
  return { kind: 'missing', sourceId, reason: note ?? 'This citation names the source but no place in it.' };
}

function textPassage(sourceText: SourceText, where: TextPassage['where'], start: number, end: number, placement: PassagePlacement): TextPassage {
  const block = blockAt(sourceText.blocks, start);
  const contextStart = block ? Math.min(block.start, start) : start;
  const contextEnd = block ? Math.max(block.end, end) : end;
  const passage: TextPassage = {
    kind: 'text',
    where,
    sourceId: sourceText.sourceId,
    blockId: block?.id ?? '',
    context: sourceText.text.slice(contextStart, contextEnd),
    contextStart,
    start,
    end,
    placement,
  };
  if (block?.paragraph !== undefined) passage.paragraph = block.paragraph;
  if (block?.page !== undefined) passage.page = block.page;
  return passage;
}

/** The block that holds `offset`, else the last one that starts before it. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let before: Block | undefined;
  for (const block of blocks) {
    if (block.start <= offset && offset < block.end) return block;
    if (block.start <= offset) before = block;
  }
  return before;
}

// The summary's sentence for a claim: the draft claim that carries the marker and has the claim's words, else any
// that carries the marker, else the sentence around the first place the marker is written.
function markerSentence(sourceText: SourceText, drafts: readonly DraftClaim[], claimText: string, n: number, label: string): { start: number; end: number } | undefined {
  // `[n 11]` and `[11]` both carry 11; the label tells the note from the reference.
  const carrying = drafts.filter((d) => d.citations.some((c) => c.markerNumber === n && markerLabel(c.marker, n) === label));
  const wanted = comparable(claimText);
  const best =
    carrying.find((d) => comparable(d.text) === wanted) ??
    carrying.find((d) => comparable(d.text).includes(wanted) || wanted.includes(comparable(d.text))) ??
    carrying[0];
  if (best) return { start: best.start, end: best.end };
  const marker = parseCitationMarkers(sourceText.text).find((m) => m.numbers.includes(n) && (m.label ?? String(n)) === label);
  if (!marker) return undefined;
  const block = blockAt(sourceText.blocks, marker.start);
  const blockStart = block?.start ?? 0;
  const blockText = sourceText.text.slice(blockStart, block?.end ?? sourceText.text.length);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const offset = marker.start - blockStart;
  for (const s of segmenter.segment(blockText)) {
    if (s.index <= offset && offset < s.index + s.segment.length) return { start: blockStart + s.index, end: blockStart + s.index + s.segment.trimEnd().length };
  }
  return { start: marker.start, end: marker.end };
}

function comparable(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
}
