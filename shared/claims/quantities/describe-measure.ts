import { firstClauseBreak, lastClauseBreak } from './clauses';
import { findMeasureWords, SHARE_OF, type MeasureMention } from './measures';
import type { Dimension } from './units';

/** Where a quantity stands in its sentence, and what is known of the quantities before it. */
export interface MeasureContext {
  /** The sentence holding the quantity. */
  sentence: string;
  /** The quantity's span within the sentence. */
  start: number;
  end: number;
  dimension: Dimension;
  /** The measure of the nearest amount before it in the sentence, for "40% of the global total". */
  previousMeasure?: string;
}

/** What a quantity measures, and whether the figure is a world total ("global reserves total 120 million tons"). */
export interface MeasureReading {
  measure?: string;
  worldScope: boolean;
}

// The noun phrase after "of" ends where a verb, relative pronoun or preposition starts a new phrase.
const ENGLISH_PHRASE =
  /^(?:(?!(?<![\p{L}])(?:is|are|was|were|has|have|had|which|that|while|and|but|in|by|from|for|to|with|as|at|on|will|would|could|can|may|compared|controlled|accounting|making|according|since|during|than)(?![\p{L}]))[^,;:.!?()\n])*/iu;
const CHINESE_PHRASE = /^[^，。；、,;:：！？!?\s由被是为在将已和与及占]*/u;
// Long phrases are sentences that lost their punctuation, not measures.
const MAX_PHRASE_CHARS = 80;
const SCOPE_WORD = /^(?:the\s+)?(?:(global|worldwide|world(?:'s|’s)?)(?![\p{L}'’])|(全球|全世界|世界))\s*/iu;
// A scope word a few words before a measure makes the figure a world total: "global rare earth reserves".
const SCOPE_BEFORE_MEASURE = /(?:(?<![\p{L}])(?:global|world(?:'s|’s)?|worldwide)\s+(?:[\p{L}-]+\s+){0,2}|(?:全球|全世界|世界)\p{Script=Han}{0,4})$/iu;
const CHANGE_WORD =
  /(?<![\p{L}])(?:rose|rise[sn]?|rising|increase[sd]?|increasing|grew|grow[sn]?|growth|fell|fall(?:s|en)?|decline[sd]?|dropped|drops?|decrease[sd]?|jump(?:ed|s)?|surge[sd]?|climb(?:ed|s)?|gain(?:ed|s)?|up|down|shrank|expand(?:ed|s)?)(?![\p{L}])|增长|上涨|上升|增加|提高|下降|下跌|减少|降低|同比|环比/iu;
// "rose to 270,000 tons" gives a level, not a change.
const LEVEL_AFTER_CHANGE = /(?:(?<![\p{L}])to|[到至])\s*$/iu;
const SHARE_VERB = /(?<![\p{L}])(?:accounts?\s+for|accounting\s+for|makes?\s+up|making\s+up|represents?|representing)\s*$|占(?:了|据)?$/iu;

/** Reads what a quantity measures from the words around it in its sentence; durations, and figures with no measure word near, get none. */
export function describeMeasure(context: MeasureContext): MeasureReading {
  const { sentence, start, end } = context;
  // A duration is a deadline or a span ("within 180 days"); the measure words near it name what happens, not what it measures.
  if (context.dimension === 'duration') return { worldScope: false };
  const clauseStart = lastClauseBreak(sentence.slice(0, start));
  const clauseEnd = end + firstClauseBreak(sentence.slice(end));
  const before = sentence.slice(clauseStart, start);
  const after = sentence.slice(end, clauseEnd);
  if (context.dimension === 'share') {
    const measure = describeShare(context, before, after, sentence.slice(0, start));
    return { measure, worldScope: false };
  }
  return describeAmount(before, after, sentence.slice(0, start));
}

function describeShare(context: MeasureContext, before: string, after: string, sentenceBefore: string): string | undefined {
  const threshold = describeThreshold(sentenceBefore);
  if (threshold) return threshold;
  const verbMeasure = nearestBefore(findMeasureWords(before), before.length)?.measure;

  const englishOf = /^\s+of\s+/iu.exec(after);
  if (englishOf) return shareOf(readPhrase(after.slice(englishOf[0].length), ENGLISH_PHRASE), undefined, verbMeasure, context);

  // 全球90%以上的稀土精炼: the scope stands before the number, the whole after 的.
  const chineseOf = /^的/u.exec(after);
  const scopeRightBefore = /(全球|全世界|世界)\s*$/u.exec(before)?.[1];
  if (chineseOf) return shareOf(readPhrase(after.slice(1), CHINESE_PHRASE), scopeRightBefore, verbMeasure, context);

  // 占全球总量的40%, 产量占全球的70%.
  // Read from the last 占 without a regex: a lazy phrase before an optional 的 backtracks quadratically on long text.
  const zhanAt = before.lastIndexOf('占');
  if (zhanAt >= 0) {
    const head = /^(?:了|据)?(全球|全世界|世界)?/u.exec(before.slice(zhanAt + 1));
    const tail = before.slice(zhanAt + 1 + (head?.[0].length ?? 0)).trimEnd();
    const phrase = (tail.endsWith('的') ? tail.slice(0, -1) : tail).trim();
    const wholeBefore = nearestBefore(findMeasureWords(before.slice(0, zhanAt)), zhanAt)?.measure;
    return shareOf(phrase === '' ? (wholeBefore ?? '') : phrase, head?.[1], wholeBefore, context);
  }

  // "China's share of global output is 70%".
  const shareOfBefore = /(?<![\p{L}])share\s+of\s+/iu.exec(before);
  if (shareOfBefore) {
    const phrase = readPhrase(before.slice(shareOfBefore.index + shareOfBefore[0].length), ENGLISH_PHRASE);
    return shareOf(phrase, undefined, verbMeasure, context);
  }

  const measures = findMeasureWords(sentenceBefore);
  const nearest = nearestBefore(measures, sentenceBefore.length);
  // "China's output accounts for 70%": a share of the measure named before the verb.
  const shareVerb = SHARE_VERB.exec(before);
  if (shareVerb && nearest) return `${SHARE_OF} ${nearest.measure}`;
  // "exports rose 5%": a change in the measure, not a level of it.
  if (nearest) {
    const between = sentenceBefore.slice(nearest.end);
    if (CHANGE_WORD.test(between) && !LEVEL_AFTER_CHANGE.test(between)) return `change in ${nearest.measure}`;
  }
  return verbMeasure ?? nearestAfter(findMeasureWords(after))?.measure;
}

// "requiring export licenses for products containing over 0.1% ...": the figure is the threshold that triggers the requirement.
function describeThreshold(sentenceBefore: string): string | undefined {
  if (!/(?:(?<![\p{L}])contain(?:s|ing|ed)?|含有|含量|含)\s*$/iu.test(sentenceBefore)) return undefined;
  const required = /(?<![\p{L}])requir(?:e|es|ed|ing)\s+((?:(?!(?<![\p{L}])(?:for|on|if|when|to|of|that)(?![\p{L}]))[^,;:.])+)/iu.exec(sentenceBefore);
  const what = required?.[1]?.trim();
  return what ? `${what} threshold` : 'content threshold';
}

// The whole a share is of: its scope (world, global), then the measure named in the phrase, or the amount before
// it for "the global total", or the verb's measure for a phrase that names only a product ("produces 89% of magnets").
function shareOf(phrase: string, scopeBefore: string | undefined, verbMeasure: string | undefined, context: MeasureContext): string | undefined {
  let rest = phrase.trim().replace(/^(?:the|a|an|its|their)\s+/iu, '');
  let scope = scopeBefore;
  const scopeMatch = SCOPE_WORD.exec(rest);
  if (scopeMatch) {
    scope = scopeMatch[1] ?? scopeMatch[2];
    rest = rest.slice(scopeMatch[0].length);
  }
  const scopeText = scope === undefined ? '' : `${scopeName(scope)} `;
  const inPhrase = findMeasureWords(rest)[0];
  let base: string;
  if (inPhrase) {
    const tail = /^\s+of\s(.+)$/iu.exec(rest.slice(inPhrase.end))?.[1]?.trim();
    base = tail ? `${inPhrase.measure} of ${tail}` : inPhrase.measure;
  } else if (/^(?:total|总量|总额|总和)/iu.test(rest) || rest === '') {
    if (context.previousMeasure === undefined && rest === '') return undefined;
    base = context.previousMeasure ?? 'total';
  } else {
    base = verbMeasure ? `${verbMeasure} of ${rest}` : rest;
  }
  return `${SHARE_OF} ${scopeText}${base}`;
}

function describeAmount(before: string, after: string, sentenceBefore: string): MeasureReading {
  // "44 million tons of reserves", "4400万吨的储量".
  const of = /^(?:\s+of\s+|的)/iu.exec(after);
  if (of) {
    const phrase = readPhrase(after.slice(of[0].length), /^的/u.test(of[0]) ? CHINESE_PHRASE : ENGLISH_PHRASE);
    const inPhrase = findMeasureWords(phrase)[0];
    if (inPhrase) return { measure: inPhrase.measure, worldScope: SCOPE_BEFORE_MEASURE.test(phrase.slice(0, inPhrase.start)) };
  }
  const inClause = nearestBefore(findMeasureWords(before), before.length);
  if (inClause) return readBefore(before, inClause);
  const later = nearestAfter(findMeasureWords(after));
  if (later) return { measure: later.measure, worldScope: SCOPE_BEFORE_MEASURE.test(after.slice(0, later.start)) };
  // Chinese often names the measure once for several clauses: 中国稀土产量，2024年为27万吨.
  const inSentence = nearestBefore(findMeasureWords(sentenceBefore), sentenceBefore.length);
  return inSentence ? readBefore(sentenceBefore, inSentence) : { worldScope: false };
}

function readBefore(text: string, mention: MeasureMention): MeasureReading {
  const between = text.slice(mention.end);
  const change = CHANGE_WORD.test(between) && !LEVEL_AFTER_CHANGE.test(between);
  return {
    measure: change ? `change in ${mention.measure}` : mention.measure,
    worldScope: !change && SCOPE_BEFORE_MEASURE.test(text.slice(0, mention.start)),
  };
}

function scopeName(scope: string): string {
  if (/^全球$/u.test(scope)) return 'global';
  if (/^(?:全世界|世界)$/u.test(scope)) return 'world';
  return scope.toLowerCase().replace(/['’]s$/u, '');
}

function readPhrase(text: string, pattern: RegExp): string {
  return (pattern.exec(text)?.[0] ?? '').slice(0, MAX_PHRASE_CHARS).trim();
}

function nearestBefore(mentions: readonly MeasureMention[], limit: number): MeasureMention | undefined {
  return mentions.filter((m) => m.end <= limit).at(-1);
}

function nearestAfter(mentions: readonly MeasureMention[]): MeasureMention | undefined {
  return mentions[0];
}
