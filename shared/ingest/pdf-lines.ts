/** A run of text as a PDF page draws it (pdf.js text content items, in PDF units with y growing upwards). */
export interface PdfTextItem {
  str: string;
  /** Left edge of the run's baseline. */
  x: number;
  /** Baseline height above the page's bottom edge. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

/** One visual line of a page. */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  /** Where wide gaps split the line into cells (a table row), when there are at least two. */
  cells?: string[];
}

// Runs whose baselines differ by less than this share of the font size sit on one line; superscript markers are
// raised by about a third of it, the next line sits a whole line height away.
const SAME_LINE_SHARE = 0.5;
// A gap wider than this share of the font size between two runs is a space the PDF did not write as a character.
const SPACE_GAP_SHARE = 0.2;
// A gap wider than this share of the font size separates a table's cells; justified text stretches its spaces to
// well under one em.
const CELL_GAP_SHARE = 1.5;
// A run that starts this far left of where the line ends belongs to another line (a column or a table cell).
const BACKWARDS_SHARE = 1;
// Fonts with their own encodings (charts, equation symbols) come out as C0 control characters; they are no text
// anyone could read or cite, and a run of nothing else is a chart label drawn as glyph codes.
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
// Other chart fonts map their glyphs to the first printable codes instead, so a label reads "K?</676/<#" or "!"# $!"#":
// symbols, digits and stray capitals, with no word of three letters, and always the quote or hash of codes 2 and 3.
// Formulas ("=z", "q / p") and code ("i++)") have neither.
const GLYPH_SYMBOLS = /[!"#$%&'*+/<=>?@\\^`|~]/gu;
const MIN_GLYPH_CHARS = 3;
const MIN_GLYPH_SYMBOL_SHARE = 0.2;

/** Whether a line is a chart label in a font whose glyphs map to punctuation codes rather than text. */
export function isGlyphCodes(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  if (t.length < MIN_GLYPH_CHARS || /\p{L}{3}/u.test(t) || !/["#]/u.test(t)) return false;
  return (t.match(GLYPH_SYMBOLS)?.length ?? 0) / t.length >= MIN_GLYPH_SYMBOL_SHARE;
}
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

interface OpenLine {
  parts: string[];
  /** Indexes into `parts` where a gap wide enough to separate table cells begins a new cell. */
  cellStarts: number[];
  x: number;
  right: number;
  y: number;
  /** The largest font size so far, for telling whether the next run sits on this line. */
  size: number;
  /** Characters per font size, for the line's dominant size. */
  sizes: Map<number, number>;
}

/** Groups a page's text runs, in drawing order, into visual lines. */
export function linesFromItems(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: OpenLine | null = null;
  const finish = () => {
    if (!current) return;
    const text = current.parts.join('').replace(/\s+/gu, ' ').trim();
    if (text !== '' && !isGlyphCodes(text)) {
      const line: PdfLine = { text, x: current.x, right: current.right, y: current.y, size: dominantSize(current.sizes) };
      const cells = cellTexts(current);
      if (cells.length >= 2) line.cells = cells;
      lines.push(line);
    }
    current = null;
  };

  for (const raw of items) {
    const str = raw.str.replace(CONTROL_CHARS, '');
    const item = str === raw.str ? raw : { ...raw, str };
    if (item.str === '') continue;
    const blank = item.str.trim() === '';
    if (current !== null) {
      const line: OpenLine = current;
      const size = Math.max(item.size, 1);
      // Measured against the larger of the two sizes, so a small raised marker still joins a line of larger text.
      const sameLine = Math.abs(item.y - line.y) < SAME_LINE_SHARE * Math.max(size, line.size) && item.x > line.right - BACKWARDS_SHARE * size;
      if (sameLine) {
        if (blank) {
          line.parts.push(' ');
        } else {
          const gap = item.x - line.right;
          const previous = line.parts[line.parts.length - 1] ?? '';
          if (gap > CELL_GAP_SHARE * size) line.cellStarts.push(line.parts.length);
          if (gap > SPACE_GAP_SHARE * size && !/\s$/u.test(previous) && !(CJK_CHAR.test(previous.slice(-1)) && CJK_CHAR.test(item.str[0] ?? ''))) {
            line.parts.push(' ');
          }
          line.parts.push(item.str);
          addSize(line.sizes, item);
        }
        line.right = Math.max(line.right, item.x + item.width);
        if (!blank) line.size = Math.max(line.size, item.size);
        continue;
      }
      finish();
    }
    if (blank) continue;
    current = { parts: [item.str], cellStarts: [], x: item.x, right: item.x + item.width, y: item.y, size: item.size, sizes: new Map() };
    addSize(current.sizes, item);
  }
  finish();
  return lines;
}

function cellTexts(line: OpenLine): string[] {
  const bounds = [0, ...line.cellStarts, line.parts.length];
  const cells: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const cell = line.parts.slice(bounds[i], bounds[i + 1]).join('').replace(/\s+/gu, ' ').trim();
    if (cell !== '') cells.push(cell);
  }
  return cells;
}

// Sizes are compared at half-point precision: the same font set twice can differ in the last decimals.
function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

function addSize(sizes: Map<number, number>, item: PdfTextItem): void {
  const key = roundSize(item.size);
  sizes.set(key, (sizes.get(key) ?? 0) + item.str.trim().length);
}

function dominantSize(sizes: Map<number, number>): number {
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of sizes) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}
