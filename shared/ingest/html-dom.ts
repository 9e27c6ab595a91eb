// The block builder walks a DOM but must not depend on one: shared/ has no DOM types, and the DOM it gets comes from
// linkedom in a worker or from a browser. These are the few members it reads; both DOMs satisfy them structurally.
// linkedom builds a new `childNodes` list on every read, so walkers read it once per node: read per child, walking
// Wikipedia's New Zealand page took a second.

/** The part of a DOM node the HTML block builder reads. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

/** The part of a DOM element the HTML block builder reads. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Whether a node is text. */
export function isText(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE;
}

/** The element's tag name in lower case (`p`, `h2`). */
export function tagOf(element: DomElement): string {
  return element.nodeName.toLowerCase();
}

/** The element's class names. */
export function classesOf(element: DomElement): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/u).filter((c) => c !== '');
}

/** The element's children that are elements, in order. */
export function childElements(node: DomNode): DomElement[] {
  const out: DomElement[] = [];
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child && isElement(child)) out.push(child);
  }
  return out;
}

/** Every element under a node in document order (depth first), not including the node itself. */
export function* descendants(node: DomNode): Generator<DomElement> {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child && isElement(child)) {
      yield child;
      yield* descendants(child);
    }
  }
}

/** The fragment an `href` points at (`#cite_note-1` or `https://host/page#cite_note-1` both give `cite_note-1`), or null. */
export function hrefFragment(href: string | null): string | null {
  if (!href) return null;
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return null;
  try {
    return decodeURIComponent(href.slice(hash + 1));
  } catch {
    return href.slice(hash + 1);
  }
}

// Readers hide these; their text is not part of what the page shows (MathML copies of formulas, collapsed menus).
// `aria-hidden` is not among them: it hides from screen readers only, and Wikipedia puts it on the formula images
// whose alt text is the formula.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** Whether the element is hidden from readers by an attribute or inline style. */
export function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null) return true;
  return HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

// Inside preformatted text, these hold no text a reader sees.
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/** The text of a `<pre>` as shown: line breaks and indentation kept, blank lines around it dropped. */
export function preformattedText(element: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (!isElement(child)) parts.push(child.nodeType === TEXT_NODE ? child.textContent ?? '' : '');
      else if (tagOf(child) === 'br') parts.push('\n');
      else if (!NON_TEXT_TAGS.has(tagOf(child))) walk(child);
    }
  };
  walk(element);
  // Code keeps its indentation; only the blank lines around it go.
  return parts.join('').replace(/\r\n?/gu, '\n').replace(/^\n+/u, '').trimEnd();
}
