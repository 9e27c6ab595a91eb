import { z } from 'zod';

// Validation of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) in its JSON-LD
// serialization: what the model says MUST hold for annotations, bodies, targets, selectors and states.
// Objects stay open (looseObject) because JSON-LD lets publishers add their own terms; only the model's own
// terms are checked. Values are kept as `unknown` shapes: the importer reads them with Footnote's schemas.

/** The JSON-LD context every Web Annotation document names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// Some publishers write the context over https; it names the same document.
const ANNO_CONTEXTS = new Set([ANNO_CONTEXT, 'https://www.w3.org/ns/anno.jsonld']);

// An IRI has a scheme and no spaces or characters IRIs forbid; "this is not a uri" has neither.
const IRI_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u;
// xsd:dateTime; the model asks for UTC (Z) but offsets are valid dateTimes.
const DATE_TIME_PATTERN = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/u;

const IRI_MESSAGE = 'must be one IRI, such as http://example.org/x or urn:uuid:…';
const DATE_TIME_MESSAGE = 'must be one xsd:dateTime, such as 2015-01-28T12:00:00Z';
const Iri = z.string({ error: IRI_MESSAGE }).regex(IRI_PATTERN, { error: IRI_MESSAGE });
const DateTime = z.string({ error: DATE_TIME_MESSAGE }).regex(DATE_TIME_PATTERN, { error: DATE_TIME_MESSAGE });
const Types = z.union([z.string(), z.array(z.string())], { error: 'must be a type name or a list of them' });
const OpenObject = z.looseObject({});

/** A term the model lets hold one value or several; `what` names one value for the error message. */
function oneOrMany<T extends z.ZodType>(schema: T, what: string) {
  return z.union([schema, z.array(schema)], { error: `must be ${what}, or a list of them` });
}

function typesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** True when a JSON-LD `type` value is, or includes, `name`. */
export function hasType(value: unknown, name: string): boolean {
  return typesOf(value).includes(name);
}

/** True when `@context` is, or includes, the Web Annotation context. */
export function namesAnnoContext(context: unknown): boolean {
  const entries = Array.isArray(context) ? context : [context];
  return entries.some((c) => typeof c === 'string' && ANNO_CONTEXTS.has(c));
}

const Agent = z.union(
  [
    Iri,
    z.looseObject({
      id: Iri.optional(),
      type: Types.optional(),
      name: oneOrMany(z.string(), 'a string').optional(),
      nickname: z.string().optional(),
      email: oneOrMany(Iri, 'an IRI').optional(),
      homepage: oneOrMany(Iri, 'an IRI').optional(),
    }),
  ],
  { error: 'must be an IRI or an Agent object' },
);

const Offsets = z
  .looseObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { error: 'end must not come before start', path: ['end'] });

// The term-specific requirements of each selector and state class. A `refinedBy` may be either kind.
const REFINEMENT_SHAPES: Record<string, z.ZodType> = {
  TextQuoteSelector: z.looseObject({ exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() }),
  TextPositionSelector: Offsets,
  DataPositionSelector: Offsets,
  FragmentSelector: z.looseObject({ value: z.string(), conformsTo: Iri.optional() }),
  CssSelector: z.looseObject({ value: z.string() }),
  XPathSelector: z.looseObject({ value: z.string() }),
  SvgSelector: z
    .looseObject({ value: z.string().optional(), id: Iri.optional() })
    .refine((s) => s.value !== undefined || s.id !== undefined, { error: 'needs a value or an id' }),
  RangeSelector: z.looseObject({ get startSelector() { return Refinement; }, get endSelector() { return Refinement; } }),
  TimeState: z.looseObject({
    sourceDate: oneOrMany(DateTime, 'an xsd:dateTime').optional(),
    sourceDateStart: DateTime.optional(),
    sourceDateEnd: DateTime.optional(),
    cached: oneOrMany(Iri, 'an IRI').optional(),
  }),
  HttpRequestState: z.looseObject({ value: z.string() }),
};

/** A Selector or State object, checked against its class's requirements (unknown classes are let through). */
const Refinement: z.ZodType = z.lazy(() =>
  z.union([Iri, z.looseObject({ type: Types.optional(), refinedBy: oneOrMany(Refinement, 'a Selector or State').optional() })]).superRefine((value, ctx) => {
    if (typeof value === 'string') return;
    for (const type of typesOf(value.type)) {
      const shape = REFINEMENT_SHAPES[type];
      const checked = shape?.safeParse(value);
      for (const issue of checked?.success === false ? checked.error.issues : []) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
    }
  }),
);

const COMPOSITE_TYPES = ['Choice', 'Composite', 'List', 'Independents'];

const ResourceObject: z.ZodType = z
  .looseObject({
    id: Iri.optional(),
    type: Types.optional(),
    format: z.string().optional(),
    language: oneOrMany(z.string(), 'a language tag').optional(),
    processingLanguage: z.string().optional(),
    textDirection: z.enum(['ltr', 'rtl', 'auto']).optional(),
    purpose: z.string().optional(),
    creator: oneOrMany(Agent, 'an IRI or an Agent object').optional(),
    created: DateTime.optional(),
    modified: DateTime.optional(),
    rights: oneOrMany(Iri, 'an IRI').optional(),
    accessibility: oneOrMany(z.string(), 'a string').optional(),
    // SpecificResource terms.
    get source() { return Resource.optional(); },
    selector: oneOrMany(Refinement, 'a Selector').optional(),
    state: oneOrMany(Refinement, 'a State').optional(),
    styleClass: oneOrMany(z.string(), 'a class name').optional(),
    scope: oneOrMany(z.union([Iri, OpenObject]), 'an IRI or a resource').optional(),
    renderedVia: oneOrMany(z.union([Iri, OpenObject]), 'an IRI or a resource').optional(),
    get items() { return z.array(Resource).optional(); },
  })
  .superRefine((r, ctx) => {
    const types = typesOf(r.type);
    if (types.includes('TextualBody')) {
      if (typeof r.value !== 'string') ctx.addIssue({ code: 'custom', message: 'a TextualBody needs one string value', path: ['value'] });
    } else if (types.some((t) => COMPOSITE_TYPES.includes(t))) {
      if (types.filter((t) => COMPOSITE_TYPES.includes(t)).length > 1) ctx.addIssue({ code: 'custom', message: 'may be only one of Choice, Composite, List, Independents', path: ['type'] });
      if (!Array.isArray(r.items) || r.items.length === 0) ctx.addIssue({ code: 'custom', message: `a ${types.join('/')} needs a list of items`, path: ['items'] });
    } else if (types.includes('SpecificResource') || r.source !== undefined || r.selector !== undefined) {
      if (r.source === undefined) ctx.addIssue({ code: 'custom', message: 'a SpecificResource needs a source', path: ['source'] });
    } else if (r.id === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a resource needs an id (or a value, source or items)', path: ['id'] });
    }
  });

/** A body or target: an IRI or a resource object. */
const Resource: z.ZodType = z.lazy(() => z.union([Iri, ResourceObject], { error: 'must be an IRI or a resource object' }));

/** One Web Annotation, as the model requires it (the `@context` is checked by the caller: embedded annotations omit it). */
export const WebAnnotationSchema = z
  .looseObject({
    '@context': z.unknown().optional(),
    id: Iri,
    type: Types.refine((t) => hasType(t, 'Annotation'), { error: 'must be "Annotation"' }),
    motivation: oneOrMany(z.string(), 'a motivation').optional(),
    creator: oneOrMany(Agent, 'an IRI or an Agent object').optional(),
    created: DateTime.optional(),
    modified: DateTime.optional(),
    generator: oneOrMany(Agent, 'an IRI or an Agent object').optional(),
    generated: DateTime.optional(),
    rights: oneOrMany(Iri, 'an IRI').optional(),
    via: oneOrMany(Iri, 'an IRI').optional(),
    canonical: Iri.optional(),
    audience: oneOrMany(z.union([Iri, OpenObject]), 'an IRI or an Audience object').optional(),
    stylesheet: z.union([Iri, z.looseObject({ id: Iri.optional(), type: Types.optional(), value: z.string().optional() })]).optional(),
    body: oneOrMany(Resource, 'an IRI or a resource object').optional(),
    bodyValue: z.string().optional(),
    target: oneOrMany(Resource, 'an IRI or a resource object'),
  })
  .refine((a) => a.body === undefined || a.bodyValue === undefined, { error: 'must not have both body and bodyValue', path: ['bodyValue'] });

/** A validated Web Annotation. */
export type WebAnnotationInput = z.infer<typeof WebAnnotationSchema>;

const AnnotationPage = z.looseObject({
  id: Iri.optional(),
  type: Types.optional(),
  items: z.array(z.unknown()),
  startIndex: z.number().int().nonnegative().optional(),
  get next() { return z.union([Iri, AnnotationPage]).optional(); },
});

/** An AnnotationCollection; its annotations are validated one by one so a bad one does not sink the file. */
export const AnnotationCollectionSchema = z.looseObject({
  // Checked by the caller with namesAnnoContext, for one clear message whether it is absent or wrong.
  '@context': z.unknown().optional(),
  id: Iri,
  type: Types.refine((t) => hasType(t, 'AnnotationCollection'), { error: 'must be "AnnotationCollection"' }),
  label: oneOrMany(z.string(), 'a string').optional(),
  total: z.number().int().nonnegative().optional(),
  first: z.union([Iri, AnnotationPage]).optional(),
  last: z.union([Iri, OpenObject]).optional(),
  items: z.array(z.unknown()).optional(),
});

/** A validated AnnotationCollection. */
export type AnnotationCollectionInput = z.infer<typeof AnnotationCollectionSchema>;

/** The issues of a failed parse as `path: message` lines, for an import report. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(whole item)'}: ${issue.message}`);
}
