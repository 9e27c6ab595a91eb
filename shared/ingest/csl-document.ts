import { buildBlocks } from './build-blocks';
import { documentLanguage } from './document-language';
import type { DocumentMeta, NormalizedDocument } from './normalized-document';
import { webUrl } from './web-url';

/** One CSL-JSON item, as citation-js and reference managers write it. */
export type CslItem = Record<string, unknown>;

// An abstract longer than this is cut for the excerpt; the whole item stays in `meta.csl`.
const MAX_EXCERPT_CHARS = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a parsed JSON value is a CSL-JSON item list (or a single item): objects with a CSL `type`, `title` or `id`. */
export function isCslItemList(value: unknown): value is CslItem[] {
  const items = Array.isArray(value) ? value : [value];
  return items.length > 0 && items.every((item) => isRecord(item) && (typeof item.type === 'string' || typeof item.title === 'string' || typeof item.id === 'string' || typeof item.id === 'number'));
}

/** A reference-list entry as a source of kind `reference`: its metadata, one paragraph holding the formatted reference, and the CSL item itself. */
export function documentFromCslItem(item: CslItem, formatted: string): NormalizedDocument {
  const text = formatted.replace(/\s+/gu, ' ').trim() || plainReference(item);
  const { text: normalized, blocks } = buildBlocks([{ kind: 'paragraph', text }]);
  const title = cslTitle(item);
  const meta: DocumentMeta = {
    title,
    authors: cslNames(item.author).length > 0 ? cslNames(item.author) : cslNames(item.editor),
    lang: documentLanguage(stringField(item, 'language'), `${title} ${text}`),
    tags: [],
    csl: item,
  };
  const publisher = stringField(item, 'container-title') ?? stringField(item, 'publisher');
  if (publisher) meta.publisher = publisher;
  const issued = cslDate(item.issued);
  if (issued) meta.publishedAt = issued;
  const url = webUrl(stringField(item, 'URL')) ?? doiUrl(stringField(item, 'DOI'));
  if (url) meta.url = url;
  const abstract = stringField(item, 'abstract');
  if (abstract) meta.excerpt = cut(abstract.replace(/\s+/gu, ' '), MAX_EXCERPT_CHARS);
  return { kind: 'reference', text: normalized, blocks, meta, references: [], notices: [] };
}

/** A plain "Authors (year). Title. Container." line, for when no citation style could format the item. */
export function plainReference(item: CslItem): string {
  const authors = cslNames(item.author).join(', ');
  const year = cslDate(item.issued)?.slice(0, 4);
  const parts = [authors && year ? `${authors} (${year})` : authors || year, cslTitle(item), stringField(item, 'container-title') ?? stringField(item, 'publisher')];
  return parts.filter((p): p is string => Boolean(p)).map((p) => p.replace(/(?<![.\s])[.\s]+$/u, '')).join('. ') + '.';
}

function cslTitle(item: CslItem): string {
  const doi = stringField(item, 'DOI');
  return stringField(item, 'title') ?? stringField(item, 'title-short') ?? stringField(item, 'container-title') ?? (doi ? `doi:${doi}` : 'Untitled reference');
}

/** CSL names as people write them: "Given Family", or "FamilyGiven" for Chinese, Japanese and Korean names. */
export function cslNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const name of value) {
    if (!isRecord(name)) continue;
    const literal = typeof name.literal === 'string' ? name.literal.trim() : '';
    const family = typeof name.family === 'string' ? name.family.trim() : '';
    const given = typeof name.given === 'string' ? name.given.trim() : '';
    const whole = literal || (CJK.test(family + given) ? family + given : [given, family].filter((p) => p !== '').join(' '));
    if (whole) names.push(whole);
  }
  return names;
}

/** A CSL date (`{"date-parts": [[2014, 3, 5]]}`) as precisely as it is known: `2014`, `2014-03` or `2014-03-05`. */
export function cslDate(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const parts = value['date-parts'];
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  if (Array.isArray(first)) {
    const [y, m, d] = first.map((p) => Number(p));
    if (y === undefined || !Number.isInteger(y) || y <= 0) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (m === undefined || !Number.isInteger(m) || m < 1 || m > 12) return String(y);
    if (d === undefined || !Number.isInteger(d) || d < 1 || d > 31) return `${y}-${pad(m)}`;
    return `${y}-${pad(m)}-${pad(d)}`;
  }
  const raw = typeof value.raw === 'string' ? value.raw : typeof value.literal === 'string' ? value.literal : '';
  return /^\d{4}/u.exec(raw.trim())?.[0];
}

function doiUrl(doi: string | undefined): string | undefined {
  const bare = doi?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/iu, '');
  return bare && /^10\.\d{4,9}\/\S+$/u.test(bare) ? `https://doi.org/${bare}` : undefined;
}

function stringField(item: CslItem, key: string): string | undefined {
  const value = item[key];
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max);
  return `${text.slice(0, at > max / 2 ? at : max)}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
