import type { DraftBlock } from './build-blocks';
import type { PdfLine } from './pdf-lines';

/** The lines of one page, numbered from 1. */
export interface PdfPageLines {
  page: number;
  lines: PdfLine[];
}

// A gap between lines this much larger than the usual line spacing separates paragraphs (a blank line, or the extra
// space word processors put after a paragraph).
const PARAGRAPH_GAP_FACTOR = 1.4;
// A first line indented by at least this share of the font size starts a paragraph (typical indents are 1-2 em).
const INDENT_SHARE = 0.8;
// Lines this much larger than the body text are headings; 1.1 separates an 11.5 pt heading from 10 pt text while
// ignoring the rounding noise between runs of one font.
const HEADING_SIZE_RATIO = 1.1;
const MAX_HEADING_CHARS = 150;
const MAX_HEADING_LEVELS = 3;
// A size change smaller than this share of the body size is the same text (an italic run, a rounding difference).
const SIZE_CHANGE_SHARE = 0.08;
// In justified text a line that stops this far short of the right edge, after a sentence, ends its paragraph.
const SHORT_LINE_SHARE = 0.1;
// Text is justified when at least this share of its lines reach the right edge.
const JUSTIFIED_SHARE = 0.5;
const RIGHT_EDGE_TOLERANCE = 3;
// A line at the top or bottom of this many pages (and of this share of all pages), the same but for its digits, is a
// running header or footer. The share is under a half because left and right pages carry different headers, and
// the first page carries neither.
const MIN_REPEATS_FOR_FURNITURE = 3;
// On the outermost row, where nothing but furniture sits, twice is enough: a five-page paper shows each of its
// alternating running heads only twice.
const MIN_REPEATS_ON_OUTERMOST_ROW = 2;
const FURNITURE_PAGE_SHARE = 1 / 3;
const EDGE_ROWS = 2;
const FURNITURE_Y_TOLERANCE = 6;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
const SENTENCE_END = /[.!?。！？:："”’)\]]$/u;
const BULLET = /^[•●▪◦‣∙·]\s*/u;
// "1)" or "2." opening a line starts a numbered item (numbered headings are caught first by their size).
const NUMBERED_ITEM = /^\(?\d{1,2}[.)]\s+\S/u;
// Papers often set their section titles in bold body-size type, which the sizes cannot tell; the usual names of a
// paper's sections, alone on a line (numbered or not), are headings all the same.
const SECTION_NAME = /^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s*)?(?:abstract|introduction|background|related work|materials and methods|methods?|methodology|experimental(?: section)?|results(?: and discussion)?|discussion|conclusions?(?: and future work)?|summary|acknowledge?ments?|future work|limitations|evaluation|implementation|摘要|引言|前言|结论|结语|讨论|致谢)$/iu;
// Diagram labels come out as runs of tiny one-line fragments; this many in a row are kept together as one block.
const MIN_FRAGMENT_RUN = 3;
const MAX_FRAGMENT_CHARS = 40;
const FRAGMENT_SENTENCE_END = /(?:[!?。！？:：]|[^.]\.)$/u;
// Words whose hyphen is part of the word even at the end of a line ("non-" + "reversible" stays "non-reversible").
const KEPT_HYPHEN_PREFIXES = new Set(['non', 'self', 'well', 'half', 'cross', 'ex', 'all', 'semi', 'quasi', 'co', 'anti', 'pre', 'post', 'multi', 'inter', 'long', 'short', 'high', 'low']);
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

interface Paragraph {
  /** `figure` is a run of diagram labels, joined line by line rather than as prose; `table` rows of cells. */
  kind: 'paragraph' | 'heading' | 'list-item' | 'figure' | 'table';
  lines: PdfLine[];
  page: number;
}

/** What a single line can start; figures and tables are only made from paragraphs afterwards. */
type LineKind = Exclude<Paragraph['kind'], 'figure' | 'table'>;

/** Rebuilds paragraphs and headings from the lines of a PDF's pages: by gaps, indents, font sizes and short last lines; running headers, footers and page numbers are dropped, hyphenated line breaks joined. */
export function paragraphsFromPages(pages: readonly PdfPageLines[]): DraftBlock[] {
  const cleaned = dropPageFurniture(pages);
  const allLines = cleaned.flatMap((p) => p.lines);
  if (allLines.length === 0) return [];
  const bodySize = modeSize(allLines);
  const headingSizes = [...new Set(allLines.filter((l) => isHeadingSized(l, bodySize)).map((l) => l.size))].sort((a, b) => b - a);

  const paragraphs: Paragraph[] = [];
  for (const { page, lines } of cleaned) {
    const layout = pageLayout(lines, bodySize);
    const frontSize = page === cleaned[0]?.page ? modeSize(lines) : bodySize;
    let current: Paragraph | null = null;
    lines.forEach((line, index) => {
      const kind = lineKind(line, lines[index - 1], bodySize, layout, frontSize);
      const previous: PdfLine | undefined = current?.lines[current.lines.length - 1];
      if (current && previous && !startsNew(previous, line, kind, current, layout, bodySize)) {
        current.lines.push(line);
        return;
      }
      // A paragraph cut by a page break continues at the top of the next page.
      const last = paragraphs[paragraphs.length - 1];
      if (!current && last && continuesAcrossPages(last, line, kind, layout)) {
        current = last;
        current.lines.push(line);
        return;
      }
      current = { kind, lines: [line], page };
      paragraphs.push(current);
    });
  }
  return rejoinBrokenParagraphs(numberedSectionTitles(mergeFragmentRuns(markTables(paragraphs))), bodySize).map((p) => toDraft(p, headingSizes));
}

// A paragraph cut at the foot of a column or page goes on at the head of the next, often after a figure's caption, a
// footnote or (on the first page) the masthead drawn last. A long paragraph that stops mid-sentence is joined to the
// next paragraph in its own type size, past at most a few such blocks in other sizes, captions and short lines; the
// blocks passed over stay where they were, after it.
const MIN_BROKEN_CHARS = 200;
// Shorter paragraphs are joined only to a block that opens in lower case, past nothing but figures, captions and text
// in other sizes, and must end in a word (or a hyphen or comma); a label of a few words ("Rolling functions") over rows
// of a reference card is none. A continuation opens with a word, not an identifier ("na.omit", "zoo(x"), maybe in
// quotes ("“state sequence objects” including…" after a footnote, in the R Journal's stringdist paper).
const MIN_BROKEN_WORDS_CHARS = 60;
const CONTINUATION = /^[“‘"(]?\p{Ll}\p{L}*[\s,;:)”’"]/u;
const MAX_PASSED_OVER = 8;
const SHORT_BLOCK_CHARS = 100;
/** A figure's or table's caption: "Fig. 3.", "Table 1", "图 2". */
export const CAPTION = /^(?:fig\.?|figure|table|scheme|chart|图|表)\s*\d+[.:：]?(?:\s|$)/iu;
// "Figure 7 shows basic trace tree compilation" is a sentence about a figure, not its caption, which goes on with a
// full stop, a colon or a capital ("Table 1 Experimental values").
const CAPTION_OPENING = /^(?:[Ff]ig\.?|[Ff]igure|FIGURE|[Tt]able|TABLE|[Ss]cheme|[Cc]hart|图|表)\s*\d+(?:[.:：]|\s+[\p{Lu}\p{Lo}]|$)/u;
// A caption's first line, numbered and stopped ("Figure 12. Fraction of time..."), starts a block even in body type
// right under the text it interrupts.
const CAPTION_LINE = /^(?:[Ff]ig\.?|[Ff]igure|FIGURE|[Tt]able|TABLE)\s*\d+[.:：]\s/u;

function rejoinBrokenParagraphs(paragraphs: readonly Paragraph[], bodySize: number): Paragraph[] {
  const out = [...paragraphs];
  for (let i = 0; i < out.length; i++) {
    const broken = out[i];
    if (!broken || !isBroken(broken)) continue;
    const size = broken.lines[0]?.size ?? 0;
    const long = paragraphText(broken).length >= MIN_BROKEN_CHARS;
    for (let j = i + 1; j < out.length && j <= i + MAX_PASSED_OVER + 1; j++) {
      const next = out[j];
      if (!next || next.page > broken.page + 1) break;
      const text = paragraphText(next);
      const sameSize = Math.abs((next.lines[0]?.size ?? 0) - size) <= bodySize * SIZE_CHANGE_SHARE;
      // A block that opens in lower case goes on with a sentence, however short either part is; otherwise only a long
      // paragraph is sure enough to be cut, and only a block of some length sure enough to be its rest.
      const goesOn = CONTINUATION.test(text);
      const continues = goesOn || (long && text.length >= SHORT_BLOCK_CHARS / 2 && !CAPTION.test(text));
      if (next.kind === 'paragraph' && sameSize && continues && (!CAPTION_OPENING.test(paragraphText(broken)) || j === i + 1)) {
        broken.lines.push(...next.lines);
        out.splice(j, 1);
        i--; // the joined paragraph may itself stop mid-sentence and go on further
        break;
      }
      // Only what sits between two parts of one paragraph may be passed over: other sizes, captions, short lines,
      // and headings drawn out of order at a page's end (a masthead).
      const passable = !sameSize || CAPTION.test(text) || (long && text.length < SHORT_BLOCK_CHARS) || next.kind === 'figure' || (next.kind === 'heading' && next.page === broken.page && !sameSize);
      if (!passable) break;
    }
  }
  return out;
}

// A caption cut by a column break goes on in the very next block; a paragraph may have figures set in its way.
function isBroken(paragraph: Paragraph): boolean {
  if (paragraph.kind !== 'paragraph') return false;
  const text = paragraphText(paragraph);
  return text.length >= MIN_BROKEN_WORDS_CHARS && !SENTENCE_END.test(text) && /\p{L}[-,]?$/u.test(text);
}

function paragraphText(paragraph: Paragraph): string {
  return paragraph.lines.map((l) => l.text).join(' ');
}

// "2. Experimental method" in body-size type opens like a numbered item; alone between paragraphs, short and without
// a full stop, it is the title of a numbered section. A list has its items together.
const NUMBERED_SECTION = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]{0,70}$/u;

function numberedSectionTitles(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p, i) => {
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    const alone = p.kind === 'list-item' && p.lines.length === 1 && before?.kind !== 'list-item' && after?.kind === 'paragraph';
    return alone && NUMBERED_SECTION.test(p.lines[0]?.text ?? '') ? { ...p, kind: 'heading' } : p;
  });
}

// Rows of a table come out as lines split by wide gaps into cells; consecutive paragraphs of such lines on one page,
// two rows at least, are one table block, a row a line and its cells separated by tabs, like a web page's table.
const MIN_TABLE_CELLS = 3;
const MIN_TABLE_ROWS = 2;

function markTables(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const isRows = (p: Paragraph) => p.kind === 'paragraph' && p.lines.every((l) => (l.cells?.length ?? 0) >= MIN_TABLE_CELLS);
  for (const paragraph of paragraphs) {
    const last = out[out.length - 1];
    if (isRows(paragraph) && last && (last.kind === 'table' || isRows(last)) && last.page === paragraph.page) {
      out[out.length - 1] = { kind: 'table', lines: [...last.lines, ...paragraph.lines], page: last.page };
    } else {
      out.push(isRows(paragraph) && paragraph.lines.length >= MIN_TABLE_ROWS ? { ...paragraph, kind: 'table' } : paragraph);
    }
  }
  return out;
}

function isFragment(paragraph: Paragraph): boolean {
  const text = paragraph.lines.map((l) => l.text).join(' ');
  // An ellipsis ("Tx Tx ...") ends a label, not a sentence.
  return paragraph.kind === 'paragraph' && text.length <= MAX_FRAGMENT_CHARS && !FRAGMENT_SENTENCE_END.test(text);
}

// A figure's labels ("Block", "Prev Hash", "Nonce") would each become a numbered paragraph; kept as one block, one
// label a line, they stay searchable without pushing every later paragraph number up.
function mergeFragmentRuns(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    const first = run[0];
    if (run.length >= MIN_FRAGMENT_RUN && first) out.push({ kind: 'figure', lines: run.flatMap((p) => p.lines), page: first.page });
    else out.push(...run);
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (isFragment(paragraph) && (run.length === 0 || run[0]?.page === paragraph.page)) {
      run.push(paragraph);
      continue;
    }
    flush();
    if (isFragment(paragraph)) run.push(paragraph);
    else out.push(paragraph);
  }
  flush();
  return out;
}

interface PageLayout {
  lineGap: number;
  justified: boolean;
  /** The left margin and right edge of the column a line sits in. */
  column(line: PdfLine): { left: number; right: number };
}

// Columns are found by overlap: lines of one column overlap each other horizontally, lines of two columns do not. A
// two-column page then has each line measured against its own column's edges, not the page's.
function pageLayout(lines: readonly PdfLine[], bodySize: number): PageLayout {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) <= bodySize * SIZE_CHANGE_SHARE);
  const sample = body.length > 0 ? body : lines;
  const columns = new Map<PdfLine, { left: number; right: number }>();
  const column = (line: PdfLine) => {
    let bounds = columns.get(line);
    if (!bounds) {
      const overlapping = sample.filter((other) => other.x < line.right && other.right > line.x);
      bounds = { left: Math.min(line.x, ...overlapping.map((l) => l.x)), right: Math.max(line.right, ...overlapping.map((l) => l.right)) };
      columns.set(line, bounds);
    }
    return bounds;
  };
  const gaps: number[] = [];
  for (let i = 1; i < sample.length; i++) {
    const gap = (sample[i - 1]?.y ?? 0) - (sample[i]?.y ?? 0);
    if (gap > 0 && gap < bodySize * 3) gaps.push(gap);
  }
  const lineGap = gaps.length > 0 ? median(gaps) : bodySize * 1.2;
  const reaching = sample.filter((l) => column(l).right - l.right <= RIGHT_EDGE_TOLERANCE).length;
  return { lineGap, justified: sample.length >= 3 && reaching / sample.length >= JUSTIFIED_SHARE, column };
}

function startsNew(previous: PdfLine, line: PdfLine, kind: LineKind, current: Paragraph, layout: PageLayout, bodySize: number): boolean {
  // Every bullet starts an item; the lines after it continue the item as they would a paragraph.
  if (kind === 'list-item') return true;
  const inItem = current.kind === 'list-item';
  if (kind !== (inItem ? 'paragraph' : current.kind)) return true;
  const gap = previous.y - line.y;
  if (gap <= 0 || CAPTION_LINE.test(line.text)) return true;
  const size = Math.max(line.size, previous.size);
  if (Math.abs(line.size - previous.size) > bodySize * SIZE_CHANGE_SHARE) return true;
  if (gap > Math.max(layout.lineGap, size) * PARAGRAPH_GAP_FACTOR) return true;
  if (kind === 'heading') return false;
  const indent = INDENT_SHARE * size;
  const column = layout.column(previous);
  // An item's later lines hang under its text, indented from the bullet; that is not a new paragraph.
  if (!inItem && line.x - previous.x >= indent && line.x - column.left >= indent) return true;
  if (layout.justified && SENTENCE_END.test(previous.text)) {
    return column.right - previous.right > (column.right - column.left) * SHORT_LINE_SHARE;
  }
  return false;
}

function continuesAcrossPages(last: Paragraph, line: PdfLine, kind: LineKind, layout: PageLayout): boolean {
  if (last.kind !== 'paragraph' || kind !== 'paragraph' || CAPTION_LINE.test(line.text)) return false;
  const end = last.lines[last.lines.length - 1];
  if (!end || SENTENCE_END.test(end.text)) return false;
  return Math.abs(end.size - line.size) <= line.size * SIZE_CHANGE_SHARE && line.x - layout.column(line).left < INDENT_SHARE * line.size;
}

// Big formula symbols (braces, sums) and a formula's variables ("q z={ 1 if p≤q") are set large too; a heading has a
// word of three letters, or two Han characters (摘要).
const HEADING_WORD = /\p{L}{3}|\p{Script=Han}{2}/u;
// A subsection's title in body-size type ("3.1 Traces", "2.1. Creation of "zoo" objects", "3.1. strucchange: ...")
// is told by its two-level number, its shortness (it stops well short of the column's edge) and by following the end
// of a sentence or a gap (a code listing's output); "1.5 global radiation (AM1.5) using..." inside a paragraph follows no sentence end and has full stops.
const SUBSECTION_TITLE = /^\d{1,2}(?:\.\d{1,2})+\.?\s+["“]?\p{L}[^.!?;]{0,80}$/u;
// Letter-spaced section names ("a b s t r a c t") are set wide, so the space between their words is lost; Elsevier's
// "a r t i c l e i n f o" is the one name of two words seen in print.
const LETTER_SPACED = /^(?:\p{L} ){3,}\p{L}$/u;
const LETTER_SPACED_PHRASES = ['article info'];

// A first page whose front matter (abstracts, a second title in another language) is set smaller than the body has
// headings that are larger than that front matter and than the body, but by less than a body heading would be.
function isFrontMatterHeading(line: PdfLine, bodySize: number, frontSize: number): boolean {
  return frontSize < bodySize && isHeadingSized(line, frontSize) && line.size - bodySize > bodySize * SIZE_CHANGE_SHARE;
}

function lineKind(line: PdfLine, before: PdfLine | undefined, bodySize: number, layout: PageLayout, frontSize: number): LineKind {
  if (isHeadingSized(line, bodySize) || isFrontMatterHeading(line, bodySize, frontSize) || SECTION_NAME.test(line.text) || isLetterSpacedSectionName(line.text)) return 'heading';
  if (isSubsectionTitle(line, before, layout)) return 'heading';
  return BULLET.test(line.text) || NUMBERED_ITEM.test(line.text) ? 'list-item' : 'paragraph';
}

function isSubsectionTitle(line: PdfLine, before: PdfLine | undefined, layout: PageLayout): boolean {
  if (!SUBSECTION_TITLE.test(line.text) || !HEADING_WORD.test(line.text) || (line.cells?.length ?? 0) > 1) return false;
  const afterGap = before !== undefined && before.y - line.y > layout.lineGap * PARAGRAPH_GAP_FACTOR;
  if (before && before.y > line.y && !afterGap && !SENTENCE_END.test(before.text) && !SUBSECTION_TITLE.test(before.text)) return false;
  const column = layout.column(line);
  return column.right - line.right > (column.right - column.left) * SHORT_LINE_SHARE;
}

function isLetterSpacedSectionName(text: string): boolean {
  return letterSpacedSectionName(text) !== undefined;
}

// The name as it reads, its words apart: "a b s t r a c t" → "abstract", "a r t i c l e i n f o" → "article info".
function letterSpacedSectionName(text: string): string | undefined {
  if (!LETTER_SPACED.test(text)) return undefined;
  const letters = text.replace(/ /gu, '');
  if (SECTION_NAME.test(letters)) return letters;
  const phrase = LETTER_SPACED_PHRASES.find((p) => p.replace(/ /gu, '') === letters.toLowerCase());
  if (!phrase) return undefined;
  // The printed letters (their case), with the phrase's spaces put back.
  let at = 0;
  return [...phrase].map((c) => (c === ' ' ? ' ' : (letters[at++] ?? ''))).join('');
}

function isHeadingSized(line: PdfLine, bodySize: number): boolean {
  return line.size >= bodySize * HEADING_SIZE_RATIO && line.text.length <= MAX_HEADING_CHARS && HEADING_WORD.test(line.text);
}

function toDraft(paragraph: Paragraph, headingSizes: readonly number[]): DraftBlock {
  if (paragraph.kind === 'figure') return { kind: 'paragraph', text: paragraph.lines.map((l) => l.text).join('\n'), page: paragraph.page };
  if (paragraph.kind === 'table') return { kind: 'table', text: paragraph.lines.map((l) => (l.cells ?? [l.text]).join('\t')).join('\n'), page: paragraph.page };
  const text = joinLines(paragraph.lines.map((l) => letterSpacedSectionName(l.text) ?? l.text));
  if (paragraph.kind === 'heading') {
    const size = Math.max(...paragraph.lines.map((l) => l.size));
    const level = Math.min(MAX_HEADING_LEVELS, headingSizes.indexOf(size) + 1 || MAX_HEADING_LEVELS);
    return { kind: 'heading', text, level, page: paragraph.page };
  }
  return { kind: paragraph.kind, text: text.replace(BULLET, ''), page: paragraph.page };
}

/** Joins a paragraph's lines: hyphenated words broken at a line end are rejoined, CJK lines meet without a space. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (out === '') {
      out = line;
    } else if (out.endsWith('\u00ad')) {
      out = out.slice(0, -1) + line;
    } else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) {
      const prefix = /(?<!\p{L})(\p{L}+)-$/u.exec(out)?.[1]?.toLowerCase() ?? '';
      // "proof-" + "of-work" is a hyphenated compound broken at one of its own hyphens.
      const compound = KEPT_HYPHEN_PREFIXES.has(prefix) || /^\p{L}+-/u.test(line);
      out = compound ? out + line : out.slice(0, -1) + line;
    } else if (CJK_END.test(out) && CJK_START.test(line)) {
      out += line;
    } else {
      out += ` ${line}`;
    }
  }
  return out;
}

// Running headers, footers and page numbers repeat on every page, or every other page (left and right pages differ);
// they are not part of the text. A line is compared without its digits, so "Author et al. 3" matches "Author et al. 5".
function dropPageFurniture(pages: readonly PdfPageLines[]): PdfPageLines[] {
  const edgeCounts = new Map<string, number>();
  for (const { lines } of pages) {
    for (const key of new Set(edgeLines(lines).map(furnitureKey))) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }
  const share = Math.ceil(pages.length * FURNITURE_PAGE_SHARE);
  const repeatsNeeded = Math.max(MIN_REPEATS_FOR_FURNITURE, share);
  const repeatsNeededOutermost = Math.max(MIN_REPEATS_ON_OUTERMOST_ROW, share);
  return pages.map(({ page, lines }) => {
    const edges = new Set(edgeLines(lines));
    // A bare number is a page number only on the outermost row; further in it may be a table's last figure.
    const outermost = new Set(edgeLines(lines, 1));
    const isFurniture = (line: PdfLine) => {
      const repeats = edgeCounts.get(furnitureKey(line)) ?? 0;
      if (outermost.has(line)) return PAGE_NUMBER.test(line.text) || repeats >= repeatsNeededOutermost;
      return repeats >= repeatsNeeded;
    };
    return { page, lines: lines.filter((line) => !edges.has(line) || !isFurniture(line)) };
  });
}

function furnitureKey(line: PdfLine): string {
  return line.text.replace(/\d+/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

// Found by position, whatever the drawing order: the outermost rows at the top and at the bottom, since a header set
// in three parts (volume, running title, date) is three lines at one height, and a download notice can take two rows.
/** The lines along the top and bottom edge of a page, where running headers, footers and mastheads sit. */
export function edgeLines(lines: readonly PdfLine[], rowCount = EDGE_ROWS): PdfLine[] {
  if (lines.length === 0) return [];
  const rows = [...new Set(lines.map((l) => Math.round(l.y / FURNITURE_Y_TOLERANCE)))].sort((a, b) => b - a);
  const edgeRows = new Set([...rows.slice(0, rowCount), ...rows.slice(-rowCount)]);
  return lines.filter((l) => edgeRows.has(Math.round(l.y / FURNITURE_Y_TOLERANCE)));
}

function modeSize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
  let best = lines[0]?.size ?? 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) {
      best = size;
      bestWeight = weight;
    }
  }
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
