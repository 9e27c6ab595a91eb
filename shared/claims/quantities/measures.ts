// What a figure measures, named the same way whatever language or word form the text used:
// "producing", "production" and 生产 are all `production`; keys then treat `output` and `production` as one.

import { memoKey } from './memo-key';

/** A word that names a measure, and the measure it names. */
export interface MeasureWord {
  pattern: RegExp;
  measure: string;
}

const word = (forms: string, chinese: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])|${chinese}`, 'giu');

/** The measures claims in this field report, in English word forms and Chinese. */
export const MEASURE_WORDS: readonly MeasureWord[] = [
  { measure: 'reserves', pattern: word('reserves?', '储量|储备') },
  { measure: 'output', pattern: word('output', '产量|产出') },
  { measure: 'production', pattern: word('production|produc(?:e|es|ed|ing)', '生产') },
  { measure: 'refining', pattern: word('refining|refin(?:e|es|ed)|refinery|refineries', '精炼|冶炼|提炼') },
  { measure: 'processing', pattern: word('processing|process(?:es|ed)?', '加工') },
  { measure: 'supply', pattern: word('supply|supplies|suppl(?:ied|ying)', '供应|供给') },
  { measure: 'exports', pattern: word('exports?|exported|exporting', '出口') },
  { measure: 'imports', pattern: word('imports?|imported|importing', '进口') },
  { measure: 'consumption', pattern: word('consumption|consum(?:e|es|ed|ing)', '消费|消耗') },
  { measure: 'demand', pattern: word('demand', '需求') },
  { measure: 'mining', pattern: word('mining|mined', '开采') },
  { measure: 'capacity', pattern: word('capacity|capacities', '产能') },
  { measure: 'investment', pattern: word('investments?|invest(?:s|ed|ing)?', '投资') },
  { measure: 'revenue', pattern: word('revenues?', '营收|收入') },
  { measure: 'sales', pattern: word('sales', '销售额|销量') },
  { measure: 'price', pattern: word('prices?', '价格') },
  { measure: 'tariff', pattern: word('tariffs?', '关税') },
  { measure: 'stockpile', pattern: word('stockpiles?', '库存') },
];

/** One place a measure is named in a text. */
export interface MeasureMention {
  measure: string;
  start: number;
  end: number;
}

/** Every measure named in `text`, in order. */
export function findMeasureWords(text: string): MeasureMention[] {
  const found: MeasureMention[] = [];
  for (const { measure, pattern } of MEASURE_WORDS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      found.push({ measure, start, end: start + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Words that make two measures the same for comparison. Output and production are one measure in this field
// (the example pairs "70% of the world's output" with a production figure); global and world are one scope.
const MEASURE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['output', 'production'],
  ['produce', 'production'],
  ['produced', 'production'],
  ['global', 'world'],
  ["world's", 'world'],
  ['worldwide', 'world'],
  ['全球', 'world'],
  ['世界', 'world'],
  ['全世界', 'world'],
  ['reserve', 'reserves'],
  ['supplies', 'supply'],
  ['export', 'exports'],
  ['import', 'imports'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['refined', 'refining'],
]);
const MEASURE_STOPWORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The key measures are compared by: lower case, articles dropped, synonyms merged (`Share of the global output` ≡ `share of world production`). */
export const measureKey: (measure: string) => string = memoKey((measure) =>
  measure
    .toLowerCase()
    .replaceAll('’', "'")
    .split(/\s+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}'])[^\p{L}\p{N}']+$/gu, ''))
    .filter((token) => token !== '' && !MEASURE_STOPWORDS.has(token))
    .map((token) => MEASURE_SYNONYMS.get(token) ?? token)
    .join(' '),
);

/** The prefix of a share's measure: `share of world output` is a part of the world's output. */
export const SHARE_OF = 'share of';

/** A share measure taken apart: the whole it is a share of, and whether that whole is the world's. */
export interface ShareMeasure {
  /** The measure of the whole: `output` in `share of world output`. */
  base: string;
  worldScope: boolean;
}

const SHARE_MEASURE =
  /^share\s+of\s(?:the\s)?(?<scope>(?:global|worldwide|world(?:'s|’s)?)(?![\p{L}'’])|全球|全世界|世界)?(?<base>.+)$/iu;

/** Reads a measure of the form `share of [world|global] X`; undefined for any other measure. */
export function parseShareMeasure(measure: string): ShareMeasure | undefined {
  // Single spaces let the pattern use `\s` where `\s+` next to `.+` would backtrack quadratically.
  const groups = SHARE_MEASURE.exec(measure.trim().replace(/\s+/gu, ' '))?.groups;
  const base = groups?.['base']?.trim();
  if (base === undefined || base === '') return undefined;
  return { base, worldScope: groups?.['scope'] !== undefined };
}
