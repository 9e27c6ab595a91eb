import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Truth } from './truth-file';

const MARKER = /^\[(?:\d+|[a-z] ?\d+)\]$/u;
// Readability's expected output is scored by its prose blocks, counted as our import makes paragraph blocks, so that like
// is compared with like: a `<p>` is one, and so is each other element a reader sees as a block of prose on its own
// (Wikipedia's displayed formulas and proofs are `<dd>`, tables and figures have captions), which we also make a
// paragraph. A `<p>` inside a data table's cell is not: it is a cell (an infobox label, "• Monarch"), which we keep in
// the table's row, as Readability keeps it in the table; a table the page marks as layout (`role="presentation"`) is not
// data, and its paragraphs count.
const PROSE_BLOCKS = 'p, figcaption, caption, dt, dd, summary, legend';
// Wikipedia draws a formula as an image whose alt text is its TeX; a block holding only a formula is read from that text.
const FORMULA_ALT = /^\{\\displaystyle[\s\S]*\}$/u;

/** The truth of a Readability test page: its expected metadata, and the paragraphs, headings and markers of its expected article. */
export function readabilityTruth(dir: string, file: string): Truth {
  const meta = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as { title?: string; lang?: string | null };
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${readFileSync(resolve(dir, 'expected.html'), 'utf8')}</body></html>`);
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const paragraphs = [...document.querySelectorAll('p')].map(text).filter((t) => t !== '');
  const blocks = [...document.querySelectorAll(PROSE_BLOCKS)].filter((e) => !inDataTableCell(e) && hasOwnProse(e));
  // Wikipedia's "[edit]" links sit inside its headings; they are not part of the heading's text.
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => text(h).replace(/\[edit\]$/u, '').trim());
  const truth: Truth = { file, headings: headings.filter((t) => t !== '') };
  if (meta.title) truth.title = meta.title;
  if (meta.lang) truth.lang = meta.lang;
  if (paragraphs.length > 0) {
    truth.paragraphs = blocks.length;
    truth.firstParagraph = paragraphs[0] ?? '';
    truth.lastParagraph = paragraphs[paragraphs.length - 1] ?? '';
  }
  const markers = [...document.querySelectorAll('sup')].map(text).filter((t) => MARKER.test(t));
  if (markers.length > 0) truth.markers = [...new Set(markers)];
  return truth;
}

function inDataTableCell(element: Element): boolean {
  if (element.localName === 'caption') return false;
  const cell = element.closest('td, th');
  return cell !== null && cell.closest('table')?.getAttribute('role') !== 'presentation';
}

// A block's own prose is its text and formulas outside the prose blocks nested in it (a `<dd>` whose proof goes on in a
// nested `<dd>` is two blocks, as it is shown), so that nesting is not counted twice.
function hasOwnProse(element: Element): boolean {
  const own = element.cloneNode(true) as Element;
  for (const nested of own.querySelectorAll(PROSE_BLOCKS)) nested.remove();
  if ((own.textContent ?? '').trim() !== '') return true;
  return [...own.querySelectorAll('img')].some((img) => FORMULA_ALT.test((img.getAttribute('alt') ?? '').trim()));
}
