import { describe, expect, it } from 'vitest';
import { SearchIndex, completionsOf, MAX_COMPLETIONS } from '../../../../shared/search/search-index';
import type { SearchDocument, SearchMeta } from '../../../../shared/search/search-document';
import { readSharedText } from '../fixture-paths';
import FlexSearch from 'flexsearch';
import { tokenize } from '../../../../shared/search/tokenize';

const doc = (meta: Partial<SearchMeta> & Pick<SearchMeta, 'id' | 'kind'>, text: string): SearchDocument => ({
  meta: { label: meta.id, sourceIds: meta.kind === 'source' ? [meta.id] : [], tags: [], ...meta },
  text,
});
const README = (name: string) => readSharedText(`corpus/documents/markdown/opencc-js/${name}`);
const ids = (index: SearchIndex, q: string, filters = {}) => index.search(q, filters).groups.flatMap((g) => g.hits.map((h) => h.id));

// Real documents: the opencc-js README in English, Simplified and Traditional Chinese, and the seed summary.
function corpusIndex(): SearchIndex {
  const index = new SearchIndex();
  index.upsert(doc({ id: 'en', kind: 'source', date: '2024-01-05' }, readSharedText('corpus/documents/markdown/opencc-js/README.md')));
  index.upsert(doc({ id: 'zh-cn', kind: 'source', date: '2025-03-01', tags: ['Chinese'] }, readSharedText('corpus/documents/markdown/opencc-js/README-zh-CN.md')));
  index.upsert(doc({ id: 'zh-tw', kind: 'source', date: '2025-06-01' }, readSharedText('corpus/documents/markdown/opencc-js/README-zh-TW.md')));
  index.upsert(doc({ id: 'seed', kind: 'source', date: '2025-10-30' }, readSharedText('fixtures/seed-summary-rare-earths.txt')));
  index.upsert(doc({ id: 'c1', kind: 'claim', status: 'supported', stances: ['supports'], sourceIds: ['seed'] }, 'China produces 89% of neodymium-iron-boron magnets'));
  index.upsert(doc({ id: 'c2', kind: 'claim', status: 'disputed', stances: ['contradicts'], sourceIds: ['seed'] }, '中国稀土储量约4400万吨'));
  return index;
}

describe('SearchIndex', () => {
  it('finds exactly the READMEs that contain a Chinese word, simplified and traditional forms apart', () => {
    const index = corpusIndex();
    const texts = { en: README('README.md'), 'zh-cn': README('README-zh-CN.md'), 'zh-tw': README('README-zh-TW.md') };
    for (const word of ['简体', '簡體', '繁體', '繁体', '香港', '转换', '轉換', '中文']) {
      const truth = Object.entries(texts).filter(([, t]) => t.includes(word)).map(([id]) => id);
      expect(ids(index, word).filter((id) => id in texts), word).toEqual(truth);
    }
    expect(ids(index, '稀土')).toEqual(['seed', 'c2']);
    expect(ids(index, '稀土储量')).toEqual(['c2']);
  });

  it('matches prefixes as typed, folds case, and mixes English and Chinese', () => {
    const index = corpusIndex();
    expect(ids(index, 'neodym')).toEqual(['seed', 'c1']);
    expect(ids(index, 'NEODYMIUM')).toEqual(['seed', 'c1']);
    expect(ids(index, 'opencc 簡體')).toEqual(['zh-tw']);
  });

  it('forgives a small typo when the word matches nothing, and says what it tried', () => {
    const index = corpusIndex();
    const answer = index.search('neodymuim');
    expect(answer.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual(['seed', 'c1']);
    expect(answer.corrections.neodymuim).toContain('neodymium');
    expect(ids(index, 'zzzzqqq')).toEqual([]);
  });

  it('applies filters: kind, tag, status, stance, date, source, collection; inline filters too', () => {
    const index = corpusIndex();
    expect(ids(index, '稀土', { kinds: ['claim'] })).toEqual(['c2']);
    expect(ids(index, 'opencc', { tag: 'chinese' })).toEqual(['zh-cn']);
    expect(ids(index, 'china', { status: 'supported' })).toEqual(['c1']);
    expect(ids(index, '', { stance: 'contradicts' })).toEqual(['c2']);
    expect(ids(index, 'opencc', { from: '2025-01-01', to: '2025-04-01' })).toEqual(['zh-cn']);
    expect(ids(index, 'neodymium', { sourceId: 'seed' })).toEqual(['seed', 'c1']);
    expect(ids(index, 'china', { collection: { sourceIds: [], claimIds: ['c1'] } })).toEqual(['c1']);
    expect(ids(index, 'china status:disputed')).toEqual([]);
    expect(ids(index, '稀土 kind:claim')).toEqual(['c2']);
  });

  it('finds nothing for an empty query without filters, or for punctuation', () => {
    const index = corpusIndex();
    expect(ids(index, '')).toEqual([]);
    expect(ids(index, '.*?()[]')).toEqual([]);
  });

  it('replaces and removes records', () => {
    const index = corpusIndex();
    index.upsert(doc({ id: 'c1', kind: 'claim' }, 'Lithium output rose'));
    expect(ids(index, 'neodymium')).toEqual(['seed']);
    expect(ids(index, 'lithium')).toEqual(['c1']);
    index.remove('source', 'seed');
    expect(ids(index, 'neodymium')).toEqual([]);
    index.upsert(doc({ id: 'new', kind: 'source' }, 'neodymium again'));
    expect(ids(index, 'neodymium')).toEqual(['new']);
    expect(index.size()).toEqual({ source: 4, annotation: 0, claim: 2 });
  });

  it('intersects terms exactly as FlexSearch does, after removals and replacements, on the README paragraphs', () => {
    const paragraphs = ['README.md', 'README-zh-CN.md', 'README-zh-TW.md'].flatMap((name) => README(name).split(/\n\s*\n/)).filter((p) => p.trim());
    const index = new SearchIndex();
    const reference = new FlexSearch.Index({ tokenize: 'strict', encode: tokenize, resolution: 1 });
    paragraphs.forEach((text, i) => {
      index.upsert(doc({ id: String(i), kind: 'source' }, text));
      reference.add(i, text);
    });
    // Removed and re-added records move to the end of the lists, as after edits.
    for (let i = 0; i < paragraphs.length; i += 3) {
      index.remove('source', String(i));
      reference.remove(i);
      if (i % 2 === 0) {
        index.upsert(doc({ id: String(i), kind: 'source' }, paragraphs[i]!));
        reference.add(i, paragraphs[i]!);
      }
    }
    // Each ends in a CJK run, which matches whole: a Latin word last would be completed as a prefix.
    const queries = ['opencc 简体', '简体中文', '繁體中文', '转换 香港', 'npm install 中文', 'the converter 繁體', 'convert 中文', '简体 繁体 转换'];
    for (const text of paragraphs) {
      const han = text.match(/\p{Script=Han}{4}/u)?.[0];
      if (han) queries.push(han);
    }
    let compared = 0;
    for (const q of queries) {
      const want = (reference.search(q, { limit: 10_000 }) as number[]).map(String).sort();
      const got = index.search(q, {}, { candidates: 10_000, hits: 10_000 }).groups.flatMap((g) => g.hits.map((h) => h.id)).sort();
      if (want.length > 0) compared++;
      expect(got, q).toEqual(want);
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('answers the same after a snapshot is stored (structured clone, as IndexedDB does) and restored; refuses a foreign snapshot', async () => {
    const index = corpusIndex();
    index.remove('claim', 'c1');
    const restored = SearchIndex.restore(structuredClone(index.snapshot()));
    expect(restored).not.toBeNull();
    for (const q of ['稀土', 'neodym', 'opencc 簡體', 'neodymuim', '']) expect(ids(restored!, q, { kinds: [] })).toEqual(ids(index, q, { kinds: [] }));
    restored!.upsert(doc({ id: 'c9', kind: 'claim' }, 'cobalt'));
    expect(ids(restored!, 'cobalt')).toEqual(['c9']);
    expect(SearchIndex.restore({ format: 'footnote-search-index', version: 0 })).toBeNull();
    expect(SearchIndex.restore('nonsense')).toBeNull();
  });

  it('completes the word being typed from the indexed words, shortest first, and a single CJK character by its pairs', () => {
    expect(completionsOf(['earth', 'earthen', 'ear', 'east', 'rare'].sort(), 'ear')).toEqual(['ear', 'earth', 'earthen']);
    const many = Array.from({ length: 100 }, (_, i) => `w${String(i).padStart(3, '0')}`);
    expect(completionsOf(many, 'w')).toHaveLength(MAX_COMPLETIONS);
    const index = corpusIndex();
    expect(ids(index, 'neodymium-iron-b')).toEqual(['seed', 'c1']);
    expect(ids(index, '储')).toEqual(['c2']);
    expect(ids(index, 'china 储')).toEqual([]);
  });

  it('completes and corrects words added after the vocabulary was sorted, as a fresh index does', () => {
    const index = corpusIndex();
    index.prepare();
    expect(ids(index, 'praseodym')).toEqual([]);
    index.upsert(doc({ id: 'c3', kind: 'claim' }, 'Praseodymium and terbium oxide'));
    index.upsert(doc({ id: 'c4', kind: 'claim' }, 'Aardvark zzyzx'));
    const fresh = corpusIndex();
    fresh.upsert(doc({ id: 'c3', kind: 'claim' }, 'Praseodymium and terbium oxide'));
    fresh.upsert(doc({ id: 'c4', kind: 'claim' }, 'Aardvark zzyzx'));
    for (const q of ['praseodym', 'terbi', 'aardv', 'zzy', 'praseodymuim', 'terbuim', 'neodym', 'opencc']) {
      expect(index.search(q), q).toEqual(fresh.search(q));
    }
    expect(ids(index, 'praseodymuim')).toEqual(['c3']);
  });
});
