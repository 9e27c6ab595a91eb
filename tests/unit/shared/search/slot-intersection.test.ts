import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BITS_FROM_LENGTH, intersectInto, MAX_KEPT_BITS, SlotList, TermBits } from '../../../../shared/search/slot-intersection';
import { SearchIndex } from '../../../../shared/search/search-index';
import { tokenize } from '../../../../shared/search/tokenize';
import { parseQuery } from '../../../../shared/search/parse-query';
import type { SearchKind } from '../../../../shared/search/parse-query';
import { readSharedText } from '../fixture-paths';

// Real documents: the Debian Reference preface in English and Simplified Chinese (which mixes English names into
// Chinese sentences), the opencc-js README in three scripts, and the seed summary, one record per paragraph.
function paragraphs(): string[] {
  const html = (name: string) =>
    readSharedText(`corpus/documents/debian-reference/${name}`)
      .replace(/<[^>]*>/g, '\n')
      .replace(/&[a-z]+;/g, ' ');
  const md = (name: string) => readSharedText(`corpus/documents/markdown/opencc-js/${name}`);
  return [html('pr01.en.html'), html('pr01.zh-cn.html'), md('README.md'), md('README-zh-CN.md'), md('README-zh-TW.md'), readSharedText('fixtures/seed-summary-rare-earths.txt')]
    .flatMap((text) => text.split(/\n\s*\n|\n(?=\s*\d+\.\s)/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const KINDS: SearchKind[] = ['source', 'annotation', 'claim'];

/** Each paragraph as a record of a kind in turn, with some removed and re-added as edits would, in the index's order. */
function build(texts: string[]): { index: SearchIndex; order: Record<SearchKind, string[]>; terms: Map<string, Set<string>> } {
  const index = new SearchIndex();
  const order: Record<SearchKind, string[]> = { source: [], annotation: [], claim: [] };
  const terms = new Map<string, Set<string>>();
  const add = (i: number) => {
    const kind = KINDS[i % 3]!;
    const id = `p${i}`;
    index.upsert({ meta: { kind, id, label: id, sourceIds: [], tags: [] }, text: texts[i]! });
    order[kind] = [...order[kind].filter((x) => x !== id), id];
    terms.set(id, new Set(tokenize(texts[i]!)));
  };
  texts.forEach((_, i) => add(i));
  for (let i = 0; i < texts.length; i += 5) {
    const kind = KINDS[i % 3]!;
    index.remove(kind, `p${i}`);
    order[kind] = order[kind].filter((x) => x !== `p${i}`);
    terms.delete(`p${i}`);
    if (i % 2 === 0) add(i);
  }
  return { index, order, terms };
}

/** The plain scan: every record (in index order) whose terms include all of the query's. */
function scan(order: Record<SearchKind, string[]>, terms: Map<string, Set<string>>, query: string): string[] {
  const wanted = parseQuery(query).terms;
  return KINDS.flatMap((kind) => order[kind].filter((id) => wanted.every((t) => terms.get(id)!.has(t))));
}

const found = (index: SearchIndex, q: string, limit: number) =>
  index.search(q, {}, { candidates: limit, hits: limit }).groups.flatMap((g) => g.hits.map((h) => h.id));

describe('intersecting posting lists rarest first', () => {
  it('finds, in list order, the first slots that every list holds, as filtering the rarest list does', () => {
    // Lists drawn from one order of slots, as every list of an index is.
    const arb = fc.record({
      order: fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 300 }),
      masks: fc.array(fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }), { minLength: 1, maxLength: 4 }),
      limit: fc.integer({ min: 1, max: 320 }),
    });
    fc.assert(
      fc.property(arb, ({ order, masks, limit }) => {
        const lists = masks.map((mask) => order.filter((_, i) => mask[i]));
        if (lists.some((l) => l.length === 0)) return;
        const truth = order.filter((slot) => lists.every((l) => l.includes(slot))).slice(0, limit);
        const out = new SlotList();
        out.reset(501);
        const n = intersectInto(lists.map((_, i) => `t${i}`), lists, limit, 501, new TermBits(), out);
        expect([...out.slots.subarray(0, out.length)]).toEqual(truth);
        expect(n).toBe(truth.length);
      }),
      { numRuns: 300 },
    );
  });

  it('lists a slot once across several searches and forgets it on reset', () => {
    const out = new SlotList();
    out.reset(10);
    for (const slot of [3, 1, 3, 7, 1]) out.add(slot);
    expect([...out.slots.subarray(0, out.length)]).toEqual([3, 1, 7]);
    out.reset(10);
    out.add(7);
    expect([...out.slots.subarray(0, out.length)]).toEqual([7]);
  });

  it('keeps at most MAX_KEPT_BITS terms, and new bits after clear()', () => {
    const bits = new TermBits();
    const list = Array.from({ length: BITS_FROM_LENGTH }, (_, i) => i * 2);
    const first = bits.of('a', list, 100);
    expect(bits.of('a', list, 100)).toBe(first);
    for (let i = 0; i < MAX_KEPT_BITS; i++) bits.of(`t${i}`, list, 100);
    expect(bits.of('a', list, 100)).not.toBe(first);
    const kept = bits.of('a', [1], 100);
    bits.clear();
    expect(bits.of('a', [1], 100)).not.toBe(kept);
  });
});

describe('SearchIndex queries against a plain scan of real documents', () => {
  const texts = paragraphs();
  const { index, order, terms } = build(texts);
  const han = [...new Set(texts.flatMap((t) => t.match(/\p{Script=Han}{4}/gu) ?? []))].slice(0, 40);
  const queries = [
    // English whole words, and words before one still being typed (the last word is completed as a prefix, so it is
    // given whole here: the scan compares whole terms).
    'debian', 'the', 'package', 'opencc', 'rare', 'chinese convert', 'debian package system',
    // Chinese two- and four-character words, and longer runs.
    '软件', '中文', '文档', '稀土', '简体中文', '繁體中文', '软件包', '参考手册',
    // Mixed English and Chinese.
    'debian 软件', 'opencc 简体', 'popcon 流行度', 'npm 中文',
    ...han,
  ];

  it('has enough matches to compare: real documents, many paragraphs', () => {
    expect(texts.length).toBeGreaterThan(100);
    const matched = queries.filter((q) => scan(order, terms, q).length > 0);
    expect(matched.length).toBeGreaterThan(50);
    expect(Math.max(...queries.map((q) => scan(order, terms, q).length))).toBeGreaterThan(40);
  });

  it('finds exactly what the scan finds, in the same order, for English, Chinese and mixed queries', () => {
    for (const q of queries) {
      const truth = scan(order, terms, q);
      // A query whose last word also begins longer words finds those too: compare only where it does not.
      const last = parseQuery(q).pieces.at(-1)!;
      if (last.kind === 'word' && [...terms.values()].some((set) => [...set].some((t) => t !== last.text && t.startsWith(last.text)))) {
        expect(found(index, q, 100_000), q).toEqual(expect.arrayContaining(truth));
        continue;
      }
      expect(found(index, q, 100_000), q).toEqual(truth);
    }
  });

  it('stops at the limit with the first matches of the full answer, per kind', () => {
    for (const q of queries) {
      const full = index.search(q, {}, { candidates: 100_000, hits: 100_000 }).groups;
      for (const limit of [1, 2, 5, 17]) {
        const cut = index.search(q, {}, { candidates: limit, hits: limit }).groups;
        cut.forEach((g, i) => {
          const all = full[i]!.hits.map((h) => h.id);
          expect(g.hits.map((h) => h.id), `${q} at ${limit}`).toEqual(all.slice(0, limit));
          // A word being typed is completed by several words, each read up to the limit: the count may pass it.
          if (parseQuery(q).pieces.at(-1)!.kind === 'cjk') expect(g.total).toBe(Math.min(limit, all.length));
          else expect(g.total).toBeGreaterThanOrEqual(Math.min(limit, all.length));
        });
      }
    }
  });

  it('answers from the changed lists after an edit, though the bits of its terms were kept', () => {
    // Each paragraph three times, so that both terms' lists are long enough to be kept as bits.
    const local = new SearchIndex();
    const claim = (id: string, text: string) => local.upsert({ meta: { kind: 'claim', id, label: id, sourceIds: [], tags: [] }, text });
    for (let r = 0; r < 3; r++) texts.forEach((text, i) => claim(`c${i}-${r}`, text));
    const q = 'debian 软件';
    const before = found(local, q, 100_000);
    const [debian, software] = ['debian', '软件'].map((w) => texts.filter((t) => tokenize(t).includes(w)).length * 3);
    expect(Math.min(debian!, software!)).toBeGreaterThanOrEqual(BITS_FROM_LENGTH);
    expect(before.length).toBeGreaterThan(1);
    claim('new', 'Debian 软件包');
    expect(found(local, q, 100_000)).toEqual([...before, 'new']);
    const [gone, ...rest] = before;
    local.remove('claim', gone!);
    expect(found(local, q, 100_000)).toEqual([...rest, 'new']);
    claim('new', 'Debian only');
    expect(found(local, q, 100_000)).toEqual(rest);
    claim('new', '软件 only');
    expect(found(local, q, 100_000)).toEqual(rest);
    claim('debian only', 'Debian');
    claim('software only', '软件');
    expect(found(local, q, 100_000)).toEqual(rest);
  });

  it('completes a single Chinese character by the indexed pairs that contain it', () => {
    const ids = found(index, '软', 100_000);
    const truth = KINDS.flatMap((kind) => order[kind].filter((id) => texts[Number(id.slice(1))]!.includes('软')));
    expect(ids.length).toBeGreaterThan(0);
    expect(truth).toEqual(expect.arrayContaining(ids));
  });
});
