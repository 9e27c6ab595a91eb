import type { ReferenceEntry } from '../model';
import { childElements, classesOf, hrefFragment, isElement, isHidden, tagOf, type DomElement, type DomNode } from './html-dom';
import { collapseWhitespace } from './html-text';
import { isReferenceHeading } from './reference-heading';

/** A page's reference lists: their entries, how in-text markers find them, and the elements to leave out of the body. */
export interface HtmlReferenceList {
  /** Every list's entries, list after list; `n` runs across them, and each keeps its list and label. */
  entries: ReferenceEntry[];
  /** The id of each entry's element (`cite_note-1`, `footnote-2`) → its entry. */
  entryById: Map<string, ReferenceEntry>;
  /** The list elements themselves: they become the reference list, not body text. */
  elements: Set<DomElement>;
}

// Ids that Word (via mammoth), Pandoc, Markdown renderers and Wikipedia give to footnote and endnote items.
export const NOTE_ID = /^(?:footnote|endnote|fn|cite_note|note|ref|bib)[-_:]?[\w-]*$/iu;
const NOTE_LIST_CLASSES = new Set(['references', 'footnotes', 'endnotes', 'reflist']);
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
  element: DomElement;
  heading: string;
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
  const result: HtmlReferenceList = { entries: [], entryById: new Map(), elements: new Set() };
  if (found.length === 0) return result;
  const labels = markerLabels(root, new Set(found.map((f) => f.element)));
  const names = listNames(found);
  found.forEach((list, i) => collect(list.element, found.length > 1 ? names[i] : undefined, labels, result));
  return result;
}

/** The reference-list elements of a page, without reading their entries: enough to know which ids are notes. */
export function findReferenceListElements(root: DomNode): DomElement[] {
  const found: FoundList[] = [];
  visit(root, { underReferenceHeading: false, heading: '' }, found);
  return found.map((f) => f.element);
}

/** The marker text as the page shows it, bracketed when the page shows it bare (`1` → `[1]`), since plain text has no superscript. */
export function markerAsWritten(text: string): string {
  const trimmed = collapseWhitespace(text);
  return /^\[[^\]]*\]$/u.test(trimmed) ? trimmed : `[${trimmed.replace(/^\[|\]$/gu, '')}]`;
}

function visit(node: DomNode, state: { underReferenceHeading: boolean; heading: string }, found: FoundList[]): void {
  for (const element of childElements(node)) {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag)) continue;
    if (/^h[1-6]$/u.test(tag)) {
      const text = element.textContent ?? '';
      state.underReferenceHeading = isReferenceHeading(text);
      state.heading = collapseWhitespace(text.replace(/\[\s*edit\s*\]/giu, ''));
      continue;
    }
    if (tag === 'ol' && isReferenceList(element, state.underReferenceHeading)) {
      found.push({ element, heading: state.heading });
      continue;
    }
    visit(element, state, found);
  }
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
    const firstId = childElements(list.element).find((e) => tagOf(e) === 'li')?.getAttribute('id') ?? '';
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

function collect(list: DomElement, name: string | undefined, labels: ReadonlyMap<string, string>, result: HtmlReferenceList): void {
  result.elements.add(list);
  let ordinal = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(ordinal)) ordinal = 1;
  for (const item of childElements(list)) {
    if (tagOf(item) !== 'li') continue;
    const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
    if (Number.isFinite(value)) ordinal = value;
    const n = result.entries.length + 1;
    const id = item.getAttribute('id');
    // An entry no marker points at is labelled as the list numbers it.
    const label = (id ? labels.get(id) : undefined) ?? String(ordinal);
    const entry: ReferenceEntry = { n, text: entryText(item).replace(/^\^\s*/u, '') };
    const url = entryUrl(item);
    if (url) entry.url = url;
    if (name !== undefined) entry.list = name;
    if (label !== String(n)) entry.label = label;
    result.entries.push(entry);
    if (id) result.entryById.set(id, entry);
    ordinal += 1;
  }
}

function entryText(item: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (!isElement(child)) {
        if (child.nodeType === 3) parts.push(child.textContent ?? '');
        continue;
      }
      if (isBacklink(child) || SKIPPED_TAGS.has(tagOf(child)) || isHidden(child)) continue;
      // Block boundaries inside an entry (several paragraphs of a Word footnote) still separate words.
      if (/^(?:p|div|li|br)$/u.test(tagOf(child))) parts.push(' ');
      walk(child);
    }
  };
  walk(item);
  return collapseWhitespace(parts.join(''));
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
