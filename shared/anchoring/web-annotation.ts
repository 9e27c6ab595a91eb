import type { AnchoredNote } from './anchored-note';
import type { TextSelector } from './selectors';
import { ANNO_CONTEXT } from './web-annotation-schema';

/** The media type to save an export under, as the Web Annotation protocol names it. */
export const WEB_ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** A bare UUID (Footnote's ids) becomes an IRI this way on export, and back on import. */
export const UUID_IRI_PREFIX = 'urn:uuid:';
// Highlight colours travel as a CSS class on the target plus a small stylesheet, as the model provides for styling.
const COLOUR_CLASS_PREFIX = 'footnote-colour-';
// Only plain colour values go into CSS, so an odd colour string cannot break or inject into the stylesheet.
const SAFE_CSS_COLOUR = /^[#a-zA-Z0-9(),.%\s-]+$/u;

/** A TextualBody: the note, or one tag. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One exported Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: TextSelector[]; styleClass?: string };
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

/** An exported AnnotationCollection with all its annotations on one embedded page. */
export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** How to name an exported collection. */
export interface ExportOptions {
  /** An IRI for the collection, e.g. `urn:uuid:…` freshly made by the caller. */
  id: string;
  label?: string;
}

function noteIri(id: string): string {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/u.test(id) ? id : `${UUID_IRI_PREFIX}${id}`;
}

function colourClass(colour: string): string {
  return COLOUR_CLASS_PREFIX + (colour.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'default');
}

/** Converts one note to a Web Annotation (without `@context`, as it sits inside a collection). */
export function toWebAnnotation(note: AnchoredNote): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.note !== '') body.push({ type: 'TextualBody', value: note.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const annotation: WebAnnotation = {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: note.note !== '' ? 'commenting' : note.tags.length > 0 ? 'tagging' : 'highlighting',
    created: note.created,
    modified: note.modified,
    target: { source: note.sourceUri, selector: note.selectors.map((s) => ({ ...s })) },
  };
  if (body.length > 0) annotation.body = body;
  if (note.colour !== '' && SAFE_CSS_COLOUR.test(note.colour)) {
    const className = colourClass(note.colour);
    annotation.target.styleClass = className;
    annotation.stylesheet = { type: 'CssStylesheet', value: `.${className} { background-color: ${note.colour} }` };
  }
  return annotation;
}

/** Exports notes as one W3C Web Annotation AnnotationCollection (JSON-LD), in the order given. */
export function exportWebAnnotations(notes: readonly AnchoredNote[], options: ExportOptions): WebAnnotationCollection {
  const collection: WebAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    total: notes.length,
    first: { id: `${options.id}#page1`, type: 'AnnotationPage', startIndex: 0, items: notes.map(toWebAnnotation) },
  };
  if (options.label !== undefined) collection.label = options.label;
  return collection;
}
