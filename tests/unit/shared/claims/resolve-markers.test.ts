import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseMarkerReading, findMarkerTarget, markerOnly, resolveMarker } from '../../../../shared/claims/resolve-markers';
import { markerLabel, parseCitationMarkers } from '../../../../shared/claims/parse-citation-markers';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import type { SourceText } from '../../../../shared/model';
import { parseHtmlPage } from '../../../../renderer/src/workers/parsers/parse-html';
import { SHARED_DIR } from '../fixture-paths';
import { comparable, pageNotes } from '../page-notes';

const built = buildBlocks([
  { kind: 'heading', text: 'Background' },
  ...Array.from({ length: 5 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i + 1} says something [${i + 1}].` })),
]);
const withReferences: SourceText = { sourceId: 'o', ...built, references: [1, 2, 3].map((n) => ({ n, text: `Reference ${n}` })) };
const plain: SourceText = { ...withReferences, text: withReferences.text.replace(/ \[\d\]/gu, '    '), references: [] };

describe('note markers', () => {
  it('reads [n 11], [note 2] and [nb 3] as markers of a named note list, apart from [11]; [Page 7] is no marker', () => {
    const markers = parseCitationMarkers('A.[n 11] B.[11] C [note 2][nb 3] D [Page 7] E【n 4】');
    expect(markers.map((m) => [m.raw, m.numbers, m.label])).toEqual([
      ['[n 11]', [11], 'n 11'],
      ['[11]', [11], undefined],
      ['[note 2]', [2], 'note 2'],
      ['[nb 3]', [3], 'nb 3'],
      ['【n 4】', [4], 'n 4'],
    ]);
    expect(markerLabel('[n 11]', 11)).toBe('n 11');
    expect(markerLabel('[11]', 11)).toBe('11');
    expect(markerLabel('[4-6]', 5)).toBe('5');
    expect(markerLabel(undefined, 3)).toBe('3');
  });
});

describe('marker resolution', () => {
  it('reads markers as reference entries when the original cites its own reference list, else as paragraphs', () => {
    expect(chooseMarkerReading(withReferences)).toBe('reference');
    expect(chooseMarkerReading(plain)).toBe('paragraph');
    expect(chooseMarkerReading({ ...plain, references: withReferences.references })).toBe('paragraph');
    expect(chooseMarkerReading({ ...withReferences, references: [] })).toBe('paragraph');
  });

  it('finds paragraph n (headings are not numbered) or the entry labelled n, or says why not', () => {
    expect(findMarkerTarget(plain, 2, 'paragraph')).toMatchObject({ ok: true, target: { kind: 'paragraph', block: { paragraph: 2, id: 'b3' } } });
    expect(findMarkerTarget(plain, 6, 'paragraph')).toEqual({ ok: false, problem: 'no-paragraph', reason: 'the original has no paragraph 6' });
    expect(findMarkerTarget(withReferences, 3, 'reference')).toEqual({ ok: true, target: { kind: 'reference', entry: { n: 3, text: 'Reference 3' } } });
    // [4] is in the text but the list stops at 3; [6] is not even in the text.
    expect(findMarkerTarget(withReferences, 4, 'reference')).toEqual({ ok: false, problem: 'missing-entry', reason: "entry 4 is missing from the original's reference list" });
    expect(findMarkerTarget(withReferences, 6, 'reference')).toEqual({ ok: false, problem: 'no-marker', reason: 'the original has no marker [6]' });
  });

  it('never resolves a marker to an entry of another list, and leaves a marker two lists label alike unresolved', () => {
    const twoLists: SourceText = {
      ...withReferences,
      text: `${withReferences.text} A note.[n 1] Again [1].`,
      references: [
        { n: 1, text: 'Note one', list: 'Notes', label: 'n 1' },
        { n: 2, text: 'Reference one', list: 'References', label: '1' },
        { n: 3, text: 'Reference two', list: 'References', label: '2' },
        { n: 4, text: 'Other two', list: 'Other', label: '2' },
      ],
    };
    expect(resolveMarker({ marker: '[1]', markerNumber: 1 }, twoLists, 'h', 'reference')).toMatchObject({ ok: true, locator: { marker: '[1]', markerNumber: 1, reference: 2 } });
    expect(resolveMarker({ markerNumber: 2 }, twoLists, 'h', 'reference')).toEqual({ ok: false, problem: 'ambiguous', reason: 'ambiguous: [2] reads in 2 lists (References, Other)' });
    expect(resolveMarker({ markerNumber: 3 }, twoLists, 'h', 'reference')).toMatchObject({ ok: false, problem: 'missing-entry' });
  });

  it('resolves a locator to the quoted paragraph, keeping the marker as written', () => {
    const resolution = resolveMarker({ marker: '[2][3]', markerNumber: 2 }, plain, 'hash', 'paragraph');
    const block = plain.blocks.find((b) => b.paragraph === 2)!;
    expect(resolution.ok && resolution.locator).toEqual({
      marker: '[2][3]',
      markerNumber: 2,
      paragraph: 2,
      selectors: [
        { type: 'TextQuoteSelector', exact: plain.text.slice(block.start, block.end), prefix: expect.any(String), suffix: expect.any(String) },
        { type: 'TextPositionSelector', start: block.start, end: block.end },
      ],
    });
    expect(resolveMarker({ markerNumber: 2 }, withReferences, 'hash', 'reference')).toMatchObject({ ok: true, locator: { markerNumber: 2, reference: 2 } });
    expect(resolveMarker({ markerNumber: 9 }, plain, 'hash', 'paragraph').ok).toBe(false);
    expect(resolveMarker({ marker: '[x]' }, plain, 'hash', 'paragraph')).toMatchObject({ ok: false, problem: 'no-number' });
    expect(markerOnly({ marker: '[2]', markerNumber: 2, paragraph: 2, reference: 2, page: 1, selectors: [] })).toEqual({ marker: '[2]', markerNumber: 2 });
  });
});

describe('marker resolution on Wikipedia’s New Zealand page (explanatory notes [n 1]… and references [1]…)', () => {
  const html = readFileSync(resolve(SHARED_DIR, 'corpus/readability/wikipedia-2/source.html'), 'utf8');
  const parsed = parseHtmlPage(html, 'wikipedia-2');
  if (!parsed.ok) throw new Error(parsed.error);
  const original: SourceText = { sourceId: 'nz', text: parsed.doc.text, blocks: parsed.doc.blocks, references: parsed.doc.references };
  const truth = pageNotes(html);

  it('resolves [17] to the entry the page shows for its [17] (King 2003, p. 41), not entry 17 of a merged list', () => {
    expect(chooseMarkerReading(original)).toBe('reference');
    const resolution = resolveMarker({ marker: '[17]', markerNumber: 17 }, original, 'h', 'reference');
    if (!resolution.ok || resolution.target.kind !== 'reference') throw new Error('unresolved');
    expect(resolution.target.entry.text).toBe('King 2003, p. 41.');
    expect(comparable(resolution.target.entry.text)).toContain(comparable(truth.get('[17]')?.text ?? '-'));
    expect(resolution.target.entry).toMatchObject({ list: 'Citations', label: '17' });
  });

  it('resolves every number the page shows as [n] to the entry the page links it to, and never to an [n k] note', () => {
    const numbered = [...truth.keys()].filter((m) => /^\[\d+\]$/u.test(m));
    expect(numbered.length).toBeGreaterThan(300);
    for (const marker of numbered) {
      const n = Number(marker.slice(1, -1));
      const resolution = resolveMarker({ marker, markerNumber: n }, original, 'h', 'reference');
      if (!original.text.includes(marker)) {
        // Readability left this marker out of the article (an infobox, a caption): the page as stored has no [n].
        expect(resolution).toMatchObject({ ok: false, problem: 'no-marker' });
        continue;
      }
      if (!resolution.ok || resolution.target.kind !== 'reference') throw new Error(`${marker} unresolved`);
      expect(resolution.target.entry.list, marker).toBe('Citations');
      expect(comparable(resolution.target.entry.text), marker).toContain(comparable(truth.get(marker)?.text ?? '-').slice(0, 40));
    }
    // [11] is the eleventh reference, whatever the note [n 11] says.
    const eleven = resolveMarker({ markerNumber: 11 }, original, 'h', 'reference');
    expect(eleven.ok && eleven.target.kind === 'reference' && eleven.target.entry.label).toBe('11');
    expect(eleven.ok && eleven.target.kind === 'reference' && eleven.target.entry.text).not.toMatch(/^Religion percentages/u);
  });

  it('resolves a note marker [n 11] to the eleventh explanatory note, and [11] to the eleventh reference', () => {
    const note = resolveMarker({ marker: '[n 11]', markerNumber: 11 }, original, 'h', 'reference');
    const reference = resolveMarker({ marker: '[11]', markerNumber: 11 }, original, 'h', 'reference');
    if (!note.ok || note.target.kind !== 'reference' || !reference.ok || reference.target.kind !== 'reference') throw new Error('unresolved');
    expect(note.target.entry).toMatchObject({ list: 'Footnotes', label: 'n 11' });
    expect(comparable(note.target.entry.text)).toContain(comparable(truth.get('[n 11]')?.text ?? '-'));
    expect(reference.target.entry).toMatchObject({ list: 'Citations', label: '11' });
    expect(note.target.entry.n).not.toBe(reference.target.entry.n);
    // A note the page does not have, and a note marker read as a paragraph number, stay unresolved.
    expect(resolveMarker({ marker: '[n 12]', markerNumber: 12 }, original, 'h', 'reference')).toMatchObject({ ok: false, reason: 'the original has no marker [n 12]' });
    expect(resolveMarker({ marker: '[n 2]', markerNumber: 2 }, original, 'h', 'paragraph')).toMatchObject({ ok: false, reason: 'the marker [n 2] names a note, not a paragraph' });
  });

  it('leaves a number past the end of the references unresolved: the page has no [369]', () => {
    expect(resolveMarker({ markerNumber: 369 }, original, 'h', 'reference')).toEqual({ ok: false, problem: 'no-marker', reason: 'the original has no marker [369]' });
  });
});
