// Reading a claim's figures: find each number with its unit and qualifiers (find-quantity-mentions), then, within its
// sentence, what it measures (describe-measure), whom it is about (the subject rules below) and when it holds.
import { firstClauseBreak, lastClauseBreak } from './clauses';
import { describeMeasure } from './describe-measure';
import { findQuantityMentions, type QuantityMention } from './find-quantity-mentions';
import type { ExtractedQuantity } from './quantity';
import { findSubjectMentions, WORLD, type SubjectMention, type SubjectName } from './subjects';
import { lookupUnit } from './units';

/** Options for reading quantities from a claim. */
export interface ExtractOptions {
  /** Names beyond the built-in list of countries and blocs, e.g. companies, with their spellings. */
  extraSubjects?: readonly SubjectName[];
  /** The subject to use when the text names none and says only "it", e.g. the subject of the claim before. */
  fallbackSubject?: string;
}

/** Reads every quantity in a claim's text (English or Chinese) as data; never throws, and skips malformed numbers. */
export function extractQuantities(text: string, options: ExtractOptions = {}): ExtractedQuantity[] {
  const folded = foldWidths(text);
  const mentions = findQuantityMentions(folded);
  if (mentions.length === 0) return [];
  const subjects = findSubjectMentions(folded, options.extraSubjects);
  const sentences = sentenceSpans(folded);
  const out: ExtractedQuantity[] = [];
  for (const sentence of sentences) {
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    const context: SentenceContext = { folded, original: text, sentence, inSentence, subjects, options };
    let previousMeasure: string | undefined;
    for (const mention of inSentence) {
      const quantity = describe(context, mention, previousMeasure);
      const dimension = quantity.kind === 'amount' ? lookupUnit(quantity.normalized.unit)?.dimension : undefined;
      // "the global total" later in the sentence refers back to the last amount named (not a share or a span).
      if (quantity.measure !== undefined && (dimension === 'mass' || dimension === 'currency' || dimension === 'count')) {
        previousMeasure = quantity.measure;
      }
      out.push(quantity);
    }
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

// What every quantity in one sentence is read against.
interface SentenceContext {
  /** The text with full-width digits folded; offsets are the same as in the original. */
  folded: string;
  original: string;
  sentence: Span;
  inSentence: readonly QuantityMention[];
  subjects: readonly SubjectMention[];
  options: ExtractOptions;
}

function describe(context: SentenceContext, mention: QuantityMention, previousMeasure: string | undefined): ExtractedQuantity {
  const { folded, original, sentence, inSentence, subjects, options } = context;
  const quantity: ExtractedQuantity = { ...mention, text: original.slice(mention.start, mention.end) };
  const sentenceText = folded.slice(sentence.start, sentence.end);
  const dimension = mention.kind === 'amount' ? lookupUnit(mention.normalized.unit)?.dimension : undefined;
  let worldScope = false;
  if (mention.kind === 'amount' && dimension !== undefined) {
    const reading = describeMeasure({
      sentence: sentenceText,
      start: mention.start - sentence.start,
      end: mention.end - sentence.start,
      dimension,
      ...(previousMeasure === undefined ? {} : { previousMeasure }),
    });
    if (reading.measure !== undefined) quantity.measure = reading.measure;
    worldScope = reading.worldScope;
  }
  const subject = worldScope ? WORLD : resolveSubject(folded, subjects, sentence, mention, options.fallbackSubject);
  if (subject !== undefined) quantity.subject = subject;
  const period = mention.kind === 'date' ? String(mention.value) : dimension === 'duration' ? undefined : periodFor(folded, sentence, mention, inSentence);
  if (period !== undefined) quantity.period = period;
  return quantity;
}

// Who a figure is about, by the strongest clue first: the agent of a passive after it in its clause ("is controlled by
// China"); a subject before it in its clause, then in its sentence, preferring one that is not the object of a
// preposition ("China's exports to Japan rose 5%" are China's); else the first subject after it in the sentence.
function resolveSubject(
  text: string,
  subjects: readonly SubjectMention[],
  sentence: Span,
  mention: QuantityMention,
  fallback: string | undefined,
): string | undefined {
  const clauseStart = lastClauseBreak(text.slice(0, mention.start));
  const clauseEnd = mention.end + firstClauseBreak(text.slice(mention.end, sentence.end));
  const agent = subjects.find((s) => s.kind === 'named' && s.agent && s.start >= mention.end && s.start < clauseEnd);
  if (agent?.kind === 'named') return agent.name;
  for (const from of [Math.max(clauseStart, sentence.start), sentence.start]) {
    const before = subjects.filter((s) => s.start >= from && s.end <= mention.start);
    const nearest = before.filter((s) => !s.prepositional).at(-1) ?? before.at(-1);
    if (nearest) return nameOf(nearest, subjects, fallback);
  }
  const after = subjects.find((s) => s.kind === 'named' && s.start >= mention.end && s.start < sentence.end);
  if (after?.kind === 'named') return after.name;
  return fallback;
}

// "it" and 其 refer back to the last subject named anywhere before them, in this sentence or an earlier one.
function nameOf(mention: SubjectMention, subjects: readonly SubjectMention[], fallback: string | undefined): string | undefined {
  if (mention.kind === 'named') return mention.name;
  const antecedent = subjects.filter((s) => s.kind === 'named' && s.end <= mention.start).at(-1);
  return antecedent?.kind === 'named' ? antecedent.name : fallback;
}

// The date or deadline an amount holds for: a year or a "within" span in its own clause, or a year that opens
// the sentence ("In 2024, China produced ..."). A date in another clause is usually about something else.
function periodFor(text: string, sentence: Span, mention: QuantityMention, inSentence: readonly QuantityMention[]): string | undefined {
  const clauseStart = lastClauseBreak(text.slice(0, mention.start));
  const clauseEnd = mention.end + firstClauseBreak(text.slice(mention.end));
  const openingClauseEnd = sentence.start + firstClauseBreak(text.slice(sentence.start, sentence.end));
  const others = inSentence.filter((m) => m !== mention);
  const inClause = (m: QuantityMention): boolean => m.start >= clauseStart && m.end <= clauseEnd;
  const date =
    others.find((m) => m.kind === 'date' && inClause(m)) ??
    others.find((m) => m.kind === 'date' && m.bound === undefined && m.end <= openingClauseEnd && openingClauseEnd < clauseStart + 1);
  if (date) return date.bound === 'by' ? `by ${date.value}` : String(date.value);
  const span = others.find(
    (m) => m.kind === 'amount' && m.bound === 'within' && inClause(m) && lookupUnit(m.normalized.unit)?.dimension === 'duration',
  );
  return span ? text.slice(span.start, span.end) : undefined;
}

// Besides full stops, a line break, an inline bullet (` - `) and a citation marker followed by a new sentence end
// a sentence: summaries and clippings put one claim per line or bullet, often without a full stop.
const HARD_BREAK = /\n|(?<!\s)\s+-\s+|(?<=[\]】])\s+(?=[\p{Lu}\p{Script=Han}])/gu;

function sentenceSpans(text: string): Span[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const spans: Span[] = [];
  let pieceStart = 0;
  const pieceEnds = [...text.matchAll(HARD_BREAK)].map((m) => ({ end: m.index ?? 0, next: (m.index ?? 0) + m[0].length }));
  for (const { end, next } of [...pieceEnds, { end: text.length, next: text.length }]) {
    for (const s of segmenter.segment(text.slice(pieceStart, end))) {
      spans.push({ start: pieceStart + s.index, end: pieceStart + s.index + s.segment.length });
    }
    pieceStart = next;
  }
  return spans;
}

// Full-width digits and signs (３０％, ＄５) read as their ASCII forms. Each maps one code unit to one,
// so every offset into the folded text is an offset into the original.
const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  ['％', '%'],
  ['＄', '$'],
  ['￥', '¥'],
  ['．', '.'],
  ['～', '~'],
  ['－', '-'],
  ['\u00a0', ' '],
  ['\u202f', ' '],
  ['\u2009', ' '],
]);

function foldWidths(text: string): string {
  return text.replace(/[０-９％＄￥．～－\u00a0\u202f\u2009]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
    return FULL_WIDTH.get(c) ?? c;
  });
}
