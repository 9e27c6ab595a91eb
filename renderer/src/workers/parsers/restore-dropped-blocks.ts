import { hrefFragment } from '../../../../shared/ingest/html-dom';
import { findReferenceListElements } from '../../../../shared/ingest/html-references';
import { isArticleProse, isFurnitureName, isFurnitureRole } from '../../../../shared/ingest/html-article-prose';
import { parseHtmlFragment } from './linkedom-dom';

// Every element of the page gets its place in document order before Readability runs, so what Readability kept can be
// told apart from what it dropped, and a dropped block can be put back where it stood. Readability keeps data
// attributes; the sanitizer removes them afterwards.
const INDEX_ATTR = 'data-footnote-at';
const HEADING = /^h[1-6]$/u;
const KEPT_INDEX = new RegExp(`\\s${INDEX_ATTR}="(\\d+)"`, 'gu');
// Every href; those without a fragment are passed over by hrefFragment.
const LINK_HREF = /\shref="([^"]*)"/gu;

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
  // What was kept is read from the HTML text: parsing a long article just to find nothing dropped cost a fifth of
  // Wikipedia's New Zealand page.
  const keptIndices = new Set([...articleHtml.matchAll(KEPT_INDEX)].map((m) => Number(m[1])));
  if (keptIndices.size === 0) return articleHtml;
  const restored = droppedBlocks(body, { indices: keptIndices, holders: withKeptInside(body, keptIndices) }, markedFragments(articleHtml), normalText(title));
  if (restored.length === 0) return articleHtml;
  const article = parseHtmlFragment(articleHtml);
  const kept = keptElements(article);
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
interface Kept {
  /** The index of every element Readability kept. */
  indices: ReadonlySet<number>;
  /** The elements that are kept or hold kept content, up to the body. */
  holders: ReadonlySet<Element>;
}

function droppedBlocks(body: HTMLElement, kept: Kept, markedIds: ReadonlySet<string>, title: string): DroppedBlock[] {
  const holdsKept = kept.holders;
  const out: DroppedBlock[] = [];
  const noteLists = new Set<Element>(findReferenceListElements(body) as unknown as Element[]);
  // A note list comes back wherever it stood, when the kept text points at it.
  for (const list of noteLists) {
    if (holdsKept.has(list) || !listIsCited(list, markedIds)) continue;
    let box = list;
    while (box.parentElement && box.parentElement !== body && !holdsKept.has(box.parentElement) && normalText(box.parentElement.textContent) === normalText(list.textContent)) box = box.parentElement;
    out.push({ element: box, wrapper: box });
  }
  const visit = (parent: Element): void => {
    const children = [...parent.children];
    const keptChild = children.some((c) => holdsKept.has(c));
    children.forEach((child, i) => {
      if (holdsKept.has(child)) {
        visit(child);
        return;
      }
      const tag = child.tagName.toLowerCase();
      if (!keptChild || isFurniture(child) || [...noteLists].some((list) => child.contains(list))) return;
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
  visit(articleRoot(body, kept));
  // Blocks are put back in the page's order, so two before the same kept element keep theirs.
  return out.sort((a, b) => indexOf(a.wrapper) - indexOf(b.wrapper));
}

// A list comes back only when the kept text points at it: a page's other lists stay where Readability left them.
function listIsCited(element: Element, markedIds: ReadonlySet<string>): boolean {
  for (const entry of element.querySelectorAll('[id]')) if (markedIds.has(entry.getAttribute('id') ?? '')) return true;
  return false;
}

// Readability drops whole boxes of a manual: a section when its list of cross-references makes it look linky
// (DocBook's "1.1.13. Play time": three paragraphs and five links to the next sections), and a Note or Tip box
// (a table of an icon and one paragraph). A box beside kept content that opens with its heading, or whose text is
// mostly prose paragraphs, and is not mostly links, is the article's own.
const MAX_BOX_LINK_SHARE = 0.5;
const MIN_BOX_PROSE_SHARE = 0.5;

function isDroppedSection(element: Element): boolean {
  const text = normalText(element.textContent);
  if (text.length === 0 || linkTextLength(element) / text.length > MAX_BOX_LINK_SHARE) return false;
  const prose = [...element.querySelectorAll('p')].filter((p) => isArticleProse(p.textContent ?? '', linkTextLength(p)));
  if (prose.length === 0) return false;
  const first = element.firstElementChild;
  if (first && loneHeading(first)) return true;
  const proseChars = prose.reduce((sum, p) => sum + normalText(p.textContent).length, 0);
  return proseChars / text.length >= MIN_BOX_PROSE_SHARE;
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

// The smallest element that holds all the article Readability kept. Only what stands inside it can come back: the
// boxes around the page (a sign-in dialog beside the wrapper the article sits deep inside) are not the article's.
function articleRoot(body: Element, kept: Kept): Element {
  let root = body;
  for (;;) {
    if (kept.indices.has(indexOf(root))) return root;
    const holders = [...root.children].filter((c) => kept.holders.has(c));
    const [only] = holders;
    if (holders.length !== 1 || !only) return root;
    root = only;
  }
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
  // A box hidden from every reader (aria-hidden on a whole box, not a formula's image) is not part of what the page says.
  return (
    isFurnitureName(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`) ||
    isFurnitureRole(element.getAttribute('role')) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
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
function markedFragments(articleHtml: string): Set<string> {
  const ids = new Set<string>();
  for (const [, href] of articleHtml.matchAll(LINK_HREF)) {
    const fragment = hrefFragment(href?.replace(/&amp;/gu, '&') ?? null);
    if (fragment !== null) ids.add(fragment);
  }
  return ids;
}
