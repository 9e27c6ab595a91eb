import type { ReferenceEntry } from '../model';
import type { DraftBlock } from './build-blocks';
import { CAPTION, joinLines } from './pdf-paragraphs';
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

// An author–year entry opens with its authors and the year in brackets: "Zeileis A, Grothendieck G (2005).",
// "Smith, J. A. (2001a).", "R Core Team (2017)."; or, in the Harvard style of some journals, "Smith, J., 2001.".
const AUTHOR_YEAR_START = /^\p{Lu}[^()]{0,150}?\((?:1[5-9]|20)\d\d[a-z]?\)|^\p{Lu}[\p{L}'’ -]{1,40},(?: \p{Lu}\.)+(?:,? [^,]{1,80}?)?,? (?:1[5-9]|20)\d\d[a-z]?\./u;
// Other styles (the R Journal's, IEEE's without numbers) open with the authors' initials before their names and the
// year later: "A. Borg and M. Sariyar. RecordLinkage…", "C. T. Butts. sna…", "M. van der Loo, E. de Jonge, and…".
const INITIALS_FIRST_START = /^\p{Lu}\.(?:[ -]?\p{Lu}\.)* (?:(?:van|von|de|der|den|da|di|du|la|le|del) )*\p{Lu}[\p{L}'’-]+(?:\.\s|,? and \p{Lu}\.|, \p{Lu}\.)/u;
// A keyed entry opens with its key in brackets, as RFCs and some journals print them: "[RFC2119] Bradner, S., ...".
const KEYED_START = /^\[(\p{L}[\p{L}\p{N}.+/_-]{0,30})\]\s+\S/u;

/**
 * Finds the reference section of a paper (a "References", "Bibliography" or "参考文献" heading at the end) and reads
 * its entries: numbered `[1] ...` or `1. ...`, keyed `[HTTP] ...`, or author–year. Numbered entries keep the numbers
 * they are printed with, since the markers in the text cite those; keyed entries keep their key at the start of their
 * text; author–year entries are numbered in the order printed. The entries leave the body paragraphs.
 */
export function extractPdfReferences(drafts: readonly DraftBlock[]): PdfReferenceSplit {
  const start = findLastIndex(drafts, (d) => isSectionTitle(d));
  if (start < 0) return { drafts: [...drafts], references: [] };
  const title = drafts[start];
  const level = title?.kind === 'heading' ? (title.level ?? 1) : Number.POSITIVE_INFINITY;
  let end = start + 1;
  while (end < drafts.length && !(drafts[end]?.kind === 'heading' && (drafts[end]?.level ?? 1) <= level) && !isAddress(drafts[end]?.text ?? '')) end++;
  const { entries, floats } = setFloatsApart(drafts.slice(start + 1, end));
  const section = entries.map((d) => d.text);
  const references = bracketedEntries(section) ?? numberedEntries(section) ?? startedEntries(section, KEYED_START) ?? startedEntries(section, AUTHOR_YEAR_START) ?? startedEntries(section, INITIALS_FIRST_START);
  if (!references) return { drafts: [...drafts], references: [] };
  // The reader shows the list under "References"; a section the paper calls otherwise ("Bibliography", "参考文献")
  // keeps its own name, since its heading leaves the body with the list.
  const name = (title?.text ?? '').replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/u, '').replace(/\s+/gu, ' ').trim();
  const named = /^references?\W*$/iu.test(name) ? references : references.map((r) => ({ ...r, list: name }));
  return { drafts: [...drafts.slice(0, start), ...floats, ...drafts.slice(end)], references: named };
}

// A table or figure placed on a page of the reference list is often drawn after the list, so it would end up inside
// the entry that runs on to the next page. From its caption to the end of that page (or the next entry), it is body.
const ENTRY_START = /^(?:\[\d+\]|\d{1,3}[.)])\s/u;

function setFloatsApart(section: readonly DraftBlock[]): { entries: DraftBlock[]; floats: DraftBlock[] } {
  const entries: DraftBlock[] = [];
  const floats: DraftBlock[] = [];
  let floatPage: number | undefined;
  for (const draft of section) {
    if (floatPage !== undefined && (draft.page !== floatPage || ENTRY_START.test(draft.text))) floatPage = undefined;
    if (floatPage === undefined && CAPTION.test(draft.text) && draft.page !== undefined) floatPage = draft.page;
    (floatPage === undefined ? entries : floats).push(draft);
  }
  return { entries, floats };
}

// The R Journal and JSS print the authors' addresses after the bibliography, under no heading: a paragraph with an
// e-mail address ends the list ("Mark P.J. van der Loo http://www.markvanderloo.eu mark.vanderloo@gmail.com").
const EMAIL = /(?<=[\p{L}\p{N}])@[\p{L}\p{N}-]+\.\p{L}/u;

function isAddress(text: string): boolean {
  return EMAIL.test(text) && !ENTRY_START.test(text) && !KEYED_START.test(text) && !AUTHOR_YEAR_START.test(text) && !INITIALS_FIRST_START.test(text);
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

// Entries recognised by how each one opens; the paragraphs in between (an entry's later lines, which a hanging indent
// set apart, or its rest after a page break) continue the entry before them, joined as lines of one paragraph.
function startedEntries(section: readonly string[], start: RegExp): ReferenceEntry[] | null {
  const first = section[0];
  if (first === undefined || !start.test(first)) return null;
  const entries: string[][] = [];
  for (const text of section) {
    if (start.test(text)) entries.push([text]);
    else entries[entries.length - 1]?.push(text);
  }
  return entries.map((parts, i) => entry(i + 1, joinLines(parts)));
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
