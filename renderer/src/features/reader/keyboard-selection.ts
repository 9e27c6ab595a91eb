import { orderedSpan, stepWord, type TextSpan } from '../../../../shared/reading/step-word';
import { blockTextOf, pointOfOffset, selectedRange } from './text-offsets';
import type { SelectionAction } from './SelectionToolbar';

/** Letters that act on the selection, or on the focused paragraph, as the selection toolbar's buttons do. */
export const ANNOTATE_KEYS: Readonly<Record<string, SelectionAction>> = { h: { kind: 'highlight', colour: 'yellow' }, n: { kind: 'note' }, t: { kind: 'tag' }, c: { kind: 'new-claim' }, C: { kind: 'cite' } };

/** The reader's keys, said in full (the toolbar shows them short). */
export const KEYS_HELP =
  'Select text, or move to a paragraph with J and K (or Tab into the text) and extend a selection word by word with Shift+arrow; then H highlights, N adds a note, T a tag, C makes a new claim, Shift+C cites it for a claim.';

// Longest stretch of a keyboard selection read out after each step: its growing end is what the listener needs.
const ANNOUNCE_CHARS = 120;

/** The end of a long selection, for reading out. */
export function clipForAnnouncement(s: string): string {
  return s.length > ANNOUNCE_CHARS ? `…${s.slice(-ANNOUNCE_CHARS)}` : s;
}

/** What the reader's annotate keys act on: the selected text, else the whole focused paragraph. */
export interface ReaderTarget extends TextSpan {
  /** Said aloud after the action, e.g. "paragraph 3" or "the selection". */
  label: string;
}

/** The keyboard selection being extended: its fixed end and moving end, in source-text offsets. */
export interface KeyboardSelection {
  anchor: number;
  focus: number;
}

/** The annotate keys' target: a selection inside the reader wins, then the focused paragraph; null when neither. */
export function readerTarget(container: HTMLElement): ReaderTarget | null {
  const range = selectedRange(container);
  if (range) return { ...range, label: 'the selection' };
  const active = document.activeElement;
  if (!active || !container.contains(active)) return null;
  const block = blockTextOf(active);
  if (!block || block.end <= block.start) return null;
  return { start: block.start, end: block.end, label: block.paragraph ? `paragraph ${block.paragraph}` : 'the block' };
}

/**
 * Extends the selection inside the focused block by one word (Shift+→ / Shift+←) and shows it as the page's
 * selection, so the toolbar and the annotate keys see it as they see a mouse selection. It starts at the block's
 * start, or from a selection already inside the block. Returns the new selection, or null when focus is on no block.
 */
export function extendSelectionByWord(container: HTMLElement, text: string, previous: KeyboardSelection | null, direction: 1 | -1): KeyboardSelection | null {
  const block = blockTextOf(document.activeElement);
  if (!block || !container.contains(block.element)) return null;
  const inside = (n: number) => n >= block.start && n <= block.end;
  const current = selectedRange(container);
  let from: KeyboardSelection;
  if (previous && current && inside(previous.anchor) && orderedMatches(previous, current)) from = previous;
  else if (current && inside(current.start) && inside(current.end)) from = direction === 1 ? { anchor: current.start, focus: current.end } : { anchor: current.end, focus: current.start };
  else from = { anchor: block.start, focus: block.start };
  const lang = block.element.closest<HTMLElement>('[lang]')?.lang || undefined;
  const next = { anchor: from.anchor, focus: stepWord(text, block, from.focus, direction, lang) };
  showSelection(block.element, next);
  return next;
}

function orderedMatches(selection: KeyboardSelection, range: TextSpan): boolean {
  const span = orderedSpan(selection.anchor, selection.focus);
  return span.start === range.start && span.end === range.end;
}

function showSelection(blockText: HTMLElement, selection: KeyboardSelection): void {
  const page = window.getSelection();
  if (!page) return;
  const anchor = pointOfOffset(blockText, selection.anchor);
  const focus = pointOfOffset(blockText, selection.focus);
  if (!anchor || !focus || selection.anchor === selection.focus) {
    page.removeAllRanges();
    return;
  }
  page.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
}
