import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../model/claim';
import { recordIdProblem } from '../model/record-id';
import type { AnchoredNote } from './anchored-note';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';
import { UUID_IRI_PREFIX } from './web-annotation';
import {
  ANNO_CONTEXT,
  AnnotationCollectionSchema,
  WebAnnotationSchema,
  describeIssues,
  hasType,
  namesAnnoContext,
  type WebAnnotationInput,
} from './web-annotation-schema';

/** What became of one annotation in an imported file. */
export type ImportItemReport =
  | { index: number; id?: string; status: 'imported'; warnings: string[] }
  | { index: number; id?: string; status: 'skipped'; kind: 'invalid' | 'unsupported' | 'duplicate'; reason: string; issues: string[] };

/** The outcome of reading a Web Annotation file: the notes it held and a report per annotation, or why the file as a whole was unreadable. */
export type WebAnnotationImport =
  | { ok: true; notes: AnchoredNote[]; items: ImportItemReport[]; warnings: string[] }
  | { ok: false; kind: 'invalid-json'; message: string }
  | { ok: false; kind: 'invalid-document'; message: string; issues: string[] };

/** Values for what a foreign annotation may leave out. */
export interface ImportOptions {
  /** ISO-8601 time used when an annotation states no `created`. */
  now: string;
  /** Colour for annotations that carry none. */
  defaultColour: string;
}

type Converted = { ok: true; note: AnchoredNote; warnings: string[] } | { ok: false; reason: string };

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text selectors usable on the whole text; a position inside a FragmentSelector is relative to the fragment and is not. */
function textSelectorsOf(selector: unknown, warnings: string[]): TextSelector[] {
  const found: TextSelector[] = [];
  for (const item of asList(selector)) {
    const quote = TextQuoteSelectorSchema.safeParse(item);
    const position = TextPositionSelectorSchema.safeParse(item);
    if (quote.success) found.push(quote.data);
    else if (position.success) found.push(position.data);
    else {
      const record = asRecord(item);
      const refinedQuotes = asList(record?.refinedBy).flatMap((r) => {
        const q = TextQuoteSelectorSchema.safeParse(r);
        return q.success ? [q.data] : [];
      });
      if (refinedQuotes.length > 0) {
        warnings.push(`the quote inside a ${String(record?.type)} was kept; the ${String(record?.type)} itself cannot be used in Footnote`);
        found.push(...refinedQuotes);
      }
    }
  }
  // One of each kind: Footnote anchors on the first quote and the first position.
  const quote = found.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = found.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  return [quote, position].filter((s): s is TextSelector => s !== undefined);
}

function sourceOf(target: Record<string, unknown>): string | undefined {
  if (typeof target.source === 'string') return target.source;
  const id = asRecord(target.source)?.id;
  return typeof id === 'string' ? id : undefined;
}

// The declarations that give a highlight its colour, in the order they are looked for.
const COLOUR_PROPERTIES = ['background-color', 'background', 'color'];

/**
 * The colour a stylesheet gives one class: the first colour declaration of a rule whose selector ends with the class.
 * Read by splitting on braces and semicolons, in one linear pass; the regex this replaces backtracked
 * quadratically and froze the main thread for 73 s on a crafted 1 MB stylesheet.
 */
export function stylesheetColour(css: string, className: string): string | undefined {
  const classSelector = `.${className}`;
  for (const rule of css.split('}')) {
    const open = rule.indexOf('{');
    if (open < 0) continue;
    const selectors = rule.slice(0, open).split(',').map((s) => s.trim());
    if (!selectors.some((s) => s.endsWith(classSelector))) continue;
    for (const declaration of rule.slice(open + 1).split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0 || !COLOUR_PROPERTIES.includes(declaration.slice(0, colon).trim().toLowerCase())) continue;
      const value = declaration.slice(colon + 1).trim();
      if (value) return value;
    }
  }
  return undefined;
}

function readColour(annotation: WebAnnotationInput, target: Record<string, unknown>): string | undefined {
  const css = asRecord(annotation.stylesheet)?.value;
  if (typeof css !== 'string') return undefined;
  for (const className of asList(target.styleClass)) {
    if (typeof className !== 'string') continue;
    const value = stylesheetColour(css, className);
    if (value) return value;
  }
  return undefined;
}

function readBodies(annotation: WebAnnotationInput, warnings: string[]): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  if (typeof annotation.bodyValue === 'string') notes.push(annotation.bodyValue);
  for (const body of asList(annotation.body)) {
    const record = asRecord(body);
    if (record && hasType(record.type, 'TextualBody') && typeof record.value === 'string') {
      if (record.purpose === 'tagging') tags.push(record.value);
      else notes.push(record.value);
      if (typeof record.format === 'string' && record.format !== 'text/plain') warnings.push(`a ${record.format} body was kept as plain text`);
    } else {
      warnings.push(`a body that is not text (${typeof body === 'string' ? body : String(record?.type ?? 'a resource')}) was not imported`);
    }
  }
  return { note: notes.join('\n\n'), tags };
}

function convert(annotation: WebAnnotationInput, options: ImportOptions): Converted {
  const warnings: string[] = [];
  const targets = asList(annotation.target);
  let chosen: { target: Record<string, unknown>; selectors: TextSelector[]; source: string } | undefined;
  for (const t of targets) {
    const target = asRecord(t);
    const source = target && sourceOf(target);
    if (!target || !source) continue;
    const selectors = textSelectorsOf(target.selector, warnings);
    if (selectors.length > 0) {
      chosen = { target, selectors, source };
      break;
    }
  }
  if (!chosen) return { ok: false, reason: 'no target with a TextQuoteSelector or TextPositionSelector, so there is no passage to anchor' };
  if (targets.length > 1) warnings.push(`only the first text target of ${targets.length} was imported`);
  const id = annotation.id.startsWith(UUID_IRI_PREFIX) ? annotation.id.slice(UUID_IRI_PREFIX.length) : annotation.id;
  const idProblem = recordIdProblem(id);
  if (idProblem) return { ok: false, reason: `its id cannot be stored: ${idProblem}` };
  const { note, tags } = readBodies(annotation, warnings);
  const created = annotation.created ?? options.now;
  return {
    ok: true,
    warnings,
    note: {
      id,
      sourceUri: chosen.source,
      selectors: chosen.selectors,
      note,
      tags,
      colour: readColour(annotation, chosen.target) ?? options.defaultColour,
      created,
      modified: annotation.modified ?? created,
    },
  };
}

interface Candidate {
  value: unknown;
  /** Standalone annotations must name the Web Annotation context; those embedded in a collection inherit it. */
  needsContext: boolean;
}

type Unpacked = { ok: true; candidates: Candidate[]; warnings: string[] } | { ok: false; message: string; issues: string[] };

function unpack(document: unknown): Unpacked {
  if (Array.isArray(document)) return { ok: true, candidates: document.map((value) => ({ value, needsContext: true })), warnings: [] };
  const record = asRecord(document);
  if (!record) return { ok: false, message: 'The file holds neither an annotation, a list of annotations, nor an AnnotationCollection.', issues: [] };
  if (!hasType(record.type, 'AnnotationCollection')) return { ok: true, candidates: [{ value: record, needsContext: true }], warnings: [] };

  const parsed = AnnotationCollectionSchema.safeParse(record);
  const issues = parsed.success ? [] : describeIssues(parsed.error);
  if (!namesAnnoContext(record['@context'])) issues.push(`@context: must be (or include) ${ANNO_CONTEXT}`);
  if (!parsed.success || issues.length > 0) return { ok: false, message: 'The AnnotationCollection is not valid.', issues };

  const warnings: string[] = [];
  const items: unknown[] = [...(parsed.data.items ?? [])];
  let page: unknown = parsed.data.first;
  while (page !== undefined) {
    const pageRecord = asRecord(page);
    if (!pageRecord) {
      // Offline by design: a page published elsewhere is named, not fetched.
      warnings.push(`the page ${String(page)} is not in the file and was not fetched`);
      break;
    }
    items.push(...asList(pageRecord.items));
    page = pageRecord.next;
  }
  return { ok: true, candidates: items.map((value) => ({ value, needsContext: false })), warnings };
}

type ParsedAnnotation = { success: true; data: WebAnnotationInput } | { success: false; issues: string[] };

function safeParseAnnotation(value: unknown): ParsedAnnotation {
  try {
    const parsed = WebAnnotationSchema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: describeIssues(parsed.error) };
  } catch {
    // Selectors and states nest (refinedBy); a file nested deep enough to exhaust the stack is reported, not thrown.
    return { success: false, issues: ['(whole item): nested too deeply to read'] };
  }
}

/**
 * Reads a Web Annotation file (one Annotation, a JSON array of them, or an AnnotationCollection with embedded
 * pages) into notes, reporting for each annotation whether it was imported, or skipped and why. Never throws.
 */
export function importWebAnnotations(json: string, options: ImportOptions): WebAnnotationImport {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (thrown) {
    return { ok: false, kind: 'invalid-json', message: `Not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}` };
  }
  const unpacked = unpack(document);
  if (!unpacked.ok) return { ok: false, kind: 'invalid-document', message: unpacked.message, issues: unpacked.issues };

  const notes: AnchoredNote[] = [];
  const items: ImportItemReport[] = [];
  const seen = new Set<string>();
  unpacked.candidates.forEach(({ value, needsContext }, index) => {
    const rawId = asRecord(value)?.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const parsed = safeParseAnnotation(value);
    const issues = parsed.success ? [] : parsed.issues;
    if (needsContext && !namesAnnoContext(asRecord(value)?.['@context'])) issues.unshift(`@context: must be (or include) ${ANNO_CONTEXT}`);
    if (!parsed.success || issues.length > 0) {
      items.push({ index, id, status: 'skipped', kind: 'invalid', reason: 'not a valid Web Annotation', issues });
      return;
    }
    if (seen.has(parsed.data.id)) {
      items.push({ index, id, status: 'skipped', kind: 'duplicate', reason: 'an annotation with this id appears earlier in the file', issues: [] });
      return;
    }
    seen.add(parsed.data.id);
    const converted = convert(parsed.data, options);
    if (!converted.ok) {
      items.push({ index, id, status: 'skipped', kind: 'unsupported', reason: converted.reason, issues: [] });
      return;
    }
    notes.push(converted.note);
    items.push({ index, id, status: 'imported', warnings: converted.warnings });
  });
  return { ok: true, notes, items, warnings: unpacked.warnings };
}
