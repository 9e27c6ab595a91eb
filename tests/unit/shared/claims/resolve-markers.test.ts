import { describe, expect, it } from 'vitest';
import { chooseMarkerReading, markerOnly, markerTarget, resolveMarkerLocator } from '../../../../shared/claims/resolve-markers';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import type { SourceText } from '../../../../shared/model';

const built = buildBlocks([
  { kind: 'heading', text: 'Background' },
  ...Array.from({ length: 5 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i + 1} says something [${i + 1}].` })),
]);
const withReferences: SourceText = { sourceId: 'o', ...built, references: [1, 2, 3].map((n) => ({ n, text: `Reference ${n}` })) };
const plain: SourceText = { ...withReferences, text: withReferences.text.replace(/ \[\d\]/gu, '    '), references: [] };

describe('marker resolution', () => {
  it('reads markers as reference entries when the original cites its own reference list, else as paragraphs', () => {
    expect(chooseMarkerReading(withReferences)).toBe('reference');
    expect(chooseMarkerReading(plain)).toBe('paragraph');
    expect(chooseMarkerReading({ ...plain, references: withReferences.references })).toBe('paragraph');
    expect(chooseMarkerReading({ ...withReferences, references: [] })).toBe('paragraph');
  });

  it('finds paragraph n (headings are not numbered) or entry n, or nothing', () => {
    expect(markerTarget(plain, 2, 'paragraph')).toMatchObject({ kind: 'paragraph', block: { paragraph: 2, id: 'b3' } });
    expect(markerTarget(plain, 6, 'paragraph')).toBeUndefined();
    expect(markerTarget(withReferences, 3, 'reference')).toEqual({ kind: 'reference', entry: { n: 3, text: 'Reference 3' } });
    expect(markerTarget(withReferences, 4, 'reference')).toBeUndefined();
  });

  it('resolves a locator to the quoted paragraph, keeping the marker as written', () => {
    const locator = resolveMarkerLocator({ marker: '[2][3]', markerNumber: 2 }, plain, 'hash', 'paragraph');
    const block = plain.blocks.find((b) => b.paragraph === 2)!;
    expect(locator).toEqual({
      marker: '[2][3]',
      markerNumber: 2,
      paragraph: 2,
      selectors: [
        { type: 'TextQuoteSelector', exact: plain.text.slice(block.start, block.end), prefix: expect.any(String), suffix: expect.any(String) },
        { type: 'TextPositionSelector', start: block.start, end: block.end },
      ],
    });
    expect(resolveMarkerLocator({ markerNumber: 2 }, withReferences, 'hash', 'reference')).toEqual({ markerNumber: 2, reference: 2 });
    expect(resolveMarkerLocator({ markerNumber: 9 }, plain, 'hash', 'paragraph')).toBeUndefined();
    expect(markerOnly({ marker: '[2]', markerNumber: 2, paragraph: 2, reference: 2, page: 1, selectors: [] })).toEqual({ marker: '[2]', markerNumber: 2 });
  });
});
