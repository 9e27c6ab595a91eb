import type { BlockKind, ReferenceEntry } from '../model';
import type { DraftBlock } from './build-blocks';
import { childElements, classesOf, descendants, hrefFragment, isElement, isHidden, preformattedText, tagOf, type DomElement, type DomNode } from './html-dom';
import { findReferenceLists, isMarkerText, markerAsWritten, NOTE_ID, type HtmlReferenceList } from './html-references';
import { collapseWhitespace, finishInlineText, LINE_BREAK_MARK } from './html-text';
import { isReferenceHeading } from './reference-heading';
import { countNoun } from '../wording/count-noun';

/** An article's blocks and its reference lists, read from its DOM. */
export interface HtmlBlocks {
  drafts: DraftBlock[];
  references: ReferenceEntry[];
  /** Markers kept in the text as written whose entry the page (or its extraction) does not have, e.g. `[283]`. */
  markersWithoutEntry: string[];
}

/** How to read an article's DOM into blocks. */
export interface HtmlBlockOptions {
  /** The article's title: a first heading that repeats it is left out, since the title is kept in the metadata. */
  title?: string;
}

// Elements whose content is not part of what an article says, or that never hold readable text.
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'button', 'select', 'option', 'input',
  'textarea', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'form', 'map', 'nav',
]);
// Wikipedia's "[edit]" links and similar page furniture that Readability keeps inside headings.
const SKIPPED_CLASSES = new Set(['mw-editsection', 'noprint', 'mw-empty-elt']);
const CONTAINER_TAGS = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'ul', 'ol', 'dl', 'details',
  'center', 'address', 'hgroup', 'fieldset', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);
// Elements that hold one paragraph's worth of text.
const PARAGRAPH_TAGS = new Set(['p', 'figcaption', 'caption', 'dt', 'dd', 'summary', 'legend']);
const BLOCK_TAGS = new Set([...CONTAINER_TAGS, ...PARAGRAPH_TAGS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'table', 'hr']);
// Wikipedia shows formulas as images whose alt text is TeX wrapped in \displaystyle.
const DISPLAYSTYLE = /^\{\\displaystyle([\s\S]*)\}$/u;
// Alt text this short is an emoji or symbol drawn as an image, which belongs to the sentence.
const MAX_SYMBOL_ALT = 2;
// MediaWiki marks the image it draws a formula with; its alt text is the TeX even when not wrapped in \displaystyle
// ("v,w", "\lambda_\min"), and the sentence needs it ("for any pair of vectors v,w, where...").
const FORMULA_IMAGE_CLASSES = new Set(['mwe-math-fallback-image-inline', 'mwe-math-fallback-image-display']);

/** Reads headings, paragraphs, list items, quotes, tables and code from an article's DOM, and its reference list apart. */
export function htmlToBlocks(root: DomNode, options: HtmlBlockOptions = {}): HtmlBlocks {
  const references = findReferenceLists(root);
  const walker = new BlockWalker(references);
  walker.walk(root, 'paragraph');
  walker.flush('paragraph');
  let drafts = dropEmptyReferenceHeadings(walker.drafts);
  const first = drafts[0];
  if (first?.kind === 'heading' && options.title && sameText(first.text, options.title)) drafts = drafts.slice(1);
  return { drafts, references: references.entries, markersWithoutEntry: [...walker.markersWithoutEntry] };
}

/** What the reader is told when markers in the text name entries the page's lists do not have; undefined when there are none. */
export function markersWithoutEntryNotice(markers: readonly string[]): string | undefined {
  if (markers.length === 0) return undefined;
  const shown = markers.slice(0, MAX_MARKERS_NAMED).join(', ');
  const more = markers.length > MAX_MARKERS_NAMED ? ` and ${markers.length - MAX_MARKERS_NAMED} more` : '';
  const one = markers.length === 1;
  return one
    ? `1 marker in the text (${shown}) names a reference entry missing from the page's lists; it is kept as written, and cannot be resolved.`
    : `${countNoun(markers.length, 'marker')} in the text (${shown}${more}) ${markers.length === 1 ? 'names a reference entry' : 'name reference entries'} missing from the page's lists; they are kept as written, and cannot be resolved.`;
}

// A notice names the first few markers; the rest are counted.
const MAX_MARKERS_NAMED = 8;

class BlockWalker {
  readonly drafts: DraftBlock[] = [];
  readonly markersWithoutEntry: Set<string>;
  private inline = '';

  constructor(
    private readonly references: HtmlReferenceList,
    markersWithoutEntry: Set<string> = new Set(),
  ) {
    this.markersWithoutEntry = markersWithoutEntry;
  }

  walk(node: DomNode, context: BlockKind): void {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (isElement(child)) this.element(child, context);
      else if (child.nodeType === 3) this.inline += child.textContent ?? '';
    }
  }

  flush(kind: BlockKind): void {
    const text = finishInlineText(this.inline);
    this.inline = '';
    if (text !== '') this.drafts.push({ kind, text });
  }

  private element(element: DomElement, context: BlockKind): void {
    const tag = tagOf(element);
    if (this.skipped(element, tag)) return;
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      this.flush(context);
      this.walk(element, context);
      const text = finishInlineText(this.inline).replace(/\n/gu, ' ');
      this.inline = '';
      if (text !== '') this.drafts.push({ kind: 'heading', text, level: Number(heading[1]) });
    } else if (tag === 'li' || tag === 'blockquote') {
      const kind: BlockKind = tag === 'li' ? 'list-item' : 'quote';
      this.flush(context);
      this.walk(element, kind);
      this.flush(kind);
    } else if (tag === 'pre') {
      this.flush(context);
      this.drafts.push({ kind: 'code', text: this.references.preformatted.get(element) ?? preformattedText(element) });
    } else if (tag === 'table' && !isLayoutTable(element)) {
      this.flush(context);
      this.table(element);
    } else if (tag === 'br') {
      this.inline += LINE_BREAK_MARK;
    } else if (tag === 'hr') {
      this.flush(context);
    } else if (PARAGRAPH_TAGS.has(tag) || CONTAINER_TAGS.has(tag) || tag === 'table' || containsBlock(element)) {
      this.flush(context);
      this.walk(element, context);
      this.flush(context);
    } else {
      this.inlineElement(element, tag, context);
    }
  }

  private inlineElement(element: DomElement, tag: string, context: BlockKind): void {
    const markers = this.markers(element, tag);
    if (markers !== null) this.inline += markers;
    else if (tag === 'img') this.inline += imageText(element);
    else this.walk(element, context);
  }

  private skipped(element: DomElement, tag: string): boolean {
    return (
      SKIPPED_TAGS.has(tag) ||
      this.references.elements.has(element) ||
      classesOf(element).some((c) => SKIPPED_CLASSES.has(c)) ||
      isHidden(element)
    );
  }

  // An in-text marker (`<sup><a href="#cite_note-3">[3]</a></sup>`) is kept exactly as the page shows it (`[3]`,
  // `[n 1]`), never renumbered: a summary citing the page's `[17]` must find `[17]` here. A marker whose entry is
  // missing is kept too, and recorded.
  private markers(element: DomElement, tag: string): string | null {
    if (tag === 'a') return this.noteLink(element) ? this.marker(element) : null;
    if (tag !== 'sup') return null;
    const links = [...descendants(element)].filter((e) => tagOf(e) === 'a');
    if (links.length === 0 || !links.every((a) => this.noteLink(a))) return null;
    return links.map((a) => this.marker(a)).join('');
  }

  private noteLink(link: DomElement): boolean {
    if (!isMarkerText(link.textContent ?? '')) return false;
    const fragment = hrefFragment(link.getAttribute('href'));
    return fragment !== null && (this.references.entryById.has(fragment) || NOTE_ID.test(fragment));
  }

  private marker(link: DomElement): string {
    const written = markerAsWritten(link.textContent ?? '');
    const fragment = hrefFragment(link.getAttribute('href'));
    if (fragment === null || !this.references.entryById.has(fragment)) this.markersWithoutEntry.add(written);
    return written;
  }

  private table(table: DomElement): void {
    const rows: string[] = [];
    for (const row of tableRows(table)) {
      const cells = childElements(row)
        .filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th')
        .map((cell) => this.cellText(cell));
      if (cells.some((c) => c !== '')) rows.push(cells.join('\t'));
    }
    const caption = childElements(table).find((e) => tagOf(e) === 'caption');
    if (caption) this.drafts.push({ kind: 'paragraph', text: this.cellText(caption) });
    if (rows.length > 0) this.drafts.push({ kind: 'table', text: rows.join('\n') });
  }

  // A cell is one line of a tab-separated row, so its own line breaks and blocks become spaces.
  private cellText(cell: DomElement): string {
    const sub = new BlockWalker(this.references, this.markersWithoutEntry);
    sub.walk(cell, 'paragraph');
    sub.flush('paragraph');
    return collapseWhitespace(sub.drafts.map((d) => d.text).join(' ').replace(/\t/gu, ' '));
  }
}

function tableRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const child of childElements(table)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...childElements(child).filter((r) => tagOf(r) === 'tr'));
  }
  return rows;
}

// Old sites lay pages out with tables: a table that nests tables or headings, has one text column, or whose cells
// mostly hold several paragraphs is read as ordinary blocks, not as one giant table block. Word puts one paragraph in
// every cell, and a data table may have the odd cell with a list, so a single block per cell does not count.
const MAX_BLOCK_CELL_SHARE = 0.5;
const CELL_BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'blockquote', 'pre']);

function isLayoutTable(table: DomElement): boolean {
  for (const element of descendants(table)) {
    const tag = tagOf(element);
    if (tag === 'table' || /^h[1-6]$/u.test(tag)) return true;
  }
  const rows = tableRows(table).map((row) => childElements(row).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th'));
  const cells = rows.flat();
  // Admonition boxes (DocBook's Note and Tip) are tables of one text cell per row, beside an icon.
  if (rows.every((row) => row.filter((cell) => (cell.textContent ?? '').trim() !== '').length <= 1)) return true;
  const blockCells = cells.filter((cell) => [...descendants(cell)].filter((e) => CELL_BLOCK_TAGS.has(tagOf(e))).length >= 2).length;
  return blockCells / Math.max(1, cells.length) > MAX_BLOCK_CELL_SHARE;
}

function containsBlock(element: DomElement): boolean {
  for (const inner of descendants(element)) if (BLOCK_TAGS.has(tagOf(inner))) return true;
  return false;
}

function imageText(image: DomElement): string {
  const alt = (image.getAttribute('alt') ?? '').trim();
  const formula = DISPLAYSTYLE.exec(alt);
  if (formula) return ` ${(formula[1] ?? '').trim()} `;
  if (classesOf(image).some((c) => FORMULA_IMAGE_CLASSES.has(c))) return ` ${alt} `;
  return [...alt].length <= MAX_SYMBOL_ALT ? alt : '';
}

// Once its list is taken out, a "References" heading would stand over nothing.
function dropEmptyReferenceHeadings(drafts: DraftBlock[]): DraftBlock[] {
  return drafts.filter((draft, i) => {
    if (draft.kind !== 'heading' || !isReferenceHeading(draft.text)) return true;
    const next = drafts[i + 1];
    return next !== undefined && !(next.kind === 'heading' && (next.level ?? 6) <= (draft.level ?? 6));
  });
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => collapseWhitespace(s).toLowerCase();
  return norm(a) === norm(b);
}
