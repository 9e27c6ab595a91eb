import { describe, expect, it } from 'vitest';
import { FOLDED_KEPT, findMatches, makeSnippet, SNIPPET_WINDOW } from '../../../../shared/search/highlight';
import { foldWithOffsets } from '../../../../shared/search/fold-text';
import { parseQuery } from '../../../../shared/search/parse-query';
import { readSharedText } from '../fixture-paths';

describe('highlight', () => {
  it('maps matches in folded text back to the original, accents and ligatures included', () => {
    const text = 'Le cafe\u0301 de Zürich, ﬁnal';
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe('le cafe de zurich, final');
    expect(offsets).toHaveLength(folded.length + 1);
    const [cafe, zurich, final] = findMatches(text, ['cafe', 'zur', 'fin'], []);
    expect(text.slice(cafe!.start, cafe!.end)).toBe('cafe\u0301');
    expect(text.slice(zurich!.start, zurich!.end)).toBe('Zürich');
    expect(text.slice(final!.start, final!.end)).toBe('ﬁnal');
  });

  it('matches words at word starts only and CJK runs anywhere', () => {
    const text = 'Prefix: earthen earth; 中国稀土出口增长';
    expect(findMatches(text, ['arth'], [])).toEqual([]);
    expect(findMatches(text, ['earth'], []).map((m) => text.slice(m.start, m.end))).toEqual(['earthen', 'earth']);
    expect(findMatches(text, [], ['稀土出口']).map((m) => text.slice(m.start, m.end))).toEqual(['稀土出口']);
  });

  it('makes a snippet around the first match of the seed summary', () => {
    const seed = readSharedText('fixtures/seed-summary-rare-earths.txt');
    const q = parseQuery('neodym');
    const s = makeSnippet(seed, q.words, q.cjkRuns);
    expect(s.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['neodymium']);
    expect(seed.slice(s.firstMatch!.start, s.firstMatch!.end)).toBe('neodymium');
    expect(s.parts.map((p) => p.text).join('').length).toBeLessThan(260);
  });

  it('finds a match deep in a long text, past the first window', () => {
    const text = `${'filler text '.repeat(SNIPPET_WINDOW / 6)}the 稀土 passage`;
    const s = makeSnippet(text, [], ['稀土']);
    expect(text.slice(s.firstMatch!.start, s.firstMatch!.end)).toBe('稀土');
    expect(s.parts.some((p) => p.match && p.text === '稀土')).toBe(true);
  });

  it('gives the start of the text when nothing matches', () => {
    const s = makeSnippet('No match here.', ['absent'], []);
    expect(s.firstMatch).toBeNull();
    expect(s.parts).toEqual([{ text: 'No match here.', match: false }]);
  });
});

describe('snippets drawn again as a query is typed letter by letter', () => {
  const documents = ['README.md', 'README-zh-CN.md', 'README-zh-TW.md'].map((name) => readSharedText(`corpus/documents/markdown/opencc-js/${name}`));
  const typed = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));

  it('are the same as snippets made afresh, for every prefix and for more texts than are kept', () => {
    // More distinct texts than FOLDED_KEPT, so remembered foldings are also dropped and made again.
    const texts = [...documents, ...Array.from({ length: FOLDED_KEPT + 10 }, (_, i) => `${i} ${documents[i % documents.length]!.slice(i * 37, i * 37 + 2_000)}`)];
    const fresh = (text: string, q: ReturnType<typeof parseQuery>) => {
      // A copy built from parts is a different string, so nothing remembered for `text` can answer for it.
      const copy = [...text].join('');
      return makeSnippet(copy, q.words, q.cjkRuns);
    };
    for (const query of [...typed('convert'), ...typed('简体中文'), 'opencc 繁體']) {
      const q = parseQuery(query);
      for (const text of texts) expect(makeSnippet(text, q.words, q.cjkRuns)).toEqual(fresh(text, q));
    }
  });

  it('still find a match past the first window of a text too long to keep', () => {
    const long = `${documents[0]!.repeat(Math.ceil((SNIPPET_WINDOW * 2) / documents[0]!.length))}的稀土 passage`;
    const q = parseQuery('稀土');
    for (let i = 0; i < 2; i++) {
      const s = makeSnippet(long, q.words, q.cjkRuns);
      expect(long.slice(s.firstMatch!.start, s.firstMatch!.end)).toBe('稀土');
    }
  });
});
