import { NodeFilter, parseHTML } from 'linkedom';

// linkedom is a DOM for workers and Node (there is no DOMParser in a worker). Unlike a browser it does not invent the
// missing <html>, <head> or <body> of a partial page, so pages without them are wrapped first.
const BODY_TAG = /<body[\s>]/iu;
const HEAD_END = /<\/head\s*>/iu;
const HTML_TAGS = /<\/?html[^>]*>/giu;
const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/** Parses a whole page (or a fragment of one) into a DOM document that works without browser globals. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(BODY_TAG.test(html) ? html : wrapInPage(html)).document;
}

function wrapInPage(html: string): string {
  const headEnd = HEAD_END.exec(html);
  const head = headEnd ? html.slice(0, headEnd.index).replace(/^[\s\S]*?<head[^>]*>/iu, '') : '';
  const body = headEnd ? html.slice(headEnd.index + headEnd[0].length) : html;
  return `<!doctype html><html><head>${head.replace(HTML_TAGS, '')}</head><body>${body.replace(HTML_TAGS, '').replace(/<!doctype[^>]*>/iu, '')}</body></html>`;
}

/** Parses an HTML fragment and returns the body that holds it. */
export function parseHtmlFragment(html: string): HTMLElement {
  return parseHtmlDocument(`<!doctype html><html><head></head><body>${html}</body></html>`).body;
}

// DOMPurify reads nodeType, parentNode and ownerDocument through getters it looks up on the Node and Element
// prototypes, to resist DOM clobbering. linkedom keeps them as plain own properties, so those lookups find nothing and
// DOMPurify silently returns its input unchanged. These stand-in prototypes (seen only by DOMPurify's lookups) add
// getters that read the node's own property. That is safe here: linkedom has no named-property clobbering for a
// <form> child to exploit.
function withPropertyGetters<T extends object>(prototype: T, names: readonly string[]): T {
  const descriptors: PropertyDescriptorMap = {};
  for (const name of names) {
    descriptors[name] = {
      get(this: Record<string, unknown>): unknown {
        return this[name];
      },
    };
  }
  return Object.create(prototype, descriptors) as T;
}

/** What DOMPurify needs of a window, built from linkedom for runtimes without a DOM. */
export interface PurifierWindow {
  document: Document;
  Node: { prototype: Node };
  Element: { prototype: Element };
  NodeFilter: typeof NodeFilter;
  DOMParser: new () => { parseFromString(markup: string, type: DOMParserSupportedType): Document };
  DocumentFragment: unknown;
  HTMLTemplateElement: unknown;
  HTMLFormElement: unknown;
  NamedNodeMap: unknown;
}

/** A window-like object on which DOMPurify fully works (`isSupported` is true), backed by linkedom. */
export function createPurifierWindow(): PurifierWindow {
  const window = parseHTML(EMPTY_PAGE);
  const document = window.document;
  // DOMPurify only checks that this exists; it parses with DOMParser below.
  Object.defineProperty(document, 'implementation', { value: { createHTMLDocument: () => parseHTML(EMPTY_PAGE).document } });
  const ownProperties = ['nodeType', 'parentNode', 'ownerDocument'];
  return {
    document,
    Node: { prototype: withPropertyGetters(window.Node.prototype, ownProperties) },
    Element: { prototype: withPropertyGetters(window.Element.prototype, ownProperties) },
    NodeFilter,
    // DOMPurify parses a fragment; linkedom needs it placed in a whole page to build a body around it.
    DOMParser: class {
      parseFromString(markup: string, type: DOMParserSupportedType): Document {
        return new window.DOMParser().parseFromString(`<!doctype html><html><head></head><body>${markup}</body></html>`, type);
      }
    },
    DocumentFragment: window.DocumentFragment,
    HTMLTemplateElement: window.HTMLTemplateElement,
    HTMLFormElement: window.HTMLFormElement,
    NamedNodeMap: window.NamedNodeMap,
  };
}
