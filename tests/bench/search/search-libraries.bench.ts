import { it } from 'vitest';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { SearchIndex } from '../../../shared/search/search-index';
import { tokenize } from '../../../shared/search/tokenize';
import { segmentWords } from '../../../shared/search/segment-words';
import { foldText } from '../../../shared/search/fold-text';
import { makeCorpusGenerator } from './generate-corpus';
import { benchQueries } from './bench-queries';
import { fmt, percentile } from '../support/stats';

// The library comparison: the same corpus and queries through each candidate in one run. A tenth of the full
// benchmark's size, so MiniSearch finishes on a 2-core machine; the chosen index is measured at full size in Chromium.
const SOURCES = Number(process.env.SEARCH_BENCH_SOURCES ?? 1_000);
const CLAIMS = Number(process.env.SEARCH_BENCH_CLAIMS ?? 10_000);

interface Candidate {
  name: string;
  add: (id: number, text: string) => void;
  search: (q: string) => number[];
}

function corpus(): string[] {
  const gen = makeCorpusGenerator();
  const docs: string[] = [];
  for (let i = 0; i < SOURCES; i++) {
    const { source, text } = gen.source(i);
    docs.push(`${source.title}\n${text.text}`);
  }
  for (let i = 0; i < CLAIMS; i++) docs.push(gen.claim(i, SOURCES).claim.text);
  return docs;
}

function candidates(): Candidate[] {
  const mini = (name: string, options: ConstructorParameters<typeof MiniSearch>[0]): Candidate => {
    const m = new MiniSearch(options);
    return { name, add: (id, text) => m.add({ id, text }), search: (q) => m.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).map((r) => r.id as number) };
  };
  const flex = (name: string, options: ConstructorParameters<typeof FlexSearch.Index>[0]): Candidate => {
    const f = new FlexSearch.Index(options);
    return { name, add: (id, text) => f.add(id, text), search: (q) => f.search(q, { limit: 1_000_000 }) as number[] };
  };
  const ours = new SearchIndex();
  return [
    mini('MiniSearch (default tokenizer)', { fields: ['text'] }),
    mini('MiniSearch + bigram tokenizer', { fields: ['text'], tokenize, processTerm: (t) => t }),
    flex('FlexSearch (default, forward)', { tokenize: 'forward' }),
    flex('FlexSearch (CJK charset)', { tokenize: 'forward', encoder: 'CJK' }),
    flex('FlexSearch + Intl.Segmenter words', { tokenize: 'forward', encode: (t: string) => segmentWords(t) }),
    {
      name: 'FlexSearch + bigram tokenizer (chosen)',
      add: (id, text) => ours.upsert({ meta: { kind: 'source', id: String(id), label: '', sourceIds: [], tags: [] }, text }),
      search: (q) => ours.search(q, {}, { candidates: 1_000_000, hits: 1_000_000 }).groups.flatMap((g) => g.hits.map((h) => Number(h.id))),
    },
  ];
}

it('search libraries on the same corpus: build, query p50/p95, Chinese recall and precision', () => {
  const docs = corpus();
  const folded = docs.map(foldText);
  const queries = benchQueries();
  const chinese = queries.filter((q) => q.kind === 'zh2' || q.kind === 'zh4');
  // The baseline and the truth: a plain scan for the exact substring.
  const scanTimes: number[] = [];
  const truth = new Map<string, Set<number>>();
  for (const q of queries) {
    const t0 = performance.now();
    const needle = foldText(q.text);
    const hits = new Set<number>();
    folded.forEach((d, i) => {
      if (d.includes(needle)) hits.add(i);
    });
    scanTimes.push(performance.now() - t0);
    truth.set(q.text, hits);
  }
  console.log(`search libraries corpus: ${SOURCES} sources, ${CLAIMS} claims, ${queries.length} queries (${chinese.length} Chinese)`);
  console.log(`search baseline substring scan p50 ${fmt(percentile(scanTimes, 0.5))} ms, p95 ${fmt(percentile(scanTimes, 0.95))} ms`);
  for (const c of candidates()) {
    const t0 = performance.now();
    docs.forEach((d, i) => c.add(i, d));
    const build = performance.now() - t0;
    const times: number[] = [];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const q of queries) {
      const s = performance.now();
      const found = c.search(q.text);
      times.push(performance.now() - s);
      if (q.kind !== 'zh2' && q.kind !== 'zh4') continue;
      const want = truth.get(q.text) ?? new Set<number>();
      const got = new Set(found);
      for (const id of got) if (want.has(id)) tp++;
      else fp++;
      for (const id of want) if (!got.has(id)) fn++;
    }
    const recall = tp / Math.max(1, tp + fn);
    const precision = tp / Math.max(1, tp + fp);
    console.log(
      `search library ${c.name}: build ${fmt(build, 0)} ms, query p50 ${fmt(percentile(times, 0.5), 3)} ms, p95 ${fmt(percentile(times, 0.95), 3)} ms, Chinese recall ${fmt(recall, 3)}, precision ${fmt(precision, 3)}`,
    );
  }
});
