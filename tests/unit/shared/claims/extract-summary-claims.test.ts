import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlainText } from '../../../../shared/ingest/parse-plain-text';
import { extractSummaryClaims } from '../../../../shared/claims/extract-summary-claims';
import { readSharedText } from '../fixture-paths';

function claimsOf(text: string) {
  const doc = parsePlainText(text, 'x.txt');
  return extractSummaryClaims(doc.text, doc.blocks);
}

describe('extractSummaryClaims on the seed fixture', () => {
  const claims = claimsOf(readSharedText('fixtures/seed-summary-rare-earths.txt'));

  it('finds 10 claims and 12 citations', () => {
    expect(claims).toHaveLength(10);
    expect(claims.flatMap((c) => c.citations)).toHaveLength(12);
  });

  it('gives each claim its markers as citations, in order', () => {
    expect(claims.map((c) => c.citations.map((x) => x.markerNumber))).toEqual([[2, 15], [2], [4], [4], [8], [8], [6], [4, 15], [11], [13]]);
    expect(claims[0]?.citations.map((x) => x.marker)).toEqual(['[2]', '[15]']);
  });

  it('strips the markers from the claim text and files each claim under its section', () => {
    const china = claims[4];
    expect(china?.text).toBe(
      "China holds a dominant position in the global rare earth industry, with approximately 44 million tons of reserves, accounting for 40% of the global total, and producing 270,000 tons, which is 70% of the world's output",
    );
    expect(china?.section).toBe("Group 2: China's Dominance");
    expect(claims.map((c) => c.section)).toEqual([
      'Core Points',
      'Group 1: Agreement Details', 'Group 1: Agreement Details', 'Group 1: Agreement Details',
      "Group 2: China's Dominance", "Group 2: China's Dominance", "Group 2: China's Dominance",
      'Group 3: Challenges in Implementation', 'Group 3: Challenges in Implementation', 'Group 3: Challenges in Implementation',
    ]);
    expect(claims.map((c) => c.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('extractSummaryClaims marker forms', () => {
  it('reads comma lists and ranges', () => {
    const [a, b] = claimsOf('Exports rose 5% in May [4, 15]. Imports fell 3% [4-6].');
    expect(a?.citations.map((c) => c.markerNumber)).toEqual([4, 15]);
    expect(b?.citations.map((c) => c.markerNumber)).toEqual([4, 5, 6]);
    expect(b?.text).toBe('Imports fell 3%');
  });

  it('takes only the sentence that ends in markers, not the ones before it', () => {
    const claims = claimsOf('Background sentence with no source. Output doubled in 2024 [3].');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text).toBe('Output doubled in 2024');
  });

  it('keeps a marker in mid-sentence with the claim that ends later', () => {
    const claims = claimsOf('According to the ministry [2], exports fell by half [5].');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.citations.map((c) => c.markerNumber)).toEqual([2, 5]);
    expect(claims[0]?.text).toBe('According to the ministry, exports fell by half');
  });

  it('reads Chinese sentences with full-width brackets', () => {
    const claims = claimsOf('中国稀土产量占全球的百分之七十【8】。日本仍处于试验阶段[11]。');
    expect(claims.map((c) => c.citations.map((x) => x.markerNumber))).toEqual([[8], [11]]);
    expect(claims[0]?.text).toBe('中国稀土产量占全球的百分之七十');
  });

  it('finds no claim in text without markers, and does not take years for markers', () => {
    expect(claimsOf('Nothing cited here. Nor here.')).toEqual([]);
    expect(claimsOf('Data for [2019] only.')).toEqual([]);
  });

  it('never throws and always spans its own text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const doc = parsePlainText(text, 'x');
        for (const claim of extractSummaryClaims(doc.text, doc.blocks)) {
          expect(claim.start).toBeLessThanOrEqual(claim.end);
          expect(claim.citations.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
