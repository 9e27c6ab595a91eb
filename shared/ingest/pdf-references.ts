import type { ReferenceEntry } from '../model';
import type { DraftBlock } from './build-blocks';
import { isReferenceHeading } from './reference-heading';
import { webUrl } from './web-url';

// Papers often set "References" in bold body text rather than a larger size; a paragraph this short can be that title.
const MAX_TITLE_PARAGRAPH_CHARS = 40;
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/u;

/** A PDF's blocks without its reference section, and that section's numbered entries. */
export interface PdfReferenceSplit {
  drafts: DraftBlock[];
  references: ReferenceEntry[];
}

/**
 * Finds the reference section of a paper (a "References", "Bibliography" or "参考文献" heading at the end) and reads
 * its entries numbered `[1] ...` or `1. ...`. The entries keep the numbers they are printed with, since the markers
 * in the text cite those. A section whose entries are not numbered is left in the text: nothing could cite it by number.
 */
export function extractPdfReferences(drafts: readonly DraftBlock[]): PdfReferenceSplit {
  const start = findLastIndex(drafts, (d) => isSectionTitle(d));
  if (start < 0) return { drafts: [...drafts], references: [] };
  const title = drafts[start];
  const level = title?.kind === 'heading' ? (title.level ?? 1) : Number.POSITIVE_INFINITY;
  let end = start + 1;
  while (end < drafts.length && !(drafts[end]?.kind === 'heading' && (drafts[end]?.level ?? 1) <= level)) end++;
  const section = drafts.slice(start + 1, end).map((d) => d.text);
  const references = bracketedEntries(section) ?? numberedEntries(section);
  if (!references) return { drafts: [...drafts], references: [] };
  return { drafts: [...drafts.slice(0, start), ...drafts.slice(end)], references };
}

function isSectionTitle(draft: DraftBlock): boolean {
  if (draft.kind === 'heading') return isReferenceHeading(draft.text);
  return draft.kind === 'paragraph' && draft.text.length <= MAX_TITLE_PARAGRAPH_CHARS && isReferenceHeading(draft.text);
}

// `[1] ... [2] ...`: each number is looked for after the previous one, so bracketed numbers inside an entry (a
// volume, a year) cannot start a false entry.
function bracketedEntries(section: readonly string[]): ReferenceEntry[] | null {
  const joined = section.join('\n');
  const starts: { n: number; at: number; length: number }[] = [];
  let cursor = 0;
  for (let n = 1; ; n++) {
    const match = new RegExp(`(?:^|\\s)(\\[${n}\\])\\s`, 'u').exec(joined.slice(cursor));
    if (!match || match[1] === undefined) break;
    const at = cursor + match.index + match[0].indexOf('[');
    starts.push({ n, at, length: match[1].length });
    cursor = at + match[1].length;
  }
  if (starts.length === 0 || joined.slice(0, starts[0]?.at).trim() !== '') return null;
  return starts.map((s, i) => entry(s.n, joined.slice(s.at + s.length, starts[i + 1]?.at ?? joined.length)));
}

// `1. ...` at the start of paragraphs, in sequence; paragraphs in between continue the entry before them.
function numberedEntries(section: readonly string[]): ReferenceEntry[] | null {
  const entries: { n: number; parts: string[] }[] = [];
  for (const text of section) {
    const next = entries.length + 1;
    const match = new RegExp(`^${next}[.)]\\s+`, 'u').exec(text);
    if (match) entries.push({ n: next, parts: [text.slice(match[0].length)] });
    else if (entries.length > 0) entries[entries.length - 1]?.parts.push(text);
    else return null;
  }
  return entries.length > 0 ? entries.map((e) => entry(e.n, e.parts.join(' '))) : null;
}

function entry(n: number, raw: string): ReferenceEntry {
  const text = raw.replace(/\s+/gu, ' ').trim();
  const result: ReferenceEntry = { n, text };
  const url = webUrl(URL_IN_TEXT.exec(text)?.[0]?.replace(/(?<![.,;:)\]])[.,;:)\]]+$/u, ''));
  if (url) result.url = url;
  return result;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}
