// The truth about a saved Wikipedia page's notes, read straight from its HTML with no parser of ours involved: which
// entry each in-text marker links to, and that entry's text. Tests compare what Footnote stored and resolved with it.

/** A marker as the page shows it (`[17]`, `[n 11]`) and the text of the entry it links to. */
export interface PageNote {
  marker: string;
  id: string;
  text: string;
}

const MARKER_LINK = /<sup[^>]*class="reference"[^>]*>\s*<a href="#([^"]+)">([^<]+)<\/a>/gu;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', nbsp: ' ', '#39': "'" };

/** Every marker of the page with its entry's text, first occurrence of each marker; entries are found by id. */
export function pageNotes(html: string): Map<string, PageNote> {
  const notes = new Map<string, PageNote>();
  for (const match of html.matchAll(MARKER_LINK)) {
    const [, id = '', marker = ''] = match;
    if (notes.has(marker)) continue;
    const start = html.indexOf(`<li id="${id}"`);
    if (start < 0) continue;
    const end = html.indexOf('</li>', start);
    const item = html.slice(start, end);
    const body = item.includes('reference-text') ? item.slice(item.indexOf('reference-text')) : item;
    notes.set(marker, { marker, id, text: plain(body.replace(/^[^>]*>/u, '')) });
  }
  return notes;
}

/** Letters and digits only, lower-cased: what two renderings of one entry share whatever their spacing and punctuation. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function plain(html: string): string {
  return html
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&(#?\w+);/gu, (_, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ' '))
    .replace(/\s+/gu, ' ')
    .trim();
}
