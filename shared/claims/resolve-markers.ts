import { describeRange } from '../anchoring/describe-range';
import { referenceLabel, type Block, type Locator, type ReferenceEntry, type SourceText } from '../model';
import { markerLabel, parseCitationMarkers } from './parse-citation-markers';
import { countNoun, NOUNS } from '../wording/count-noun';

/** What a summary's `[n]` names in its original: paragraph n, or the entry its original labels n. */
export type MarkerReading = 'paragraph' | 'reference';

/** The place a marker resolves to. */
export type MarkerTarget = { kind: 'paragraph'; block: Block } | { kind: 'reference'; entry: ReferenceEntry };

/** Why a marker was left unresolved. */
export type MarkerProblem = 'no-number' | 'no-paragraph' | 'no-marker' | 'missing-entry' | 'ambiguous';

/** A marker left unresolved: what is wrong, and the reason in words for the analyst. */
export interface MarkerFailure {
  ok: false;
  problem: MarkerProblem;
  reason: string;
}

/** Where a marker points, or why it points nowhere. */
export type MarkerLookup = { ok: true; target: MarkerTarget } | MarkerFailure;

/** A marker resolved to one place, or left unresolved with the reason, never resolved to a guess. */
export type MarkerResolution = { ok: true; target: MarkerTarget; locator: Locator } | MarkerFailure;

/**
 * How to read a summary's markers against an original, one reading for all of them. When the original has a
 * reference list and cites it in its own text with `[n]` markers (a Wikipedia article, a paper), a summary's `[n]`
 * most likely repeats the original's own markers, so n is the entry the original's `[n]` points at; otherwise (a news
 * article, a report without numbered references) n is the original's paragraph n. One reading per link, never a mix:
 * with a mix, `[3]` could be a reference while `[40]` is a paragraph, and the analyst could not tell which.
 */
export function chooseMarkerReading(original: Pick<SourceText, 'text' | 'references'>): MarkerReading {
  return original.references.length > 0 && parseCitationMarkers(original.text).length > 0 ? 'reference' : 'paragraph';
}

/**
 * Where marker `[n]` (or a note marker such as `[n 11]`, whose label is given) points in the original under
 * `reading`, checked. As a paragraph: paragraph n must exist. As a reference: the original's text must itself show
 * the marker, and exactly one entry, in one list, must carry its label. An entry of another list never answers
 * (`[11]` is not the note `[n 11]`), and two lists both labelling an entry alike leave the marker unresolved as
 * ambiguous.
 */
export function findMarkerTarget(original: Pick<SourceText, 'text' | 'blocks' | 'references'>, n: number, reading: MarkerReading, label = String(n)): MarkerLookup {
  if (reading === 'paragraph') {
    if (label !== String(n)) return { ok: false, problem: 'no-paragraph', reason: `the marker [${label}] names a note, not a paragraph` };
    const block = original.blocks.find((b) => b.paragraph === n);
    return block ? { ok: true, target: { kind: 'paragraph', block } } : { ok: false, problem: 'no-paragraph', reason: `the original has no paragraph ${n}` };
  }
  if (!originalShowsMarker(original.text, label)) return { ok: false, problem: 'no-marker', reason: `the original has no marker [${label}]` };
  const entries = original.references.filter((r) => referenceLabel(r) === label);
  const [entry] = entries;
  if (!entry) return { ok: false, problem: 'missing-entry', reason: `entry ${label} is missing from the original's reference list` };
  if (entries.length > 1) {
    const lists = [...new Set(entries.map((e) => e.list ?? 'the reference list'))];
    const where = lists.length > 1 ? `reads in ${lists.length} lists (${lists.join(', ')})` : `names ${countNoun(entries.length, NOUNS.entry)} of ${lists[0]}`;
    return { ok: false, problem: 'ambiguous', reason: `ambiguous: [${label}] ${where}` };
  }
  return { ok: true, target: { kind: 'reference', entry } };
}

/** Whether the original's own text shows the marker `[label]` (or `【label】`), as written. */
export function originalShowsMarker(text: string, label: string): boolean {
  return text.includes(`[${label}]`) || text.includes(`【${label}】`);
}

/**
 * Resolves a marker citation against the original: paragraph n with a quote and position selector of the whole
 * paragraph (so it can be re-anchored if the original is re-imported with edits), or the reference entry the
 * original's own `[n]` points at. The marker as written is kept; when it cannot be resolved, the reason says why.
 */
export function resolveMarker(locator: Locator, original: SourceText, originalHash: string, reading: MarkerReading): MarkerResolution {
  if (locator.markerNumber === undefined) return { ok: false, problem: 'no-number', reason: 'the citation has no marker number' };
  const found = findMarkerTarget(original, locator.markerNumber, reading, markerLabel(locator.marker, locator.markerNumber));
  if (!found.ok) return found;
  const { target } = found;
  const out = markerOnly(locator);
  if (target.kind === 'reference') return { ok: true, target, locator: { ...out, reference: target.entry.n } };
  const { block } = target;
  const range = describeRange(original.text, block.start, block.end, { sourceHash: originalHash });
  const resolved: Locator = { ...out, selectors: [range.quote, range.position] };
  if (block.paragraph !== undefined) resolved.paragraph = block.paragraph;
  if (block.page !== undefined) resolved.page = block.page;
  return { ok: true, target, locator: resolved };
}

/** The locator as the summary wrote it: the marker and its number only, everything resolution added taken away. */
export function markerOnly(locator: Locator): Locator {
  const out: Locator = {};
  if (locator.marker !== undefined) out.marker = locator.marker;
  if (locator.markerNumber !== undefined) out.markerNumber = locator.markerNumber;
  return out;
}
