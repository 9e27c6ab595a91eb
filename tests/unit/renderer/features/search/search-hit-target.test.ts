import { describe, expect, it } from 'vitest';
import { searchHitTarget } from '../../../../../renderer/src/features/search/search-hit-target';
import { parseQuery } from '../../../../../shared/search/parse-query';
import type { SearchMeta } from '../../../../../shared/search/search-document';
import { readSharedText } from '../../../shared/fixture-paths';

// The Chinese README of opencc-js, as written by its authors: a source whose matches are far from its start.
const text = readSharedText('corpus/documents/markdown/opencc-js/README-zh-CN.md');
const source: SearchMeta = { kind: 'source', id: 's1', label: 'opencc-js', sourceIds: ['s1'], tags: [] };

describe('searchHitTarget', () => {
  it('opens a source at the first place its current text matches the query, Chinese and English alike', () => {
    for (const query of ['转换', 'Converter']) {
      const route = searchHitTarget(source, { text, sourceId: 's1' }, parseQuery(query));
      expect(route.view).toBe('library');
      const at = route.view === 'library' ? route.at : undefined;
      expect(at).toBeDefined();
      expect(text.slice(at!.start, at!.end).toLowerCase()).toBe(query.toLowerCase());
      expect(at!.start).toBe(text.toLowerCase().indexOf(query.toLowerCase()));
    }
  });

  it('opens an annotation at its own range, and a claim at its evidence', () => {
    const annotation: SearchMeta = { kind: 'annotation', id: 'a1', label: 'quote', sourceIds: ['s1'], tags: [] };
    expect(searchHitTarget(annotation, { text: 'quote', sourceId: 's1', at: { start: 40, end: 52 } }, parseQuery('quote'))).toEqual({ view: 'library', sourceId: 's1', at: { start: 40, end: 52 } });
    const claim: SearchMeta = { kind: 'claim', id: 'c1', label: 'China', sourceIds: ['s1'], tags: [] };
    expect(searchHitTarget(claim, undefined, parseQuery('China'))).toEqual({ view: 'claims', claimId: 'c1' });
  });

  it('opens a record it could not read at its source’s start, never at a guessed place', () => {
    expect(searchHitTarget(source, undefined, parseQuery('转换'))).toEqual({ view: 'library', sourceId: 's1' });
  });
});
