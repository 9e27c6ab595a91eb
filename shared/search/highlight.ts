import { foldWithOffsets, type FoldedWithOffsets } from './fold-text';

/** A part of a snippet: plain text, or words the query matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A short excerpt around the first match, with the range of that match in the original text. */
export interface Snippet {
  parts: SnippetPart[];
  /** The first match, as offsets into the original text (what the reader scrolls to), or null when none was found. */
  firstMatch: { start: number; end: number } | null;
}

/** Characters of context shown before the first match; the rest of the snippet follows it. */
export const SNIPPET_BEFORE = 60;
export const SNIPPET_LENGTH = 220;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folded texts kept: about the rows of a screen or two, each drawn again as the next key is typed. */
export const FOLDED_KEPT = 64;
/** Longer texts (a window of a book) are folded each time rather than kept. */
const FOLDED_KEPT_MAX_LENGTH = 8_000;
const foldedKept = new Map<string, FoldedWithOffsets>();

// Typing a word letter by letter draws mostly the same rows again, each time with a different query: their texts are
// folded once, not on every keystroke (folding a source's few thousand characters is most of a snippet's cost).
function foldRemembered(text: string): FoldedWithOffsets {
  if (text.length > FOLDED_KEPT_MAX_LENGTH) return foldWithOffsets(text);
  const kept = foldedKept.get(text);
  if (kept) {
    foldedKept.delete(text);
    foldedKept.set(text, kept);
    return kept;
  }
  const made = foldWithOffsets(text);
  foldedKept.set(text, made);
  if (foldedKept.size > FOLDED_KEPT) foldedKept.delete(foldedKept.keys().next().value ?? '');
  return made;
}

/**
 * Finds where the query's words (as word prefixes) and CJK runs (anywhere) occur in `text`, as original offsets, in
 * order and without overlaps. Searching folded text keeps accents and case from hiding a match.
 */
export function findMatches(text: string, words: readonly string[], cjkRuns: readonly string[]): { start: number; end: number }[] {
  const needles = [...words, ...cjkRuns].filter((n) => n.length > 0);
  if (needles.length === 0) return [];
  const { folded, offsets } = foldRemembered(text);
  const ranges: { start: number; end: number }[] = [];
  for (const needle of needles) {
    const isWord = words.includes(needle);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      from = at + needle.length;
      if (isWord && at > 0 && WORD_CHAR.test(folded.charAt(at - 1))) continue;
      let end = at + needle.length;
      // A word prefix highlights the rest of the word it begins.
      if (isWord) while (end < folded.length && WORD_CHAR.test(folded.charAt(end))) end++;
      ranges.push({ start: offsets[at] ?? 0, end: offsets[end] ?? text.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Long texts are searched for the first match a window at a time, so a snippet of a book costs a page's work. */
export const SNIPPET_WINDOW = 20_000;

/** A snippet of `text` around the first match of the query, split into matched and unmatched parts. */
export function makeSnippet(text: string, words: readonly string[], cjkRuns: readonly string[], length = SNIPPET_LENGTH): Snippet {
  // Windows overlap by a snippet's length so a match across a window edge is still found whole.
  for (let offset = 0; offset < text.length; offset += SNIPPET_WINDOW) {
    // A text within one window is searched as it is, so the same string, and its folding, is found again.
    const window = offset === 0 && text.length <= SNIPPET_WINDOW + length ? text : text.slice(offset, offset + SNIPPET_WINDOW + length);
    const matches = findMatches(window, words, cjkRuns);
    if (matches.length > 0) return snippetAround(text, matches.map((m) => ({ start: m.start + offset, end: m.end + offset })), length);
  }
  return snippetAround(text, [], length);
}

function snippetAround(text: string, matches: { start: number; end: number }[], length: number): Snippet {
  const first = matches[0] ?? null;
  const start = first ? Math.max(0, first.start - SNIPPET_BEFORE) : 0;
  const end = Math.min(text.length, start + length);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const m of matches) {
    if (m.end <= start) continue;
    if (m.start >= end) break;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    parts.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  if (start > 0 && parts[0] && !parts[0].match) parts[0] = { ...parts[0], text: `…${parts[0].text.replace(/^\S*\s/u, '')}` };
  if (end < text.length && parts.length > 0) {
    const last = parts[parts.length - 1]!;
    parts[parts.length - 1] = { ...last, text: `${last.text}…` };
  }
  return { parts, firstMatch: first };
}
