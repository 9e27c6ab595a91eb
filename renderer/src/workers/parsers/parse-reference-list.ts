import { Cite, logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { documentFromCslItem, isCslItemList, plainReference, type CslItem } from '../../../../shared/ingest/csl-document';
import type { ReferenceListFormat, ReferenceListResult } from '../../../../shared/ingest/ingest-file';
import { repairRisTags } from '../../../../shared/ingest/ris-repair';

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
  const items = await read(input.value, format);
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
    return { ok: false, error: `This ${name} file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
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
