import type { PdfLine } from './pdf-lines';
import { edgeLines, type PdfPageLines } from './pdf-paragraphs';

/** What a paper's first page says about itself: its title and authors as printed, where they could be told apart. */
export interface PdfFrontMatter {
  title?: string;
  authors: string[];
}

// A title is set larger than the text around it; this much larger at least.
const TITLE_SIZE_RATIO = 1.15;
// Titles sit in the upper part of the first page (measured from the top of its text).
const TITLE_ZONE_SHARE = 0.6;
const MAX_TITLE_CHARS = 300;
// Lines of one title are this close (in line heights) and set in the same size.
const TITLE_LINE_GAP = 1.8;
const SAME_SIZE = 0.6;
// Author lines are looked for this many title line heights above or below the title.
const AUTHOR_DISTANCE = 6;
// Words that mark a journal's masthead or a publisher's banner rather than an article's title.
const MASTHEAD = /\b(?:journal|contents lists available|homepage|sciencedirect|issn|doi|original article|research article)\b|\bwww\./iu;
// A heading repeated in the running headers of this many later pages is the journal's masthead.
const MIN_MASTHEAD_REPEATS = 2;
// Words of a journal's name: in a metadata title of a few words they name the journal, not the article.
const JOURNAL_NAME = /\b(?:journal|proceedings|transactions|review|letters|annals|bulletin|magazine)\b/iu;
const MAX_JOURNAL_NAME_WORDS = 8;
// Affiliation marks after names: symbols, and single letters or digits as superscripts ("Özen a,b,n", "Gal∗+").
const NAME_MARKS = /[*∗†‡§¶#$+⁎]|(?<!\p{L})[a-z](?:,[a-z])*(?!\p{L})|\d+/gu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|da|di|du|la|le|del|bin|al-\p{Lu}[\p{L}]*)$/u;

/**
 * Reads the title and authors printed on a paper's first page: the largest text in its upper part that is not the
 * journal's masthead (text repeated in the running headers of later pages, or naming a journal), and the line of
 * person names nearest to it.
 */
export function pdfFrontMatter(pages: readonly PdfPageLines[]): PdfFrontMatter {
  const first = pages[0];
  if (!first || first.lines.length === 0) return { authors: [] };
  const lines = first.lines;
  const furniture = pages.slice(1).flatMap((p) => edgeLines(p.lines)).map((l) => l.text);
  const bodySize = commonSize(lines);
  const top = Math.max(...lines.map((l) => l.y));
  const bottom = Math.min(...lines.map((l) => l.y));
  const zone = top - (top - bottom) * TITLE_ZONE_SHARE;
  const blocks = titleBlocks(lines.filter((l) => l.y >= zone && l.size >= bodySize * TITLE_SIZE_RATIO));
  const candidates = blocks
    .map((block) => ({ block, text: block.map((l) => l.text).join(' ').replace(/\s+/gu, ' ').trim() }))
    .filter(({ text }) => isTitleLike(text) && !isMasthead(text, furniture))
    .sort((a, b) => (b.block[0]?.size ?? 0) - (a.block[0]?.size ?? 0) || (b.block[0]?.y ?? 0) - (a.block[0]?.y ?? 0));
  const chosen = candidates[0];
  if (!chosen) return { authors: [] };
  return { title: chosen.text, authors: authorsNear(chosen.block, lines, furniture) };
}

/**
 * Whether a large line of the first page is its byline or the journal's masthead ("Solar Energy Materials & Solar
 * Cells", drawn last), which are set large but are no section of the text: they stay text, not headings.
 */
export function isFrontMatterLine(text: string, pages: readonly PdfPageLines[]): boolean {
  if (personNames(text).length > 0) return true;
  if (MASTHEAD.test(text)) return true;
  // A section heading's words may turn up at some page's edge ("An introduction to..." in the last reference); the
  // journal's name is in the running header of page after page.
  const pagesRepeating = pages.slice(1).filter((p) => isMasthead(text, edgeLines(p.lines).map((l) => l.text))).length;
  return pagesRepeating >= MIN_MASTHEAD_REPEATS;
}

/** Whether a title from a PDF's metadata is really an identifier, a file name or a journal, not the work's title. */
export function isPoorInfoTitle(title: string): boolean {
  const t = title.trim();
  if (!/\s/u.test(t) && /[\d_:]/u.test(t)) return true; // "sag-39-3-4-0902-21:sag-0", "ms_2014_113"
  if (/\.(?:eps|png|jpe?g|tiff?|gif|ai|indd|qxd|psd|svg)$/iu.test(t)) return true; // a figure's file name
  if (/^(?:doi|isbn|issn)\b/iu.test(t)) return true;
  return (MASTHEAD.test(t) || JOURNAL_NAME.test(t)) && t.split(/\s+/u).length <= MAX_JOURNAL_NAME_WORDS;
}

/** Whether a PDF's metadata author is not a person's name: a publisher's account or a tool ("tubitak", "user"). */
export function isPoorInfoAuthor(author: string): boolean {
  const t = author.trim();
  return !/\s|,/u.test(t) && (t === t.toLowerCase() || t === t.toUpperCase() || /\d/u.test(t));
}

// Consecutive lines of one size, close together, read top to bottom, make one block (a title over two lines).
function titleBlocks(lines: readonly PdfLine[]): PdfLine[][] {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const blocks: PdfLine[][] = [];
  for (const line of sorted) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    if (block && last && Math.abs(last.size - line.size) <= SAME_SIZE && last.y - line.y <= line.size * TITLE_LINE_GAP) block.push(line);
    else blocks.push([line]);
  }
  return blocks;
}

function isTitleLike(text: string): boolean {
  return text.length <= MAX_TITLE_CHARS && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2;
}

// A journal's name printed above the article is repeated, with more words (authors, volume, pages), in the running
// headers of the following pages; a paper whose running header is its own title repeats the title alone.
function isMasthead(text: string, furniture: readonly string[]): boolean {
  if (MASTHEAD.test(text)) return true;
  const own = words(text);
  return own !== '' && furniture.some((f) => {
    const other = words(f);
    return other.includes(own) && other.length - own.length > 8;
  });
}

// A line printed at the edge of later pages as well, bar its page number ("CONTRIBUTED RESEARCH ARTICLES 112"), is a
// running header, whatever its words look like.
function isRunningLine(text: string, furniture: readonly string[]): boolean {
  const own = words(text);
  return own !== '' && furniture.some((f) => words(f) === own);
}

// A line's words, without its numbers and punctuation, for comparing it with the running lines of other pages.
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}

// Bylines sit under the title (or, in some journals, beside it above); a long list of authors runs over several lines.
function authorsNear(title: readonly PdfLine[], lines: readonly PdfLine[], furniture: readonly string[]): string[] {
  const size = title[0]?.size ?? 0;
  const highest = Math.max(...title.map((l) => l.y));
  const lowest = Math.min(...title.map((l) => l.y));
  const reach = size * AUTHOR_DISTANCE;
  const below = lines.filter((l) => l.y < lowest && lowest - l.y <= reach).sort((a, b) => b.y - a.y);
  const above = lines.filter((l) => l.y > highest && l.y - highest <= reach).sort((a, b) => a.y - b.y);
  for (const side of [below, above]) {
    const start = side.findIndex((l) => !isMasthead(l.text, furniture) && !isRunningLine(l.text, furniture) && personNames(l.text).length > 0);
    if (start < 0) continue;
    const names: string[] = [];
    for (const line of side.slice(start)) {
      const found = personNames(line.text);
      if (found.length === 0) break;
      names.push(...found);
    }
    return [...new Set(names)];
  }
  return [];
}

/** The person names in a line of authors ("Yunus Özen a,b,n, Nihan Akın a,b"), or none when the line is something else. */
export function personNames(line: string): string[] {
  if (/@|\bhttps?:|\b(?:university|universität|université|department|institute|school|college|corporation|inc|ltd|gmbh|laboratory|labs?|cent(?:er|re)|abstract|received|accepted)\b/iu.test(line)) return [];
  const parts = line
    // "by Mark P.J. van der Loo": the R Journal's and some magazines' byline.
    .replace(/^\s*by\s+/iu, '')
    .replace(NAME_MARKS, ' ')
    .split(/,|;|\band\b|&/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return [];
  const names = parts.filter((p) => {
    const words = p.split(' ');
    return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
  });
  // Every part must be a name: a line of prose with two capitalised words in it is not a byline.
  return names.length === parts.length ? names : [];
}

function commonSize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
