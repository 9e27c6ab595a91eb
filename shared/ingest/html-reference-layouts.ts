import { childElements, classesOf, tagOf, type DomElement } from './html-dom';
import { collapseWhitespace } from './html-text';

/** One entry of a reference list as laid out in the page: the element holding its text, and its key when written. */
export interface LaidOutEntry {
  /** The element whose text is the entry (an `li`, a DocBook `div.footnote`, a `dd`, a `p`). */
  item: DomElement;
  /** The key the page prints before the entry (`HTTP` of `[HTTP]`), without brackets. */
  key?: string;
  /** The ids markers may point at: the item's, and a `dt`'s for a definition list. */
  ids: string[];
}

/** A reference list as laid out in the page. */
export interface LaidOutList {
  entries: LaidOutEntry[];
  /** The elements that are the list: they become the reference list and leave the body. */
  elements: DomElement[];
}

// Ids that Word (via mammoth), Pandoc, Markdown renderers, DocBook (`ftn.idm2039`) and Wikipedia give to note entries.
export const NOTE_ID = /^(?:footnote|endnote|fn|ftn|cite_note|note|ref|bib)[-_:.]?[\w.-]*$/iu;
/** Class names of note and reference lists. */
export const NOTE_LIST_CLASSES = new Set(['references', 'footnotes', 'endnotes', 'reflist', 'bibliography', 'bibliolist']);
// An entry that opens with its key: `[HTTP] Fielding et al., ...`, `[RFC2119] Bradner, S., ...`.
const LEADING_KEY = /^\s*\[([\p{L}\p{N}][\p{L}\p{N} ._+-]{0,23})\]\s*/u;
// Separators between a definition list's entries, or a DocBook footnote block's.
const SEPARATOR_TAGS = new Set(['br', 'hr']);

/** An ordered list's entries: its `li` children. */
export function orderedListLayout(list: DomElement): LaidOutList {
  const entries = childElements(list)
    .filter((e) => tagOf(e) === 'li')
    .map((item) => ({ item, ids: idsOf(item) }));
  return { entries, elements: [list] };
}

/**
 * A box of notes that is not a list: DocBook writes `div.footnotes > div.footnote#ftn.idm2039`. Each child with a
 * note id is an entry; nothing else may stand in the box but separators.
 */
export function noteBoxLayout(box: DomElement): LaidOutList | null {
  if (tagOf(box) === 'ol' || !classesOf(box).some((c) => NOTE_LIST_CLASSES.has(c))) return null;
  const children = childElements(box).filter((c) => !SEPARATOR_TAGS.has(tagOf(c)));
  if (children.length === 0 || !children.every((c) => NOTE_ID.test(c.getAttribute('id') ?? ''))) return null;
  return { entries: children.map((item) => ({ item, ids: idsOf(item) })), elements: [box] };
}

/** A definition list of references: each `dt` (`[HTTP]`, `Smith 2001`) is the key of the `dd` after it. */
export function definitionListLayout(list: DomElement): LaidOutList | null {
  if (tagOf(list) !== 'dl') return null;
  const entries: LaidOutEntry[] = [];
  let term: DomElement | null = null;
  for (const child of childElements(list)) {
    const tag = tagOf(child);
    if (tag === 'dt') term = child;
    else if (tag === 'dd') {
      const entry: LaidOutEntry = { item: child, ids: [...(term ? idsOf(term) : []), ...idsOf(child)] };
      const key = term ? keyOf(term.textContent ?? '') : undefined;
      if (key) entry.key = key;
      entries.push(entry);
      term = null;
    }
  }
  return entries.length > 0 ? { entries, elements: [list] } : null;
}

/** Paragraphs standing under a reference heading, one entry each (a reference section written without a list). */
export function paragraphsLayout(paragraphs: readonly DomElement[]): LaidOutList | null {
  const entries = paragraphs.filter((p) => collapseWhitespace(p.textContent ?? '') !== '');
  if (entries.length === 0) return null;
  return {
    entries: entries.map((item) => {
      const entry: LaidOutEntry = { item, ids: idsOf(item) };
      const key = LEADING_KEY.exec(item.textContent ?? '')?.[1];
      if (key) entry.key = key.trim();
      return entry;
    }),
    elements: [...entries],
  };
}

/** The key a term or entry prints: `[HTTP]` → `HTTP`, `RFC2119` → `RFC2119`; undefined for a term that is a sentence. */
export function keyOf(text: string): string | undefined {
  const trimmed = collapseWhitespace(text);
  const bracketed = /^\[([^\]]{1,24})\]$/u.exec(trimmed);
  if (bracketed) return bracketed[1]?.trim();
  return /^[\p{L}\p{N}][\p{L}\p{N} ._+-]{0,23}$/u.test(trimmed) ? trimmed : undefined;
}

/** Removes the key an entry's text opens with (`[HTTP] Fielding…` → `Fielding…`) when it is the entry's key. */
export function withoutLeadingKey(text: string, key: string | undefined): string {
  if (!key) return text;
  const match = LEADING_KEY.exec(text);
  return match && match[1]?.trim() === key ? text.slice(match[0].length) : text;
}

function idsOf(element: DomElement): string[] {
  const id = element.getAttribute('id');
  return id ? [id] : [];
}
