import type { ReferenceEntry } from '../model';
import { childElements, classesOf, descendants, hrefFragment, isElement, isHidden, preformattedText, tagOf, type DomElement, type DomNode } from './html-dom';
import {
  definitionListLayout,
  NOTE_ID,
  NOTE_LIST_CLASSES,
  noteBoxLayout,
  orderedListLayout,
  paragraphsLayout,
  withoutLeadingKey,
  type LaidOutList,
} from './html-reference-layouts';
import { collapseWhitespace } from './html-text';
import { keyedTextReferences } from './keyed-text-references';
import { isReferenceHeading } from './reference-heading';

export { NOTE_ID } from './html-reference-layouts';

/** A page's reference lists: their entries, how in-text markers find them, and the elements to leave out of the body. */
export interface HtmlReferenceList {
  /** Every list's entries, list after list; `n` runs across them, and each keeps its list and label. */
  entries: ReferenceEntry[];
  /** The id of each entry's element (`cite_note-1`, `footnote-2`) → its entry. */
  entryById: Map<string, ReferenceEntry>;
  /** The list elements themselves: they become the reference list, not body text. */
  elements: Set<DomElement>;
  /** Preformatted pages whose keyed reference lines became entries (an RFC): their text without those lines. */
  preformatted: Map<DomElement, string>;
}

// Links from an entry back up to its marker in the text; they are navigation, not part of the entry.
// ↩ is often followed by a variation selector (↩︎), which is matched on its own.
const BACKLINK_TEXT = /^(?:[\s↑^↩]|\u{FE0E}|\u{FE0F})+$/u;
const BACKLINK_FRAGMENT = /^(?:cite_ref|footnote-ref|endnote-ref|fnref|ref-)/iu;
const BACKLINK_CLASSES = new Set(['mw-cite-backlink', 'footnote-back', 'footnote-backref']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'math', 'svg']);
const WEB_URL = /^https?:\/\//iu;
/**
 * A marker's visible text: `[1]`, `1`, `[n 1]`, `[note 1]`, `[HTTP]`; longer link text is a real link that happens to
 * point at a note.
 */
const MARKER_TEXT = /^(?:\[?(?:\w[\w ]{0,11} )?\d{1,4}\]?|\[[\p{L}\p{N}][\p{L}\p{N} ._-]{0,15}\])$/u;
// Longer link text is never a marker; the bound also keeps the regex's work small.
const MAX_MARKER_TEXT = 24;

/** Whether a link's visible text reads as a note marker; spaces are folded first, so the regex never backtracks over them. */
export function isMarkerText(text: string): boolean {
  if (text.length > MAX_MARKER_TEXT * 4) return false;
  const folded = text.replace(/\s+/gu, ' ').trim().replace(/^\[ /u, '[').replace(/ \]$/u, ']');
  return folded.length <= MAX_MARKER_TEXT && MARKER_TEXT.test(folded);
}
// Word's notes as mammoth writes them have no heading; their ids say which kind they are.
const LIST_NAMES_BY_ID: readonly (readonly [RegExp, string])[] = [
  [/^footnote/iu, 'Footnotes'],
  [/^endnote/iu, 'Endnotes'],
];

/** A list as found, before its entries are numbered across the page. */
interface FoundList {
  layout: LaidOutList;
  heading: string;
  /** An ordered list numbers its entries from its `start`; the others from 1. */
  ordered?: DomElement;
}

/**
 * Finds the reference lists of a page or converted Word file: Wikipedia's `ol.references`, Word footnotes and
 * endnotes as mammoth writes them, and any ordered list under a heading such as References or 参考文献. Each list
 * is kept apart (a page with explanatory notes `[n 1]` and references `[1]` has two), and each entry is labelled as
 * the markers that point at it read in the text, so `[17]` names the entry the page shows as 17.
 */
export function findReferenceLists(root: DomNode): HtmlReferenceList {
  const found: FoundList[] = [];
  visit(root, { underReferenceHeading: false, heading: '' }, found);
  const result: HtmlReferenceList = { entries: [], entryById: new Map(), elements: new Set(), preformatted: new Map() };
  if (found.length === 0) {
    collectKeyedText(root, result);
    return result;
  }
  const labels = markerLabels(root, new Set(found.flatMap((f) => f.layout.elements)));
  const names = listNames(found);
  found.forEach((list, i) => collect(list, found.length > 1 ? names[i] : undefined, labels, result));
  return result;
}

/** The reference-list elements of a page, without reading their entries: enough to know which ids are notes. */
export function findReferenceListElements(root: DomNode): DomElement[] {
  const found: FoundList[] = [];
  visit(root, { underReferenceHeading: false, heading: '' }, found);
  return found.flatMap((f) => f.layout.elements);
}

/** The ids of every reference entry of a page (`cite_note-1`, `ftn.idm2039`, `ref-HTTP`), which markers link to. */
export function findReferenceEntryIds(root: DomNode): string[] {
  const found: FoundList[] = [];
  visit(root, { underReferenceHeading: false, heading: '' }, found);
  return found.flatMap((f) => f.layout.entries.flatMap((e) => e.ids));
}

/** The marker text as the page shows it, bracketed when the page shows it bare (`1` → `[1]`), since plain text has no superscript. */
export function markerAsWritten(text: string): string {
  const trimmed = collapseWhitespace(text);
  return /^\[[^\]]*\]$/u.test(trimmed) ? trimmed : `[${trimmed.replace(/^\[|\]$/gu, '')}]`;
}

// Under a reference heading, paragraphs that stand beside it are entries, unless the section also has a real list
// (then they introduce it).
function visit(node: DomNode, state: { underReferenceHeading: boolean; heading: string }, found: FoundList[]): void {
  let paragraphs: DomElement[] | null = null;
  let listsBefore = found.length;
  const endSection = (): void => {
    const layout = paragraphs && found.length === listsBefore ? paragraphsLayout(paragraphs) : null;
    if (layout) found.push({ layout, heading: state.heading });
    paragraphs = null;
  };
  for (const element of childElements(node)) {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag)) continue;
    if (/^h[1-6]$/u.test(tag)) {
      endSection();
      const text = element.textContent ?? '';
      state.underReferenceHeading = isReferenceHeading(text);
      state.heading = collapseWhitespace(text.replace(/\[\s*edit\s*\]/giu, ''));
      if (state.underReferenceHeading) {
        paragraphs = [];
        listsBefore = found.length;
      }
      continue;
    }
    const layout = listLayout(element, tag, state.underReferenceHeading);
    if (layout) found.push({ layout, heading: state.heading, ...(tag === 'ol' ? { ordered: element } : {}) });
    else if (paragraphs && tag === 'p') paragraphs.push(element);
    else if (isSection(element) || noteBoxName(element)) {
      // A heading names its section only: Pandoc's footnotes after `div.section#references` are no reference entries
      // of it; its `div.footnotes` box names them.
      const outside = { ...state };
      const boxName = noteBoxName(element);
      if (boxName) Object.assign(state, { underReferenceHeading: false, heading: boxName });
      visit(element, state, found);
      Object.assign(state, outside);
    } else visit(element, state, found);
  }
  endSection();
}

function isSection(element: DomElement): boolean {
  return tagOf(element) === 'section' || classesOf(element).includes('section');
}

function noteBoxName(element: DomElement): string | undefined {
  const classes = classesOf(element);
  return classes.includes('footnotes') ? 'Footnotes' : classes.includes('endnotes') ? 'Endnotes' : undefined;
}

function listLayout(element: DomElement, tag: string, underReferenceHeading: boolean): LaidOutList | null {
  if (tag === 'ol') return isReferenceList(element, underReferenceHeading) ? orderedListLayout(element) : null;
  if (tag === 'dl') return underReferenceHeading || classesOf(element).some((c) => NOTE_LIST_CLASSES.has(c)) ? definitionListLayout(element) : null;
  return noteBoxLayout(element);
}

function isReferenceList(list: DomElement, underReferenceHeading: boolean): boolean {
  const items = childElements(list).filter((e) => tagOf(e) === 'li');
  if (items.length === 0) return false;
  if (underReferenceHeading || classesOf(list).some((c) => NOTE_LIST_CLASSES.has(c))) return true;
  return items.every((item) => NOTE_ID.test(item.getAttribute('id') ?? ''));
}

// Each list is named by its heading, or by the kind of note its ids name, so two lists never share a name.
function listNames(found: readonly FoundList[]): string[] {
  const names: string[] = [];
  found.forEach((list, i) => {
    const firstId = list.layout.entries[0]?.ids[0] ?? '';
    let name = list.heading || LIST_NAMES_BY_ID.find(([pattern]) => pattern.test(firstId))?.[1] || `List ${i + 1}`;
    if (names.includes(name)) name = `${name} (${i + 1})`;
    names.push(name);
  });
  return names;
}

// The first marker that links to an entry gives its label, as the reader of the page sees it: `[n 1]` → `n 1`.
function markerLabels(root: DomNode, lists: ReadonlySet<DomElement>): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (node: DomNode): void => {
    for (const child of childElements(node)) {
      if (lists.has(child) || SKIPPED_TAGS.has(tagOf(child))) continue;
      if (tagOf(child) === 'a') {
        const fragment = hrefFragment(child.getAttribute('href'));
        const text = child.textContent ?? '';
        if (fragment !== null && !labels.has(fragment) && isMarkerText(text)) labels.set(fragment, markerAsWritten(text).slice(1, -1).trim());
        continue;
      }
      walk(child);
    }
  };
  walk(root);
  return labels;
}

function collect(list: FoundList, name: string | undefined, labels: ReadonlyMap<string, string>, result: HtmlReferenceList): void {
  for (const element of list.layout.elements) result.elements.add(element);
  let ordinal = Number.parseInt(list.ordered?.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(ordinal)) ordinal = 1;
  for (const { item, key, ids } of list.layout.entries) {
    const value = Number.parseInt((list.ordered ? item.getAttribute('value') : null) ?? '', 10);
    if (Number.isFinite(value)) ordinal = value;
    const n = result.entries.length + 1;
    // An entry no marker points at is labelled by its printed key, or as the list numbers it.
    const label = ids.map((id) => labels.get(id)).find((l) => l !== undefined) ?? key ?? String(ordinal);
    const entry: ReferenceEntry = { n, text: withoutLeadingKey(entryText(item).replace(/^\^\s*/u, ''), key) };
    const url = entryUrl(item);
    if (url) entry.url = url;
    if (name !== undefined) entry.list = name;
    if (label !== String(n)) entry.label = label;
    result.entries.push(entry);
    for (const id of ids) result.entryById.set(id, entry);
    ordinal += 1;
  }
}

// A page with no list elements may still be a plain-text document in <pre> pages (an RFC) with a keyed list.
function collectKeyedText(root: DomNode, result: HtmlReferenceList): void {
  const pages = [...descendants(root)].filter((e) => tagOf(e) === 'pre');
  if (pages.length === 0) return;
  const { entries, texts } = keyedTextReferences(pages.map(preformattedText));
  if (entries.length === 0) return;
  pages.forEach((page, i) => result.preformatted.set(page, texts[i] ?? ''));
  const anchors = new Map<string, string>();
  for (const page of pages) {
    for (const a of descendants(page)) {
      const id = a.getAttribute('id') ?? a.getAttribute('name');
      if (tagOf(a) === 'a' && id) anchors.set(collapseWhitespace(a.textContent ?? ''), id);
    }
  }
  for (const { key, text, url } of entries) {
    const entry: ReferenceEntry = { n: result.entries.length + 1, text, label: key };
    if (url) entry.url = url;
    result.entries.push(entry);
    const id = anchors.get(key);
    if (id) result.entryById.set(id, entry);
  }
}

function entryText(item: DomElement): string {
  const parts: string[] = [];
  const leading = leadingMarkerLink(item);
  const walk = (node: DomNode): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (!isElement(child)) {
        if (child.nodeType === 3) parts.push(child.textContent ?? '');
        continue;
      }
      if (child === leading || isBacklink(child) || SKIPPED_TAGS.has(tagOf(child)) || isHidden(child)) continue;
      // Block boundaries inside an entry (several paragraphs of a Word footnote) still separate words.
      if (/^(?:p|div|li|br)$/u.test(tagOf(child))) parts.push(' ');
      walk(child);
    }
  };
  walk(item);
  return collapseWhitespace(parts.join(''));
}

// DocBook opens each footnote with its number linking back to the marker (`<a href="#idm2039">[1]</a>`): that is the
// marker repeated, not the note's text.
function leadingMarkerLink(item: DomElement): DomElement | null {
  let node: DomElement = item;
  for (;;) {
    const first = firstContent(node);
    if (!first || !isElement(first)) return null;
    if (tagOf(first) === 'a') return hrefFragment(first.getAttribute('href')) !== null && isMarkerText(first.textContent ?? '') ? first : null;
    node = first;
  }
}

// The first child that is an element or non-blank text.
function firstContent(node: DomNode): DomNode | null {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (isElement(child) || (child.textContent ?? '').trim() !== '') return child;
  }
  return null;
}

function isBacklink(element: DomElement): boolean {
  if (classesOf(element).some((c) => BACKLINK_CLASSES.has(c))) return true;
  if (tagOf(element) !== 'a') return false;
  const fragment = hrefFragment(element.getAttribute('href'));
  if (fragment && BACKLINK_FRAGMENT.test(fragment)) return true;
  return fragment !== null && BACKLINK_TEXT.test(element.textContent ?? '');
}

// The entry's own link (the cited work), not a link to an author's page: external links are preferred.
function entryUrl(item: DomElement): string | undefined {
  const links: DomElement[] = [];
  const walk = (node: DomNode): void => {
    for (const child of childElements(node)) {
      if (isBacklink(child)) continue;
      if (tagOf(child) === 'a' && WEB_URL.test(child.getAttribute('href') ?? '')) links.push(child);
      else walk(child);
    }
  };
  walk(item);
  const external = links.find((a) => classesOf(a).includes('external') || /\bnofollow\b/u.test(a.getAttribute('rel') ?? ''));
  return (external ?? links[0])?.getAttribute('href') ?? undefined;
}
