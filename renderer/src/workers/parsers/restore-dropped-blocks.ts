import { hrefFragment } from '../../../../shared/ingest/html-dom';
import { findReferenceListElements } from '../../../../shared/ingest/html-references';
import { isArticleProse, isFurnitureName } from '../../../../shared/ingest/html-article-prose';
import { parseHtmlFragment } from './linkedom-dom';

// Every element of the page gets its place in document order before Readability runs, so what Readability kept can be
// told apart from what it dropped, and a dropped block can be put back where it stood. Readability keeps data
// attributes; the sanitizer removes them afterwards.
const INDEX_ATTR = 'data-footnote-at';
const HEADING = /^h[1-6]$/u;

/** Numbers every element of the page's body in document order, so {@link restoreDroppedBlocks} can compare. */
export function indexElements(document: Document): void {
  let k = 0;
  for (const element of document.body?.querySelectorAll('*') ?? []) element.setAttribute(INDEX_ATTR, String(k++));
}

/**
 * Puts back into Readability's article what it dropped but the article's own text still needs, read from `original`
 * (the page as it was before Readability, numbered by {@link indexElements}):
 * - a section heading that sits alone in wrapper elements (DocBook's `div.titlepage > div > div > h2`), which
 *   Readability's cleaner takes for an empty box, when the wrapper stands beside content Readability kept;
 * - a paragraph of prose beside content Readability kept: Readability joins a short sibling paragraph only when it
 *   ends in a Latin full stop, so Chinese opening paragraphs (ending in 。) were lost;
 * - a note list (DocBook's `div.footnotes`) whose markers Readability kept in the text.
 * Returns the article's HTML, unchanged when nothing was dropped.
 */
export function restoreDroppedBlocks(original: Document, articleHtml: string, title = ''): string {
  const body = original.body;
  if (!body) return articleHtml;
  const article = parseHtmlFragment(articleHtml);
  const kept = keptElements(article);
  if (kept.length === 0) return articleHtml;
  const keptIndices = new Set(kept.map(([i]) => i));
  const restored = droppedBlocks(body, withKeptInside(body, keptIndices), markedFragments(article), normalText(title));
  if (restored.length === 0) return articleHtml;
  for (const block of restored) {
    const anchor = firstKeptAfter(kept, lastIndexIn(block.wrapper));
    const copy = block.element.cloneNode(true) as Element;
    if (anchor) anchor.before(copy);
    else (article.firstElementChild ?? article).append(copy);
  }
  return article.innerHTML;
}

interface DroppedBlock {
  /** What is put back. */
  element: Element;
  /** The element it stands in for: itself, or the wrappers a heading sat in. */
  wrapper: Element;
}

// Walks the page from the body down through what Readability kept (or kept the content of), and collects the
// dropped blocks that stand beside kept content.
function droppedBlocks(body: HTMLElement, holdsKept: ReadonlySet<Element>, markedIds: ReadonlySet<string>, title: string): DroppedBlock[] {
  const out: DroppedBlock[] = [];
  const noteLists = new Set<Element>(findReferenceListElements(body) as unknown as Element[]);
  const visit = (parent: Element): void => {
    const children = [...parent.children];
    const keptChild = children.some((c) => holdsKept.has(c));
    children.forEach((child, i) => {
      if (holdsKept.has(child)) {
        visit(child);
        return;
      }
      const tag = child.tagName.toLowerCase();
      if (noteLists.has(child) || isNoteContainer(child, noteLists)) {
        if (listIsCited(child, markedIds)) out.push({ element: child, wrapper: child });
        return;
      }
      if (!keptChild || isFurniture(child)) return;
      if (tag === 'p' && isArticleProse(child.textContent ?? '', linkTextLength(child))) {
        out.push({ element: child, wrapper: child });
        return;
      }
      if (isDroppedSection(child)) {
        out.push({ element: child, wrapper: child });
        return;
      }
      const heading = loneHeading(child);
      // A heading comes back only over kept content, and never the page's title (the page's <title> often adds the
      // site's name to it), which Readability takes out on purpose.
      const headsKept = children.slice(i + 1).some((c) => holdsKept.has(c));
      if (heading && headsKept && !isFurnitureOnTheWay(child, heading) && !isTitle(normalText(heading.textContent), title)) out.push({ element: heading, wrapper: child });
    });
  };
  visit(body);
  return out;
}

// A note list inside a wrapper of its own (DocBook's `div.footnotes` around the entries) comes back with it.
function isNoteContainer(element: Element, noteLists: ReadonlySet<Element>): boolean {
  for (const list of noteLists) if (element.contains(list) && (element.textContent ?? '').trim() === (list.textContent ?? '').trim()) return true;
  return false;
}

// A list comes back only when the kept text points at it: a page's other lists stay where Readability left them.
function listIsCited(element: Element, markedIds: ReadonlySet<string>): boolean {
  for (const entry of element.querySelectorAll('[id]')) if (markedIds.has(entry.getAttribute('id') ?? '')) return true;
  return false;
}

// Readability drops a whole section of a manual when its list of cross-references makes it look linky (DocBook's
// "1.1.13. Play time": three paragraphs and five links to the next sections). A box that opens with its heading and
// holds prose, mostly not links, beside kept sections is the article's own.
const MAX_SECTION_LINK_SHARE = 0.5;

function isDroppedSection(element: Element): boolean {
  const first = element.firstElementChild;
  if (!first || !loneHeading(first)) return false;
  const paragraphs = [...element.querySelectorAll('p')];
  if (!paragraphs.some((p) => isArticleProse(p.textContent ?? '', linkTextLength(p)))) return false;
  const text = normalText(element.textContent);
  return text.length > 0 && linkTextLength(element) / text.length <= MAX_SECTION_LINK_SHARE;
}

// The heading an element holds and nothing else: `div.titlepage > div > div > h2`, or the heading itself.
function loneHeading(element: Element): Element | null {
  if (HEADING.test(element.tagName.toLowerCase())) return element;
  const headings = [...element.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length !== 1) return null;
  const [heading] = headings;
  if (!heading) return null;
  const text = normalText(heading.textContent);
  return text !== '' && text === normalText(element.textContent) ? heading : null;
}

// The elements of the page that Readability kept, or whose content it kept (the top candidate it took apart), and all
// their ancestors.
function withKeptInside(body: HTMLElement, kept: ReadonlySet<number>): Set<Element> {
  const out = new Set<Element>();
  for (const element of body.querySelectorAll(`[${INDEX_ATTR}]`)) {
    if (!kept.has(indexOf(element))) continue;
    for (let at: Element | null = element; at && at !== body && !out.has(at); at = at.parentElement) out.add(at);
  }
  return out;
}

function isFurnitureOnTheWay(wrapper: Element, heading: Element): boolean {
  for (let at: Element | null = heading; at && at !== wrapper; at = at.parentElement) if (isFurniture(at)) return true;
  return false;
}

function isTitle(heading: string, title: string): boolean {
  return title !== '' && (title.includes(heading) || heading.includes(title));
}

function normalText(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function isFurniture(element: Element): boolean {
  return isFurnitureName(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`) || element.hasAttribute('hidden');
}

function linkTextLength(element: Element): number {
  let n = 0;
  for (const link of element.querySelectorAll('a[href]')) n += (link.textContent ?? '').length;
  return n;
}

function indexOf(element: Element): number {
  const value = element.getAttribute(INDEX_ATTR);
  return value === null ? -1 : Number(value);
}

function keptElements(article: HTMLElement): (readonly [number, Element])[] {
  const kept: (readonly [number, Element])[] = [];
  for (const element of article.querySelectorAll(`[${INDEX_ATTR}]`)) kept.push([indexOf(element), element]);
  return kept.sort((a, b) => a[0] - b[0]);
}

function lastIndexIn(element: Element): number {
  let last = indexOf(element);
  for (const inner of element.querySelectorAll(`[${INDEX_ATTR}]`)) last = Math.max(last, indexOf(inner));
  return last;
}

// The first kept element after the dropped block in the page's order: the block goes back just before it.
function firstKeptAfter(kept: readonly (readonly [number, Element])[], index: number): Element | undefined {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid]?.[0] ?? 0) <= index) lo = mid + 1;
    else hi = mid;
  }
  return kept[lo]?.[1];
}

// The ids the article's links point at (`#ftn.idm2039`).
function markedFragments(article: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const link of article.querySelectorAll('a[href*="#"]')) {
    const fragment = hrefFragment(link.getAttribute('href'));
    if (fragment !== null) ids.add(fragment);
  }
  return ids;
}
