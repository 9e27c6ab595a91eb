import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWorkspaceFile, SourceSchema, ClaimSchema, CitationSchema, AnnotationSchema, BriefingSchema, recordIdProblem } from '../../../shared/model';
import { parseBriefingCompanion } from '../../../shared/briefing/briefing-companion';
import { importWebAnnotations } from '../../../shared/anchoring/import-web-annotations';
import { report, tally, withinBudget } from './fuzz-budget';

// Readers of files the user opens: each returns a value or its own clear error for any input, within its budget.
const READER_BUDGET_MS = 500;
const RUNS = 300;

const ids = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 8 }), fc.constant('\udfffclaim'), fc.constant('x'.repeat(300)));
const anyValue = fc.oneof(fc.anything(), ids);
const row = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length });

const SOURCE_KEYS = ['id', 'title', 'lang', 'authors', 'kind', 'contentHash', 'importedAt', 'importedFrom', 'tags', 'url', 'previousVersionId'];
const CLAIM_KEYS = ['id', 'text', 'status', 'tags', 'note', 'order', 'quantities', 'createdAt', 'updatedAt', 'originSourceId'];
const CITATION_KEYS = ['id', 'claimId', 'sourceId', 'locator', 'stance', 'resolved', 'createdAt', 'resolvedSourceId'];

const workspaceLike = fc.record({
  format: fc.oneof(fc.constant('footnote-workspace'), fc.string()),
  formatVersion: fc.oneof(fc.constant(1), fc.integer()),
  schemaVersion: fc.oneof(fc.constant(9), fc.anything()),
  workspace: anyValue,
  exportedAt: anyValue,
  tables: fc.record({
    sources: fc.array(row(SOURCE_KEYS), { maxLength: 3 }),
    sourceFiles: fc.array(anyValue, { maxLength: 2 }),
    texts: fc.array(anyValue, { maxLength: 2 }),
    annotations: fc.array(anyValue, { maxLength: 2 }),
    claims: fc.array(row(CLAIM_KEYS), { maxLength: 3 }),
    citations: fc.array(row(CITATION_KEYS), { maxLength: 3 }),
    briefings: fc.array(anyValue, { maxLength: 2 }),
    history: fc.array(anyValue, { maxLength: 2 }),
  }),
});

const jsonText = (value: fc.Arbitrary<unknown>) => fc.oneof(value.map((v) => JSON.stringify(v) ?? 'null'), fc.string({ unit: 'binary' }));

const tallies = [tally('workspace reader'), tally('companion reader'), tally('Web Annotation (JSON-LD) reader')];
afterAll(() => report(tallies));

describe('fuzzing the file readers', () => {
  it('the workspace reader refuses or returns only records that pass their schemas with valid ids', async () => {
    await fc.assert(
      fc.asyncProperty(jsonText(workspaceLike), async (text) => {
        const result = await withinBudget(tallies[0]!, READER_BUDGET_MS, () => parseWorkspaceFile(text));
        if (!result.ok) {
          expect(result.error).toMatch(/^This (file is not a Footnote workspace|workspace file is (damaged|inconsistent)|workspace was written by a newer)/);
          return;
        }
        // Nothing that would be a bad row in the database gets through.
        const t = result.value.tables;
        for (const s of t.sources) expect(SourceSchema.safeParse(s).success && recordIdProblem(s.id)).toBeNull();
        for (const c of t.claims) expect(ClaimSchema.safeParse(c).success && recordIdProblem(c.id)).toBeNull();
        for (const c of t.citations) expect(CitationSchema.safeParse(c).success).toBe(true);
        for (const a of t.annotations) expect(AnnotationSchema.safeParse(a).success).toBe(true);
        for (const b of t.briefings) expect(BriefingSchema.safeParse(b).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the companion reader refuses with its own message or returns a linked companion', async () => {
    const companionLike = fc.record({
      format: fc.oneof(fc.constant('footnote-briefing'), fc.string()),
      formatVersion: fc.oneof(fc.constant(1), fc.integer()),
      exportedAt: anyValue,
      briefing: fc.oneof(row(['id', 'title', 'audience', 'summary', 'citationStyle', 'sections', 'date', 'createdAt', 'updatedAt']), fc.anything()),
      claims: fc.array(row(CLAIM_KEYS), { maxLength: 3 }),
      citations: fc.array(row(CITATION_KEYS), { maxLength: 3 }),
      sources: fc.array(row(SOURCE_KEYS), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(jsonText(companionLike), async (text) => {
        const result = await withinBudget(tallies[1]!, READER_BUDGET_MS, () => parseBriefingCompanion(text));
        if (!result.ok) expect(result.error).toMatch(/^This (file is not a Footnote briefing companion|companion|briefing companion)|newer Footnote|damaged|inconsistent/);
      }),
      { numRuns: RUNS },
    );
  });

  it('the Web Annotation reader never throws, and every note it returns has a storable id', async () => {
    const selector = fc.oneof(
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string() }),
      fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer(), end: fc.integer() }),
      fc.anything(),
    );
    const annotation = fc.record({
      '@context': fc.oneof(fc.constant('http://www.w3.org/ns/anno.jsonld'), fc.anything()),
      id: fc.oneof(fc.webUrl(), ids.map((i) => `urn:uuid:${i}`), fc.anything()),
      type: fc.oneof(fc.constant('Annotation'), fc.anything()),
      target: fc.oneof(fc.record({ source: fc.oneof(fc.webUrl(), fc.string()), selector, styleClass: fc.string() }), fc.anything()),
      stylesheet: fc.oneof(fc.record({ type: fc.constant('CssStylesheet'), value: fc.string({ unit: 'binary' }) }), fc.anything()),
      body: fc.anything(),
    });
    const document = fc.oneof(annotation, fc.array(annotation, { maxLength: 4 }), fc.record({ '@context': fc.constant('http://www.w3.org/ns/anno.jsonld'), type: fc.constant('AnnotationCollection'), id: fc.webUrl(), first: fc.record({ items: fc.array(annotation, { maxLength: 3 }) }) }));
    await fc.assert(
      fc.asyncProperty(jsonText(document), async (text) => {
        const result = await withinBudget(tallies[2]!, READER_BUDGET_MS, () => importWebAnnotations(text, { now: '2026-11-30T00:00:00.000Z', defaultColour: 'yellow' }));
        if (result.ok) for (const note of result.notes) expect(recordIdProblem(note.id)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
