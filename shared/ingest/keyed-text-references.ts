import { isReferenceHeading } from './reference-heading';

/** A keyed reference entry read from preformatted text: `[HTTP]` and the lines indented under it. */
export interface KeyedTextEntry {
  key: string;
  text: string;
  url?: string;
}

/** The entries found, and each text with the entries' lines taken out (the rest stays body text). */
export interface KeyedTextReferences {
  entries: KeyedTextEntry[];
  texts: string[];
}

// An RFC's or Internet-Draft's section heading starts at the margin with its number ("17.1. Normative References").
const SECTION_HEADING = /^(?:\d+(?:\.\d+)*\.?|Appendix\s+[A-Z]\.?)\s+\S/u;
// An entry opens with its key, indented a little: "   [RFC2119]  Bradner, S., ..." or "   [HTTP]" alone on its line.
const KEY_LINE = /^\s{1,8}\[([\p{L}\p{N}][\p{L}\p{N} ._+-]{0,23})\](.*)$/u;
// Page furniture that a paginated RFC prints between the lines of one entry: the footer "de Jong   [Page 21]" and the
// header "Internet-Draft   remoteStorage   December 2014" (or "RFC 7231   HTTP/1.1   June 2014").
const PAGE_FOOTER = /\[Page \d+\]\s*$/u;
const PAGE_HEADER = /^(?:RFC \d+|Internet-Draft)\s{2,}\S/u;
const WEB_URL = /https?:\/\/[^\s<>"]{4,}/u;
// Fewer keyed lines than this under a reference heading is not a keyed list.
const MIN_ENTRIES = 2;

/**
 * Reads the keyed reference list of a plain-text document laid out as an RFC (one `<pre>` per page): under a heading
 * such as "17. References" or "17.1. Normative References", each `[KEY]` line and the indented lines after it are
 * one entry, across page breaks, until the next section heading. `texts` are the pages in order; the result gives
 * them back without the entries' lines, so an entry is never both body and reference.
 */
export function keyedTextReferences(texts: readonly string[]): KeyedTextReferences {
  const entries: KeyedTextEntry[] = [];
  const kept: string[] = [];
  let inReferences = false;
  let open: { key: string; lines: string[] } | null = null;
  const close = (): void => {
    if (open) entries.push(entryOf(open.key, open.lines));
    open = null;
  };
  for (const text of texts) {
    const lines: string[] = [];
    let took = false;
    for (const line of text.split('\n')) {
      if (SECTION_HEADING.test(line)) {
        close();
        inReferences = isReferenceHeading(line);
        lines.push(line);
        continue;
      }
      const key = inReferences && !isPageFurniture(line) ? KEY_LINE.exec(line) : null;
      if (key) {
        close();
        open = { key: key[1]?.trim() ?? '', lines: [(key[2] ?? '').trimStart()] };
        took = true;
      } else if (open && /^\s+\S/u.test(line) && !isPageFurniture(line)) {
        open.lines.push(line);
        took = true;
      } else {
        if (open && /^\S/u.test(line) && !isPageFurniture(line)) close();
        lines.push(line);
      }
    }
    // Where entries were taken out, the blank lines around them would stand as a gap of a page.
    kept.push(took ? lines.join('\n').replace(/\n(?:[ \t]*\n){2,}/gu, '\n\n') : lines.join('\n'));
  }
  close();
  return entries.length >= MIN_ENTRIES ? { entries, texts: kept } : { entries: [], texts: [...texts] };
}

function isPageFurniture(line: string): boolean {
  return PAGE_FOOTER.test(line) || PAGE_HEADER.test(line);
}

// A URL the page wrapped at the margin: it ends the line in "-" or "/", or the next line goes on with its path
// ("https://github.com/michielbdejong/resite/wiki" + "/Using-remoteStorage-for-web-authoring").
const URL_AT_LINE_END = /https?:\/\/\S*$/u;
const PATH_GOES_ON = /^\S*[/.]\S*/u;

function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const url = URL_AT_LINE_END.exec(text)?.[0];
    const wrapped = url !== undefined && (line.startsWith('/') || (/[-/]$/u.test(url) && PATH_GOES_ON.test(line)));
    text = text === '' ? line : `${text}${wrapped ? '' : ' '}${line}`;
  }
  return text;
}

function entryOf(key: string, lines: readonly string[]): KeyedTextEntry {
  const text = joinLines(lines).replace(/\s+/gu, ' ');
  const entry: KeyedTextEntry = { key, text };
  const url = withoutClosingPunctuation(WEB_URL.exec(text)?.[0]);
  if (url) entry.url = url;
  return entry;
}

// A URL at the end of a sentence or in parentheses is followed by punctuation that is not part of it.
function withoutClosingPunctuation(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let end = url.length;
  while (end > 0 && '.,;)'.includes(url.charAt(end - 1))) end--;
  return url.slice(0, end);
}
