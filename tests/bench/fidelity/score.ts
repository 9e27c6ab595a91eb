import { referenceLabel, type ReferenceEntry } from '../../../shared/model';
import type { NormalizedDocument } from '../../../shared/ingest/normalized-document';
import { isReferenceHeading } from '../../../shared/ingest/reference-heading';
import type { Truth } from './truth-file';

/** Hits out of chances for one measure. */
export interface Tally {
  hit: number;
  of: number;
}

/** How one document fared against its truth; `misses` says what was wrong, for reading. */
export interface DocumentScore {
  titles: Tally;
  authors: Tally;
  languages: Tally;
  paragraphs: Tally;
  firstLast: Tally;
  headings: Tally;
  references: Tally;
  markers: Tally;
  noise: number;
  misses: string[];
}

// Paragraph counts count as right within this share of the truth, as the issue sets.
const PARAGRAPH_TOLERANCE = 0.1;
// A repeated paragraph shorter than this may be a real repeat ("For example, try the following"); longer prose
// repeated word for word is furniture (a download footer on every page). Mostly-numeric repeats are data (a printout).
const MIN_REPEAT_CHARS = 40;
const MIN_REPEAT_LETTER_SHARE = 0.5;
// A truth snippet is compared on this many leading characters, so a document may end a sentence differently.
const SNIPPET_CHARS = 60;
// An entry may carry its key ("[HTTP]", "12.") before the text the truth names.
const KEY_ALLOWANCE = 12;
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Text reduced to lower-case letters and digits separated by single spaces, for comparing what was printed. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function snippet(text: string): string {
  return normalize(text).slice(0, SNIPPET_CHARS).trim();
}

// A BCP 47 tag with the two-letter primary language ISO 639-1 gives ("en", not the "eng" PDF metadata may hold), and
// optionally a script and a region.
const BCP47_TWO_LETTER = /^[a-z]{2}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/u;

// Names are compared as written, but not by case: a PDF prints "Özcan SAYGIN", the truth says "Özcan Saygın".
function personName(name: string): string {
  return normalize(name.replace(/ı/gu, 'i').replace(/İ/gu, 'I'));
}

const none = (): Tally => ({ hit: 0, of: 0 });
const one = (ok: boolean): Tally => ({ hit: ok ? 1 : 0, of: 1 });

/** Scores an imported document (or `null`: the import failed) against what the document is known to contain. */
export function scoreDocument(truth: Truth, doc: NormalizedDocument | null): DocumentScore {
  const score: DocumentScore = { titles: none(), authors: none(), languages: none(), paragraphs: none(), firstLast: none(), headings: none(), references: none(), markers: none(), noise: 0, misses: [] };
  const miss = (what: string) => score.misses.push(what);
  const blocks = (doc?.blocks ?? []).map((b) => ({ kind: b.kind, text: doc?.text.slice(b.start, b.end) ?? '' }));
  const body = blocks.filter((b) => b.kind !== 'heading');
  const bodyNormal = body.map((b) => normalize(b.text));

  if (truth.title !== undefined) {
    score.titles = one(normalize(doc?.meta.title ?? '') === normalize(truth.title));
    if (!score.titles.hit) miss(`title: ${JSON.stringify(doc?.meta.title)} for ${JSON.stringify(truth.title)}`);
  }
  if (truth.authors !== undefined) {
    const found = (doc?.meta.authors ?? []).map(personName);
    score.authors = one(found.length === truth.authors.length && truth.authors.every((a, i) => personName(a) === found[i]));
    if (!score.authors.hit) miss(`authors: ${JSON.stringify(doc?.meta.authors)} for ${JSON.stringify(truth.authors)}`);
  }
  if (truth.lang !== undefined) {
    const lang = doc?.meta.lang ?? '';
    score.languages = one(BCP47_TWO_LETTER.test(lang) && lang.split('-')[0] === truth.lang.split('-')[0]);
    if (!score.languages.hit) miss(`language: ${JSON.stringify(lang)} for ${JSON.stringify(truth.lang)}`);
  }
  if (truth.paragraphs !== undefined) {
    const count = body.filter((b) => b.kind === 'paragraph').length;
    score.paragraphs = one(Math.abs(count - truth.paragraphs) <= truth.paragraphs * PARAGRAPH_TOLERANCE);
    if (!score.paragraphs.hit) miss(`paragraphs: ${count} for ${truth.paragraphs}`);
  }
  if (truth.firstParagraph !== undefined && truth.lastParagraph !== undefined) {
    const found = (s: string) => bodyNormal.some((b) => b.includes(snippet(s)));
    const first = found(truth.firstParagraph);
    const last = found(truth.lastParagraph);
    score.firstLast = one(first && last);
    if (!first) miss(`first paragraph missing: ${truth.firstParagraph.slice(0, SNIPPET_CHARS)}`);
    if (!last) miss(`last paragraph missing: ${truth.lastParagraph.slice(0, SNIPPET_CHARS)}`);
  }
  if (truth.headings !== undefined) {
    const found = blocks.filter((b) => b.kind === 'heading').map((b) => normalize(b.text));
    const listNames = referenceListNames(doc);
    for (const heading of truth.headings) {
      const ok = found.some((f) => headingMatches(f, heading)) || (isReferenceHeading(heading) && listNames.has(normalize(heading)));
      score.headings.of++;
      if (ok) score.headings.hit++;
      else miss(`heading missing: ${heading}`);
    }
    // A truth written by reading the document lists every heading it prints; any other heading block is noise in
    // the outline (a byline, a masthead, a formula set large).
    if (truth.allHeadings) {
      for (const f of found.filter((f) => !truth.headings?.some((h) => headingMatches(f, h)))) {
        score.noise++;
        miss(`noise (heading the document does not print): ${JSON.stringify(f.slice(0, 80))}`);
      }
    }
  }
  if (truth.references !== undefined) {
    const list = truth.references.list;
    const refs = (doc?.references ?? []).filter((r) => list === undefined || r.list === list);
    const ok =
      refs.length === truth.references.count &&
      entryMatches(refs[0]?.text, truth.references.first) &&
      entryMatches(refs[refs.length - 1]?.text, truth.references.last) &&
      (truth.references.labels === undefined || (labelOf(refs[0]) === truth.references.labels[0] && labelOf(refs[refs.length - 1]) === truth.references.labels[1]));
    score.references = one(ok);
    if (!ok) miss(`references: ${refs.length} for ${truth.references.count}; first ${JSON.stringify(refs[0]?.text.slice(0, 50))}, last ${JSON.stringify(refs[refs.length - 1]?.text.slice(0, 50))}`);
  }
  if (truth.markers !== undefined && truth.markers.length > 0) {
    // A marker inside an explanatory note (Wikipedia's notes cite the references) is kept in that note's entry, since the
    // note list leaves the body; it counts as kept only if the entry's text shows it as written.
    const kept = [doc?.text ?? '', ...(doc?.references ?? []).map((r) => r.text)].join('\n');
    const lost = truth.markers.filter((m) => !kept.includes(m));
    score.markers = one(lost.length === 0);
    if (lost.length > 0) miss(`markers lost: ${lost.slice(0, 8).join(' ')}`);
  }
  score.noise += countNoise(truth, body.map((b) => b.text), bodyNormal, miss);
  return score;
}

// Noise is what an analyst would have to read past: control characters, furniture named in the truth, the same long
// paragraph twice, and reference entries left among the body paragraphs.
function countNoise(truth: Truth, texts: readonly string[], normals: readonly string[], miss: (what: string) => void): number {
  const seen = new Set<string>();
  const entryStarts = truth.references ? [snippet(truth.references.first), snippet(truth.references.last)] : [];
  let noise = 0;
  texts.forEach((text, i) => {
    const normal = normals[i] ?? '';
    let why = '';
    if (CONTROL.test(text)) why = 'control characters';
    else if (isGlyphCodes(text)) why = 'glyph codes of a font without a text mapping';
    else if (truth.noise?.some((n) => normal.includes(normalize(n)))) why = 'furniture';
    else if (normal.length >= MIN_REPEAT_CHARS && seen.has(normal) && letterShare(normal) >= MIN_REPEAT_LETTER_SHARE) why = 'repeated';
    else if (entryStarts.some((s) => s !== '' && normal.startsWith(s))) why = 'reference entry in the body';
    else if (truth.continuations?.some((c) => normal.startsWith(normalize(c)))) why = 'a sentence split at a break';
    seen.add(normal);
    if (why === '') return;
    noise++;
    miss(`noise (${why}): ${JSON.stringify(text.slice(0, 80))}`);
  });
  return noise;
}

function headingMatches(found: string, heading: string): boolean {
  const h = normalize(heading);
  return found === h || (found.includes(h) && h.length > 3);
}

// A reference section's heading leaves the body with its list and names the list in the reader: each list by its own
// name when a page has several ("Footnotes", "Citations"), and a single list under the reader's own "References".
function referenceListNames(doc: NormalizedDocument | null): Set<string> {
  const refs = doc?.references ?? [];
  const names = new Set(refs.flatMap((r) => (r.list === undefined ? [] : [normalize(r.list)])));
  if (refs.some((r) => r.list === undefined)) names.add('references');
  return names;
}

// An entry matches when it opens with the truth's words; a key or number kept in the entry's text may come first.
function entryMatches(entry: string | undefined, truth: string): boolean {
  const at = normalize(entry ?? '').indexOf(snippet(truth));
  return at >= 0 && at <= KEY_ALLOWANCE;
}

function labelOf(entry: ReferenceEntry | undefined): string | undefined {
  return entry ? referenceLabel(entry) : undefined;
}

// A chart drawn in a font whose glyphs map to no text comes out as ASCII symbols ("K?</676/<# L5?><56#"); prose,
// code and TeX all have words of three letters ("echo", "frac").
const GLYPH_SYMBOL = /[!"#$%&'*+/<=>?@\\^`|~]/gu;
const MIN_GLYPH_CHARS = 6;
const MIN_GLYPH_SYMBOL_SHARE = 0.3;

function isGlyphCodes(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  if (t.length < MIN_GLYPH_CHARS || /\p{L}{3}/u.test(t)) return false;
  return (t.match(GLYPH_SYMBOL)?.length ?? 0) / t.length >= MIN_GLYPH_SYMBOL_SHARE;
}

function letterShare(text: string): number {
  return (text.match(/\p{L}/gu)?.length ?? 0) / Math.max(1, text.length);
}

/** The tallies of all documents added up. */
export function sumScores(scores: readonly DocumentScore[]): Omit<DocumentScore, 'misses'> {
  const add = (key: 'titles' | 'authors' | 'languages' | 'paragraphs' | 'firstLast' | 'headings' | 'references' | 'markers'): Tally => ({
    hit: scores.reduce((s, x) => s + x[key].hit, 0),
    of: scores.reduce((s, x) => s + x[key].of, 0),
  });
  return {
    titles: add('titles'),
    authors: add('authors'),
    languages: add('languages'),
    paragraphs: add('paragraphs'),
    firstLast: add('firstLast'),
    headings: add('headings'),
    references: add('references'),
    markers: add('markers'),
    noise: scores.reduce((s, x) => s + x.noise, 0),
  };
}
