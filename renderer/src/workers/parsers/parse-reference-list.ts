import { Cite, logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { documentFromCslItem, isCslItemList, plainReference, type CslItem } from '../../../../shared/ingest/csl-document';
import type { ReferenceListFormat, ReferenceListResult } from '../../../../shared/ingest/ingest-file';
import { repairRisTags } from '../../../../shared/ingest/ris-repair';
import { describeParserError } from '../../../../shared/ingest/plain-error-messages';
import { countNoun, NOUNS } from '../../../../shared/wording/count-noun';

// The input type is always forced: left to guess, citation-js would treat a line that looks like a URL or DOI as
// something to fetch from the network.
const INPUT_TYPES: Readonly<Record<ReferenceListFormat, string>> = {
  'csl-json': '@csl/list+object',
  // The BibLaTeX reader also reads plain BibTeX, and knows BibLaTeX's `date` and `journaltitle`.
  bibtex: '@biblatex/text',
  ris: '@ris/file',
};
// APA is what most analysts' readers expect; the CSL item is kept, so a briefing can format it in any style later.
const BIBLIOGRAPHY_OPTIONS = { format: 'text', template: 'apa', lang: 'en-US' };

/** Reads a CSL-JSON, BibTeX or RIS reference list with citation-js: one document of kind `reference` per entry, formatted in APA. */
export async function parseReferenceList(text: string, format: ReferenceListFormat): Promise<ReferenceListResult> {
  const notices: string[] = [];
  let source = text;
  if (format === 'ris') {
    const repaired = repairRisTags(text);
    source = repaired.text;
    const lines = repaired.repaired === 1 ? '1 nonstandard RIS line was' : `${repaired.repaired} nonstandard RIS lines were`;
    if (repaired.repaired > 0) notices.push(`${lines} repaired (such as “TY -  BOOK” or “TY  - Journal Article”); check the imported entries.`);
  }
  const input = format === 'csl-json' ? parseCslJson(source) : { ok: true as const, value: source };
  if (!input.ok) return input;
  let items = await read(input.value, format);
  if (!items.ok && format !== 'csl-json') {
    // One bad entry must not sink the file: read entry by entry, keep what reads, and say which were skipped.
    const byEntry = await readEntryByEntry(source, format);
    if (byEntry.value.length > 0) {
      items = { ok: true, value: byEntry.value };
      notices.push(describeSkippedEntries(byEntry.skipped, format));
    }
  }
  if (!items.ok) return items;
  const entries = items.value.filter(hasContent);
  const empty = items.value.length - entries.length;
  if (empty > 0) notices.push(`${empty} empty ${empty === 1 ? 'entry was' : 'entries were'} skipped.`);
  const docs = entries.map((item) => documentFromCslItem(item, formatReference(item)));
  // citation-js keeps every log line in memory for the life of the worker.
  logger._log.length = 0;
  return { ok: true, docs, notices };
}

function parseCslJson(text: string): { ok: true; value: CslItem[] } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isCslItemList(value)) return { ok: false, error: 'This JSON file is not a CSL-JSON reference list (an array of items with a type and title).' };
  return { ok: true, value: Array.isArray(value) ? value : [value] };
}

async function read(input: unknown, format: ReferenceListFormat): Promise<{ ok: true; value: CslItem[] } | { ok: false; error: string }> {
  try {
    const cite = await Cite.async(input, { forceType: INPUT_TYPES[format], generateGraph: false });
    return { ok: true, value: cite.data };
  } catch (error) {
    const name = format === 'ris' ? 'RIS' : format === 'bibtex' ? 'BibTeX' : 'CSL-JSON';
    return { ok: false, error: describeParserError(error, `this ${name} file`) };
  }
}

/** Splits a BibTeX file before each line that starts an entry (`@`), or a RIS file after each end-of-record line. */
export function splitReferenceEntries(text: string, format: 'bibtex' | 'ris'): { text: string; line: number }[] {
  const lines = text.split('\n');
  const entries: { text: string; line: number }[] = [];
  let current: string[] = [];
  let start = 1;
  const flush = (nextStart: number) => {
    if (current.some((l) => l.trim() !== '')) entries.push({ text: current.join('\n'), line: start });
    current = [];
    start = nextStart;
  };
  lines.forEach((line, i) => {
    if (format === 'bibtex' && line.trimStart().startsWith('@')) flush(i + 1);
    current.push(line);
    if (format === 'ris' && /^ER {2}-/u.test(line)) flush(i + 2);
  });
  flush(lines.length + 1);
  return entries;
}

async function readEntryByEntry(text: string, format: 'bibtex' | 'ris'): Promise<{ value: CslItem[]; skipped: { line: number; label: string }[] }> {
  const value: CslItem[] = [];
  const skipped: { line: number; label: string }[] = [];
  for (const entry of splitReferenceEntries(text, format)) {
    const read1 = await read(entry.text, format);
    if (read1.ok) value.push(...read1.value);
    else skipped.push({ line: entry.line, label: entry.text.trim().split('\n')[0]?.slice(0, 60) ?? '' });
  }
  return { value, skipped };
}

function describeSkippedEntries(skipped: readonly { line: number; label: string }[], format: 'bibtex' | 'ris'): string {
  const name = format === 'ris' ? 'RIS' : 'BibTeX';
  const list = skipped.slice(0, 5).map((s) => `line ${s.line}: “${s.label}”`).join('; ');
  const count = countNoun(skipped.length, NOUNS.entry);
  return `${count} of this ${name} file could not be read and ${skipped.length === 1 ? 'was' : 'were'} skipped (${list}${skipped.length > 5 ? '; …' : ''}). Fix ${skipped.length === 1 ? 'it' : 'them'} in your reference manager and import the file again; the entries already imported are recognised as duplicates.`;
}

// A record the parser could not make sense of comes back with nothing a reader could identify it by.
function hasContent(item: CslItem): boolean {
  return ['title', 'title-short', 'author', 'editor', 'DOI', 'URL', 'container-title', 'abstract', 'note', 'issued'].some((key) => item[key] !== undefined && item[key] !== '');
}

function formatReference(item: CslItem): string {
  try {
    const formatted = plugins.output.format('bibliography', [item], BIBLIOGRAPHY_OPTIONS);
    return typeof formatted === 'string' && formatted.trim() !== '' ? formatted : plainReference(item);
  } catch {
    return plainReference(item);
  }
}
