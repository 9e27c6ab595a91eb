// Limits checked on a markup file's bytes before any parser builds a tree of it. Parsers (htmlparser2 under linkedom,
// the XML reader under mammoth) and the tree walks after them recurse per level and allocate per element, so
// 200,000 nested <div> (2.2 MB) took minutes and ~9.5 GB. A linear scan of the tags refuses such a file at once.

/** Deepest element nesting accepted. Browsers cap the tree at 512 levels; real articles stay under 100. */
export const MAX_MARKUP_DEPTH = 512;
/**
 * Most elements accepted in one document. A long Wikipedia article has about 60,000 (the corpus's largest page
 * 10,000); reading 100,000 takes about 10 s on a slow machine, inside the worker's time budget for its size.
 */
export const MAX_MARKUP_ELEMENTS = 100_000;

/** Why a markup file is refused before it is parsed, or null when it is within the limits. */
export type MarkupLimitProblem = { kind: 'depth'; depth: number } | { kind: 'elements'; elements: number };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

// Elements that never take an end tag, or whose end tag may be left out; counting them as open would make an
// ordinary page of unclosed <p> and <li> look deep.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body', 'basefont', 'bgsound', 'frame', 'keygen', 'image',
]);
// Their content is text, not tags: `<script>if (a<b)</script>` opens nothing.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x5f || b === 0x3a || b === 0x2e;
}

function readName(bytes: Uint8Array, from: number): { name: string; end: number } {
  let end = from;
  while (end < bytes.length && isNameByte(bytes[end]!)) end++;
  let name = '';
  for (let i = from; i < end && i - from < 32; i++) name += String.fromCharCode(bytes[i]! | 0x20);
  return { name, end };
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from: number): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      const b = bytes[i + k]!;
      if (b !== needle[k] && (b | 0x20) !== needle[k]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Measures the element nesting and count of an HTML or XML document from its bytes (any ASCII-compatible encoding),
 * in one pass and without building a tree, and says why it is refused, or null. `xml` counts every element, since XML
 * has no implied end tags.
 */
export function checkMarkupLimits(bytes: Uint8Array, options: { xml?: boolean; maxDepth?: number; maxElements?: number } = {}): MarkupLimitProblem | null {
  const maxDepth = options.maxDepth ?? MAX_MARKUP_DEPTH;
  const maxElements = options.maxElements ?? MAX_MARKUP_ELEMENTS;
  let depth = 0;
  let elements = 0;
  let at = 0;
  while (at < bytes.length) {
    const lt = bytes.indexOf(LT, at);
    if (lt < 0) break;
    const next = bytes[lt + 1];
    if (next === BANG || next === QUESTION) {
      // Comments, CDATA, doctype, processing instructions: skip to their end, they open nothing.
      const isComment = bytes[lt + 2] === 0x2d && bytes[lt + 3] === 0x2d;
      const isCdata = bytes[lt + 2] === 0x5b;
      const end = isComment ? indexOfBytes(bytes, [0x2d, 0x2d, GT], lt + 4) : isCdata ? indexOfBytes(bytes, [0x5d, 0x5d, GT], lt + 2) : bytes.indexOf(GT, lt + 2);
      if (end < 0) break;
      at = end + 1;
      continue;
    }
    const closing = next === SLASH;
    const { name, end: nameEnd } = readName(bytes, lt + (closing ? 2 : 1));
    if (name === '') {
      at = lt + 1;
      continue;
    }
    const gt = bytes.indexOf(GT, nameEnd);
    if (gt < 0) break;
    at = gt + 1;
    const selfClosing = bytes[gt - 1] === SLASH;
    if (closing) {
      if ((options.xml || !NOT_NESTING.has(name)) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (elements > maxElements) return { kind: 'elements', elements };
    if (!options.xml && RAW_TEXT.has(name)) {
      const close = indexOfBytes(bytes, [LT, SLASH, ...[...name].map((c) => c.charCodeAt(0))], at);
      if (close < 0) break;
      at = close;
      continue;
    }
    if (selfClosing || (!options.xml && NOT_NESTING.has(name))) continue;
    depth++;
    if (depth > maxDepth) return { kind: 'depth', depth };
  }
  return null;
}

/** The refusal of a file over a markup limit, in words: what was found, and what to do. */
export function describeMarkupProblem(problem: MarkupLimitProblem): string {
  return problem.kind === 'depth'
    ? `It was not read: its elements are nested more than ${MAX_MARKUP_DEPTH} levels deep, which no real document needs and which would hang the reader. Open it in a browser and save it again (or print it to PDF), then import that.`
    : `It was not read: it has more than ${MAX_MARKUP_ELEMENTS.toLocaleString('en')} elements, which would exhaust memory. Split it, or print it to PDF, then import that.`;
}
