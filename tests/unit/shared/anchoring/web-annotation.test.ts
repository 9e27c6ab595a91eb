import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_DIR, readSharedText } from '../fixture-paths';
import { exportWebAnnotations } from '../../../../shared/anchoring/web-annotation';
import { importWebAnnotations, stylesheetColour, type WebAnnotationImport } from '../../../../shared/anchoring/import-web-annotations';
import { AnchoredNoteSchema, type AnchoredNote } from '../../../../shared/anchoring/anchored-note';

const OPTIONS = { now: '2026-01-01T00:00:00.000Z', defaultColour: 'yellow' };
const EXAMPLES = 'corpus/web-annotation/model/wd2/examples';

function examples(kind: 'correct' | 'incorrect'): string[] {
  return readdirSync(resolve(SHARED_DIR, EXAMPLES, kind)).filter((f) => f.endsWith('.json')).sort();
}

function importExample(kind: 'correct' | 'incorrect', file: string): WebAnnotationImport {
  return importWebAnnotations(readSharedText(`${EXAMPLES}/${kind}/${file}`), OPTIONS);
}

const NOTE: AnchoredNote = {
  id: '6f1c2a52-2d8e-4c38-9b1a-0d7c7b3f1e11',
  sourceUri: 'urn:footnote:source:5e0e',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'reduced latency by twelve percent', prefix: 'Team Alpha ', suffix: ' after moving' },
    { type: 'TextPositionSelector', start: 41, end: 74 },
  ],
  note: 'Check against the March figures.',
  tags: ['latency', 'q1'],
  colour: '#ffeb3b',
  created: '2026-02-03T10:00:00.000Z',
  modified: '2026-02-04T11:30:00.000Z',
};

describe('exportWebAnnotations', () => {
  it('writes an AnnotationCollection with one embedded page of annotations', () => {
    const out = exportWebAnnotations([NOTE], { id: 'urn:uuid:0b0b6a7e-1111-4c1c-8d8d-000000000001', label: 'Report annotations' });
    expect(out).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Report annotations',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(out.first.items[0]).toEqual({
      id: `urn:uuid:${NOTE.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: NOTE.created,
      modified: NOTE.modified,
      body: [
        { type: 'TextualBody', value: NOTE.note, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'latency', purpose: 'tagging' },
        { type: 'TextualBody', value: 'q1', purpose: 'tagging' },
      ],
      target: { source: NOTE.sourceUri, selector: NOTE.selectors, styleClass: 'footnote-colour-ffeb3b' },
      stylesheet: { type: 'CssStylesheet', value: '.footnote-colour-ffeb3b { background-color: #ffeb3b }' },
    });
  });

  it('chooses the motivation from what the note holds', () => {
    const [highlight, tagged] = exportWebAnnotations([{ ...NOTE, note: '', tags: [] }, { ...NOTE, note: '', tags: ['x'] }], { id: 'urn:x:1' }).first.items;
    expect(highlight?.motivation).toBe('highlighting');
    expect(highlight?.body).toBeUndefined();
    expect(tagged?.motivation).toBe('tagging');
  });

  it('keeps a colour that is not a plain CSS value out of the stylesheet', () => {
    const [item] = exportWebAnnotations([{ ...NOTE, colour: 'red } body { display: none' }], { id: 'urn:x:1' }).first.items;
    expect(item?.stylesheet).toBeUndefined();
    expect(item?.target.styleClass).toBeUndefined();
  });
});

describe('export then import', () => {
  it('round-trips a note exactly', () => {
    const json = JSON.stringify(exportWebAnnotations([NOTE], { id: 'urn:x:1' }));
    const result = importWebAnnotations(json, OPTIONS);
    expect(result).toMatchObject({ ok: true, notes: [NOTE], items: [{ status: 'imported', warnings: [] }] });
  });

  it('round-trips any notes (property)', () => {
    const iso = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    const quote = fc.record(
      { type: fc.constant('TextQuoteSelector' as const), exact: fc.string({ minLength: 1 }), prefix: fc.string(), suffix: fc.string() },
      { requiredKeys: ['type', 'exact'] },
    );
    const position = fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ type: 'TextPositionSelector' as const, start: Math.min(a, b), end: Math.max(a, b) }));
    const note: fc.Arbitrary<AnchoredNote> = fc.record({
      id: fc.uuid(),
      sourceUri: fc.oneof(fc.webUrl(), fc.uuid().map((u) => `urn:footnote:source:${u}`)),
      selectors: fc.oneof(quote.map((q) => [q]), position.map((p) => [p]), fc.tuple(quote, position).map(([q, p]) => [q, p])),
      note: fc.string(),
      tags: fc.array(fc.string()),
      colour: fc.constantFrom('yellow', '#ffeb3b', 'rgb(255, 200, 0)', 'hsl(120 50% 50%)', 'light-blue'),
      created: iso,
      modified: iso,
    });
    fc.assert(
      fc.property(fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 5 }), (notes) => {
        const result = importWebAnnotations(JSON.stringify(exportWebAnnotations(notes, { id: 'urn:x:collection' })), OPTIONS);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.notes).toEqual(notes);
        for (const n of result.notes) expect(AnchoredNoteSchema.safeParse(n).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('importWebAnnotations on the W3C examples', () => {
  const WITH_TEXT_SELECTORS = ['anno23.json', 'anno24.json', 'anno29.json'];

  it.each(examples('correct'))('correct/%s is read without error, and imported if it has text selectors', (file) => {
    const result = importExample('correct', file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.status === 'imported' || item.kind === 'unsupported').toBe(true);
      if (item.status === 'skipped') expect(item.reason).toMatch(/TextQuoteSelector or TextPositionSelector/);
    }
    if (file !== 'collection1.json') {
      expect(result.items[0]?.status).toBe(WITH_TEXT_SELECTORS.includes(file) ? 'imported' : 'skipped');
    }
  });

  it('imports the text-selector examples as notes', () => {
    const notes = WITH_TEXT_SELECTORS.map((f) => {
      const r = importExample('correct', f);
      return r.ok ? r.notes[0] : undefined;
    });
    expect(notes[0]).toMatchObject({
      id: 'http://example.org/anno23',
      sourceUri: 'http://example.org/page1',
      selectors: [{ type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' }],
      colour: 'yellow',
      created: OPTIONS.now,
    });
    expect(notes[1]?.selectors).toEqual([{ type: 'TextPositionSelector', start: 412, end: 795 }]);
    // anno29's quote refines a FragmentSelector; the quote is kept, with a warning that the fragment is not.
    expect(notes[2]?.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'Selected Text', prefix: 'text before the ', suffix: ' and text after it' }]);
  });

  it('imports the three text annotations of the example collection and says why it skipped the other 40', () => {
    const result = importExample('correct', 'collection1.json');
    if (!result.ok) throw new Error('collection1 should be readable');
    expect(result.notes.map((n) => n.id)).toEqual(['http://example.org/anno23', 'http://example.org/anno24', 'http://example.org/anno29']);
    expect(result.items).toHaveLength(43);
    expect(result.items.filter((i) => i.status === 'skipped' && i.kind === 'unsupported')).toHaveLength(40);
  });

  const incorrect = examples('incorrect');

  it('reports the 17 files that are not JSON as JSON errors', () => {
    const notJson = incorrect.filter((f) => {
      const r = importExample('incorrect', f);
      return !r.ok && r.kind === 'invalid-json';
    });
    expect(notJson).toHaveLength(17);
  });

  // Each example's label names its fault; the report must name the term at fault.
  const FAULT: Record<string, string> = {
    'anno2.json': 'target', 'anno3.json': '@context', 'anno4.json': '@context', 'anno5.json': '@context',
    'anno6.json': 'id', 'anno7.json': 'id', 'anno8.json': 'type', 'anno9.json': 'type', 'anno11.json': 'target',
    'anno26.json': 'creator', 'anno27.json': 'generator', 'anno28.json': 'created', 'anno29.json': 'modified',
    'anno30.json': 'generated', 'anno31.json': 'modified', 'anno32.json': 'created', 'anno33.json': 'generated',
    'anno34.json': 'rights', 'anno35.json': 'via', 'anno36.json': 'canonical', 'anno38.json': 'target.selector.value',
    'anno39.json': 'target.selector.value', 'anno40.json': 'target.selector.conformsTo',
  };

  it.each(incorrect)('incorrect/%s is never accepted', (file) => {
    const result = importExample('incorrect', file);
    if (!result.ok) {
      expect(result.kind).toBe('invalid-json');
      expect(FAULT[file]).toBeUndefined();
      return;
    }
    expect(result.notes).toEqual([]);
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item).toMatchObject({ status: 'skipped', kind: 'invalid' });
    if (item?.status !== 'skipped') return;
    expect(item.issues.some((issue) => issue.startsWith(`${FAULT[file]}:`))).toBe(true);
  });
});

describe('importWebAnnotations: shapes and failures', () => {
  const annotation = (id: string, extra: Record<string, unknown> = {}) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    bodyValue: 'A comment',
    target: { source: 'http://example.org/page', selector: { type: 'TextQuoteSelector', exact: 'quoted' } },
    ...extra,
  });

  it('accepts a bare array of annotations, reporting each', () => {
    const result = importWebAnnotations(JSON.stringify([annotation('urn:a:1'), { nonsense: true }, annotation('urn:a:1')]), OPTIONS);
    expect(result).toMatchObject({
      ok: true,
      notes: [{ id: 'urn:a:1', note: 'A comment' }],
      items: [{ status: 'imported' }, { status: 'skipped', kind: 'invalid' }, { status: 'skipped', kind: 'duplicate' }],
    });
  });

  it('accepts a collection with items directly, and says it did not fetch external pages', () => {
    const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:c:1', type: 'AnnotationCollection', items: [annotation('urn:a:2')], first: 'http://example.org/page2' };
    const result = importWebAnnotations(JSON.stringify(collection), OPTIONS);
    expect(result).toMatchObject({ ok: true, notes: [{ id: 'urn:a:2' }] });
    expect(result.ok && result.warnings).toEqual(['the page http://example.org/page2 is not in the file and was not fetched']);
  });

  it('follows embedded next pages', () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:c:1', type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation('urn:a:3')], next: { type: 'AnnotationPage', items: [annotation('urn:a:4')] } },
    };
    const result = importWebAnnotations(JSON.stringify(collection), OPTIONS);
    expect(result.ok && result.notes.map((n) => n.id)).toEqual(['urn:a:3', 'urn:a:4']);
  });

  it('reports rather than throws on absurdly nested selectors', () => {
    // Written out by hand: JSON.stringify itself recurses and would overflow first.
    const depth = 20_000;
    const selector = `${'{"type":"FragmentSelector","value":"p","refinedBy":'.repeat(depth)}{"type":"TextQuoteSelector","exact":"x"}${'}'.repeat(depth)}`;
    const json = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:a:deep","type":"Annotation","target":{"source":"http://example.org/page","selector":${selector}}}`;
    const result = importWebAnnotations(json, OPTIONS);
    expect(result).toMatchObject({ ok: true, notes: [], items: [{ status: 'skipped', kind: 'invalid', issues: ['(whole item): nested too deeply to read'] }] });
  });

  it('rejects a file that is JSON but no annotation document, and an invalid collection, as a whole', () => {
    expect(importWebAnnotations('42', OPTIONS)).toMatchObject({ ok: false, kind: 'invalid-document' });
    const bad = importWebAnnotations(JSON.stringify({ type: 'AnnotationCollection', id: 'urn:c:1', items: [] }), OPTIONS);
    expect(bad).toMatchObject({ ok: false, kind: 'invalid-document' });
    expect(!bad.ok && bad.kind === 'invalid-document' && bad.issues).toEqual(['@context: must be (or include) http://www.w3.org/ns/anno.jsonld']);
  });

  it('drops a position that is relative to a fragment, and says what it did with bodies it cannot hold', () => {
    const body = ['http://example.org/audio.mp3', { type: 'TextualBody', value: '<b>bold</b>', format: 'text/html' }];
    const relative = annotation('urn:a:5', {
      bodyValue: undefined,
      body,
      target: { source: 'http://example.org/page', selector: { type: 'FragmentSelector', value: 'para5', refinedBy: { type: 'TextPositionSelector', start: 1, end: 4 } } },
    });
    const result = importWebAnnotations(JSON.stringify(relative), OPTIONS);
    expect(result).toMatchObject({ ok: true, notes: [], items: [{ status: 'skipped', kind: 'unsupported' }] });
    const withQuote = annotation('urn:a:6', { bodyValue: undefined, body });
    const imported = importWebAnnotations(JSON.stringify(withQuote), OPTIONS);
    expect(imported).toMatchObject({ ok: true, notes: [{ note: '<b>bold</b>' }] });
    expect(imported.ok && imported.items[0]?.status === 'imported' && imported.items[0].warnings).toEqual([
      'a body that is not text (http://example.org/audio.mp3) was not imported',
      'a text/html body was kept as plain text',
    ]);
  });
});

describe('stylesheet colours from imported annotations', () => {
  it('finds the colour of a class in ordinary stylesheets', () => {
    expect(stylesheetColour('.a { color: red } .footnote-colour-ffeb3b { background-color: #ffeb3b }', 'footnote-colour-ffeb3b')).toBe('#ffeb3b');
    expect(stylesheetColour('span.hl, .other{font-weight:bold;background: rgb(1, 2, 3)}', 'hl')).toBe('rgb(1, 2, 3)');
    expect(stylesheetColour('.hl { font-weight: bold }', 'hl')).toBeUndefined();
    expect(stylesheetColour('.hl-other { color: red }', 'hl')).toBeUndefined();
  });

  it('reads a crafted 1 MB stylesheet in linear time (the old regex took 73 s)', () => {
    // recheck's attack string for the old pattern, grown to 1 MB.
    const css = `${'ackground:.cls{'.repeat(70_000)}ackground:r}.cls{color:n`;
    const started = performance.now();
    expect(stylesheetColour(css, 'cls')).toBe('n');
    expect(stylesheetColour(`${'.cls{color'.repeat(100_000)}`, 'cls')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('imports a 1 MB file of annotations with hostile stylesheets within a second', () => {
    const stylesheet = { type: 'CssStylesheet', value: `${'.c{background-color'.repeat(55_000)}` };
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0d3c5a4e-8a41-4a0f-9d5e-3b1f2a6c7d8e',
      type: 'Annotation',
      stylesheet,
      target: { source: 'https://example.org/page', styleClass: 'c', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    });
    expect(file.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const result = importWebAnnotations(file, { now: '2026-11-30T00:00:00.000Z', defaultColour: 'yellow' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok && result.notes[0]?.colour).toBe('yellow');
  });
});
