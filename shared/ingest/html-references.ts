import type { ReferenceEntry } from '../model';
import { childElements, classesOf, hrefFragment, isElement, isHidden, tagOf, type DomElement, type DomNode } from './html-dom';
import { collapseWhitespace } from './html-text';
import { isReferenceHeading } from './reference-heading';

/** A page's reference list: its entries, how in-text markers find them, and the elements to leave out of the body. */
export interface HtmlReferenceList {
  entries: ReferenceEntry[];
  /** The id of each entry's element (`cite_note-1`, `footnote-2`) → its number in `entries`. */
  numberById: Map<string, number>;
  /** The list elements themselves: they become the reference list, not body text. */
  elements: Set<DomElement>;
}

// Ids that Word (via mammoth), Pandoc, Markdown renderers and Wikipedia give to footnote and endnote items.
const NOTE_ID = /^(?:footnote|endnote|fn|cite_note|note|ref|bib)[-_:]?[\w-]*$/iu;
const NOTE_LIST_CLASSES = new Set(['references', 'footnotes', 'endnotes', 'reflist']);
// Links from an entry back up to its marker in the text; they are navigation, not part of the entry.
// ↩ is often followed by a variation selector (↩︎), which is matched on its own.
const BACKLINK_TEXT = /^(?:[\s↑^↩]|\u{FE0E}|\u{FE0F})+$/u;
const BACKLINK_FRAGMENT = /^(?:cite_ref|footnote-ref|endnote-ref|fnref|ref-)/iu;
const BACKLINK_CLASSES = new Set(['mw-cite-backlink', 'footnote-back', 'footnote-backref']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'math', 'svg']);
const WEB_URL = /^https?:\/\//iu;

/**
 * Finds the reference lists of a page or converted Word file: Wikipedia's `ol.references`, Word footnotes and
 * endnotes as mammoth writes them, and any ordered list under a heading such as References or 参考文献.
 */
export function findReferenceLists(root: DomNode): HtmlReferenceList {
  const result: HtmlReferenceList = { entries: [], numberById: new Map(), elements: new Set() };
  const state = { underReferenceHeading: false };
  visit(root, state, result);
  return result;
}

function visit(node: DomNode, state: { underReferenceHeading: boolean }, result: HtmlReferenceList): void {
  for (const element of childElements(node)) {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag)) continue;
    if (/^h[1-6]$/u.test(tag)) {
      state.underReferenceHeading = isReferenceHeading(element.textContent ?? '');
      continue;
    }
    if (tag === 'ol' && isReferenceList(element, state.underReferenceHeading)) {
      collect(element, result);
      continue;
    }
    visit(element, state, result);
  }
}

function isReferenceList(list: DomElement, underReferenceHeading: boolean): boolean {
  const items = childElements(list).filter((e) => tagOf(e) === 'li');
  if (items.length === 0) return false;
  if (underReferenceHeading || classesOf(list).some((c) => NOTE_LIST_CLASSES.has(c))) return true;
  return items.every((item) => NOTE_ID.test(item.getAttribute('id') ?? ''));
}

function collect(list: DomElement, result: HtmlReferenceList): void {
  result.elements.add(list);
  for (const item of childElements(list)) {
    if (tagOf(item) !== 'li') continue;
    const n = result.entries.length + 1;
    const entry: ReferenceEntry = { n, text: entryText(item).replace(/^\^\s*/u, '') };
    const url = entryUrl(item);
    if (url) entry.url = url;
    result.entries.push(entry);
    const id = item.getAttribute('id');
    if (id) result.numberById.set(id, n);
  }
}

function entryText(item: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    // linkedom builds childNodes afresh on every read: read it once, or the loop is quadratic.
    const nodes = node.childNodes;
    for (let i = 0; i < nodes.length; i++) {
      const child = nodes[i];
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
