import type { DraftBlock } from './build-blocks';
import { buildBlocks } from './build-blocks';
import { detectLanguage } from './detect-language';
import type { DocumentMeta, NormalizedDocument } from './normalized-document';
import { groupMarkers, parseCitationMarkers } from '../claims/parse-citation-markers';

// A web clipping names its publisher and time on one line: `Sou Hu Cai Jing·2025-10-30 04:49`, `新华网 | 2025年10月30日`.
const BYLINE =
  /^(?<publisher>[^\n]{1,80}?)\s*[·•|｜]\s*(?<y>\d{4})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})日?(?:\s+(?<hh>\d{1,2}):(?<mm>\d{2})(?::\d{2})?)?\s*$/u;
// Only the first few lines can be a clipping's header (labels, title, byline).
const HEADER_SEARCH_LINES = 5;
// A heading is short and does not end like a sentence; longer or punctuated lines are prose.
const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 10;
const SENTENCE_END = /[.!?。！？;；:：,，]$/u;
// Bullets pasted from a web page often collapse onto one line, joined by ` - `.
const INLINE_BULLET = /(?<!\s)\s+-\s+/u;
const LEADING_BULLET = /^(?:[-•*·▪●]|\d{1,3}[.)])\s+/u;
// Hard-wrapped plain text has lines of similar, moderate length; such lines are joined into one paragraph.
const MIN_WRAPPED_LINE = 40;
const MAX_WRAPPED_LINE = 100;
// Very long unbroken text is cut into blocks at sentence ends near this size, so the reader and anchors stay fast.
const MAX_BLOCK_CHARS = 4000;

/** Parses plain text or a pasted web clipping into a normalized document with metadata, headings and numbered paragraphs. */
export function parsePlainText(input: string, fallbackTitle: string): NormalizedDocument {
  const text = input.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const lines = text.split('\n');
  const header = readClippingHeader(lines);
  const bodyLines = header ? lines.slice(header.bodyStart) : lines;
  const drafts = blocksFromBody(bodyLines);

  let title = header?.title ?? '';
  if (!header) {
    const first = drafts[0];
    if (first && first.kind === 'heading') {
      title = first.text;
      drafts.shift();
    }
  }
  const inlineBullets = drafts.some((d) => d.kind === 'list-item');
  const { text: normalized, blocks } = buildBlocks(drafts);
  const meta: DocumentMeta = {
    title: title || fallbackTitle || firstWords(normalized),
    authors: [],
    lang: detectLanguage(normalized || title),
    tags: header?.labels ?? [],
  };
  if (header?.publisher) meta.publisher = header.publisher;
  if (header?.publishedAt) meta.publishedAt = header.publishedAt;
  return {
    kind: header || inlineBullets ? 'clipping' : 'text',
    text: normalized,
    blocks,
    meta,
    references: [],
    notices: [],
  };
}

interface ClippingHeader {
  labels: string[];
  title: string;
  publisher?: string;
  publishedAt?: string;
  bodyStart: number;
}

function readClippingHeader(lines: readonly string[]): ClippingHeader | null {
  const seen: { text: string; index: number }[] = [];
  for (let i = 0; i < lines.length && seen.length < HEADER_SEARCH_LINES; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const match = BYLINE.exec(line);
    if (match?.groups) {
      const g = match.groups;
      const date = `${g.y}-${pad(g.m)}-${pad(g.d)}`;
      const above = seen.map((s) => s.text).filter(isHeadingLike);
      const title = above.pop() ?? '';
      return {
        labels: above,
        title,
        publisher: (g.publisher ?? '').trim(),
        publishedAt: g.hh ? `${date}T${pad(g.hh)}:${g.mm}` : date,
        bodyStart: i + 1,
      };
    }
    seen.push({ text: line, index: i });
  }
  return null;
}

function pad(n: string | undefined): string {
  return (n ?? '').padStart(2, '0');
}

/** Whether a line reads as a heading rather than as prose. */
export function isHeadingLike(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_HEADING_CHARS || SENTENCE_END.test(t)) return false;
  if (parseCitationMarkers(t).length > 0) return false;
  return t.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

function blocksFromBody(lines: readonly string[]): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  for (const group of splitOnBlankLines(lines)) {
    for (const line of joinHardWraps(group)) {
      if (LEADING_BULLET.test(line)) drafts.push(...splitLongBlock({ kind: 'list-item', text: line.replace(LEADING_BULLET, '') }));
      else if (INLINE_BULLET.test(line) && line.split(INLINE_BULLET).length >= 3) drafts.push(...splitInlineBullets(line));
      else if (isHeadingLike(line)) drafts.push({ kind: 'heading', text: line, level: 2 });
      else drafts.push(...splitLongBlock({ kind: 'paragraph', text: line }));
    }
  }
  // A heading with nothing after it is prose that happened to be short.
  const last = drafts[drafts.length - 1];
  if (last && last.kind === 'heading' && drafts.length > 1) last.kind = 'paragraph';
  return drafts;
}

function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function joinHardWraps(group: readonly string[]): string[] {
  const wrapped =
    group.length >= 2 &&
    group.slice(0, -1).every((l) => l.length >= MIN_WRAPPED_LINE && l.length <= MAX_WRAPPED_LINE && !LEADING_BULLET.test(l));
  if (!wrapped) return [...group];
  return [group.reduce((acc, line) => joinWrapped(acc, line))];
}

function joinWrapped(a: string, b: string): string {
  // CJK text has no spaces between words, so a wrapped line is joined without one.
  const cjkJoin = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(a) && /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(b);
  return cjkJoin ? a + b : `${a} ${b}`;
}

function splitInlineBullets(line: string): DraftBlock[] {
  const segments = line.split(INLINE_BULLET).map((s) => s.trim()).filter((s) => s !== '');
  const drafts: DraftBlock[] = [];
  segments.forEach((segment, index) => {
    const { body, trailingHeading } = splitTrailingHeading(segment);
    if (index === 0 && isHeadingLike(body)) drafts.push({ kind: 'heading', text: body, level: 2 });
    else if (body !== '') drafts.push(...splitLongBlock({ kind: index === 0 ? 'paragraph' : 'list-item', text: body }));
    if (trailingHeading) drafts.push({ kind: 'heading', text: trailingHeading, level: 2 });
  });
  return drafts;
}

// In a collapsed clipping the next section's heading follows the last bullet's markers: `... [2][15] Group 1: Details`.
function splitTrailingHeading(segment: string): { body: string; trailingHeading?: string } {
  const groups = groupMarkers(segment, parseCitationMarkers(segment));
  const last = groups[groups.length - 1];
  if (!last) return { body: segment };
  const after = segment.slice(last.end).trim();
  if (after !== '' && isHeadingLike(after)) return { body: segment.slice(0, last.end).trim(), trailingHeading: after };
  return { body: segment };
}

function splitLongBlock(draft: DraftBlock): DraftBlock[] {
  if (draft.text.length <= MAX_BLOCK_CHARS) return [draft];
  const out: DraftBlock[] = [];
  let rest = draft.text;
  while (rest.length > MAX_BLOCK_CHARS) {
    const window = rest.slice(0, MAX_BLOCK_CHARS);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('。'), window.lastIndexOf('\n'));
    const at = cut > MAX_BLOCK_CHARS / 2 ? cut + 1 : MAX_BLOCK_CHARS;
    out.push({ ...draft, text: rest.slice(0, at) });
    rest = rest.slice(at);
  }
  if (rest.trim() !== '') out.push({ ...draft, text: rest });
  return out;
}

function firstWords(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line || 'Untitled';
}
