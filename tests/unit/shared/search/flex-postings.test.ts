import { describe, expect, it } from 'vitest';
import FlexSearch from 'flexsearch';
import { exportPostings, importPostings } from '../../../../shared/search/flex-postings';
import { tokenize } from '../../../../shared/search/tokenize';
import { readSharedText } from '../fixture-paths';

const newIndex = () => new FlexSearch.Index({ tokenize: 'strict', encode: tokenize, resolution: 1, cache: false });

describe('exportPostings / importPostings', () => {
  it('give back an index that answers, adds and removes as FlexSearch’s own does, on the opencc-js README paragraphs', () => {
    const paragraphs = ['README.md', 'README-zh-CN.md', 'README-zh-TW.md']
      .flatMap((name) => readSharedText(`corpus/documents/markdown/opencc-js/${name}`).split(/\n\s*\n/))
      .filter((p) => p.trim());
    const original = newIndex();
    paragraphs.forEach((text, i) => original.add(i, text));
    for (let i = 0; i < paragraphs.length; i += 4) original.remove(i);
    const used = paragraphs.map((_, i) => i).filter((i) => i % 4 !== 0);
    const data = exportPostings(original)!;
    const copy = newIndex();
    expect(importPostings(copy, structuredClone(data), used)).toBe(true);
    const queries = ['opencc', '简体', '繁體 中文', 'npm install', '香港', 'convert'];
    for (const q of queries) expect(copy.search(q, { limit: 1000 }), q).toEqual(original.search(q, { limit: 1000 }));
    // The restored index still knows its records: removing one takes it out of every list, adding one is found.
    copy.remove(1);
    original.remove(1);
    copy.add(9999, 'opencc 简体 cobalt');
    original.add(9999, 'opencc 简体 cobalt');
    for (const q of [...queries, 'cobalt']) expect(copy.search(q, { limit: 1000 }), q).toEqual(original.search(q, { limit: 1000 }));
    expect(copy.contain(2)).toBe(true);
    expect(copy.contain(0)).toBe(false);
  });
});
