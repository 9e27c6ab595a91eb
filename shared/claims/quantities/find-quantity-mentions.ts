import { CALENDAR_YEAR, type AmountBound, type AmountQuantity, type DateQuantity } from './quantity';
import { qualifiersAfter, qualifiersBefore, type QualifierMatch } from './read-qualifiers';
import { alternation, numberStarts, readNumberAt, stickyMatch, type NumberToken } from './read-number-tokens';
import { lookupUnit, normalizeAmount, UNIT_SYMBOLS, UNIT_WORDS, type Dimension } from './units';

type MentionOf<Q> = Omit<Q, 'subject' | 'measure' | 'period' | 'text'>;
/** A number found in a text with its unit and qualifiers, before its measure and subject are read. */
export type QuantityMention = MentionOf<AmountQuantity> | MentionOf<DateQuantity>;

// A bare four-digit number in this span is a year (`by 2027`); other bare numbers, with no unit or scale, are not quantities.
const YEAR_MIN = 1800;
const YEAR_MAX = 2199;

// Units: words in any case with a space or hyphen before them (`10-year`), symbols with their case.
// No pattern here crosses a line break: a number at the end of one line and a word at the start of the next are apart.
// `pp`, `d` and `count` are canonical names only; in running text they are pages, days of a date or a verb.
const NOT_SCANNED = new Set(['pp', 'd', 'count']);
const UNIT_WORD_AT = new RegExp(`(?:[^\\S\\n]+|-)?(${alternation(Object.keys(UNIT_WORDS))})(?![A-Za-z])`, 'iuy');
const UNIT_SYMBOL_AT = new RegExp(
  `[^\\S\\n]?(${alternation(Object.keys(UNIT_SYMBOLS).filter((u) => !NOT_SCANNED.has(u)))})(?![A-Za-z])`,
  'uy',
);
// 成 is a tenth only when it does not start a word: 七成 is 70%, 三成为 is "three become".
const NOT_TENTHS_AFTER = /^[为立功本员果交长就熟]/u;
const ENGLISH_SCALE_AT = /(?:[^\S\n]+|-)?(thousand|million|billion|trillion|mln|mn|bn)(?![A-Za-z])/iuy;
const CHINESE_SCALE_AT = /[^\S\n]?(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千)/uy;
// 4400多万吨, 270余万吨: more than the number written.
const MORE_THAN_AT = /[多余]/uy;
// A currency sign or 百分之 stands at most this many characters before its number (`US$ `, `人民币`).
const PREFIX_LOOKBACK = 8;
const PREFIX_BEFORE = /(?:(?<![A-Za-z])(?:US\$|CN¥|JP¥|USD|EUR|GBP|CNY|RMB|JPY)|[$€£¥]|人民币|百分之)[^\S\n]?$/u;
const RANGE_DASH_AT = /[^\S\n]*(?:-|–|—|~|至|到)[^\S\n]*/uy;
const RANGE_TO_AT = /[^\S\n]+to[^\S\n]+/iuy;
const RANGE_AND_AT = /[^\S\n]+and[^\S\n]+/iuy;
const BETWEEN_BEFORE = /(?<![\p{L}])between[^\S\n]+$/iu;
// "rose from 10% to 12%" is a change between two figures, not a range.
const FROM_BEFORE = /(?:(?<![\p{L}])from|从|由)[^\S\n]*$/iu;
// A year followed by a month or time (`2025-10-30`, `2025/26`) is a date we do not model, not a year on its own.
const FULL_DATE_AFTER = /^[-/:.]\d/u;
// `[8]` and `【8】` are citation markers, not figures.
const MARKER_BEFORE = /[[【][^\S\n]*$/u;
// A minus sign, or a hyphen that does not join two words, makes a negative number, which we do not read.
const NEGATIVE_BEFORE = /(?:−|(?:^|\s|[(（])-)$/u;

/** Finds every quantity written in `text`: amounts with a unit or scale, and years; skips malformed numbers. */
export function findQuantityMentions(text: string): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  let consumed = 0;
  for (const start of numberStarts(text)) {
    if (start < consumed) continue;
    const token = readNumberAt(text, start);
    if (!token) continue;
    if (token.value === undefined) {
      consumed = token.end;
      continue;
    }
    const read = readMention(text, token, consumed);
    if (read) mentions.push(read);
    consumed = read ? read.end : token.end;
  }
  return mentions;
}

interface NumberPart {
  token: NumberToken;
  value: number;
  /** A currency sign or 百分之 written before the number. */
  prefix?: string;
  /** A scale word after the number: `million`, `万`. */
  scale?: string;
  /** The unit written after the number (and its scale): `tons`, `吨`, `%`. */
  suffix?: string;
  /** Where the number's own words end (scale and unit included). */
  end: number;
  prefixStart: number;
  moreThan: boolean;
}

// A number with what is written around it: a currency or 百分之 before, then 多, a scale and a unit after.
function readPart(text: string, token: NumberToken, floor: number): NumberPart | undefined {
  if (token.value === undefined) return undefined;
  const lookbackStart = Math.max(floor, token.start - PREFIX_LOOKBACK);
  const prefix = PREFIX_BEFORE.exec(text.slice(lookbackStart, token.start));
  let at = token.end;
  const moreThan = token.family === 'words' ? null : stickyMatch(MORE_THAN_AT, text, at);
  if (moreThan) at += moreThan[0].length;
  let scale = token.scale;
  let unit = readUnitAt(text, at);
  if (!unit && scale === undefined && token.family !== 'words') {
    const scaleMatch = (token.family === 'digits' ? stickyMatch(ENGLISH_SCALE_AT, text, at) : null) ?? stickyMatch(CHINESE_SCALE_AT, text, at);
    if (scaleMatch?.[1]) {
      scale = scaleMatch[1];
      at += scaleMatch[0].length;
      unit = readUnitAt(text, at);
    }
  }
  if (unit) at = unit.end;
  const part: NumberPart = {
    token,
    value: token.value,
    end: at,
    prefixStart: prefix ? lookbackStart + prefix.index : token.start,
    // 多 says "more than" only when a scale or unit follows it: 4400多万吨.
    moreThan: moreThan !== null && (unit !== undefined || scale !== undefined),
  };
  if (prefix) part.prefix = prefix[0].trim();
  if (scale !== undefined) part.scale = scale;
  if (unit) part.suffix = unit.written;
  if (moreThan && !part.moreThan) part.end = token.end;
  return part;
}

/** The unit of a part as written: scale and suffix, or scale and prefix when no unit follows (`$44 million`). */
function unitOf(part: Pick<NumberPart, 'prefix' | 'scale' | 'suffix'>): string {
  return joinUnit(part.scale, part.suffix ?? part.prefix);
}

function readUnitAt(text: string, at: number): { written: string; end: number } | undefined {
  for (const pattern of [UNIT_WORD_AT, UNIT_SYMBOL_AT]) {
    const match = stickyMatch(pattern, text, at);
    const written = match?.[1];
    if (!match || written === undefined) continue;
    const end = at + match[0].length;
    if (written === '成' && NOT_TENTHS_AFTER.test(text.slice(end))) continue;
    return { written: written.replace(/[^\S\n]+/gu, ' '), end };
  }
  return undefined;
}

// English scale words take a space before the unit (`million tons`); Chinese ones run on (`万吨`).
function joinUnit(scale: string | undefined, unit: string | undefined): string {
  if (scale === undefined) return unit ?? '';
  if (unit === undefined) return scale;
  return /^\p{Script=Han}/u.test(scale) ? `${scale}${unit}` : `${scale} ${unit}`;
}

function readMention(text: string, token: NumberToken, floor: number): QuantityMention | undefined {
  const justBefore = text.slice(Math.max(0, token.start - 2), token.start);
  if (MARKER_BEFORE.test(justBefore) || NEGATIVE_BEFORE.test(justBefore)) return undefined;
  const first = readPart(text, token, floor);
  if (!first) return undefined;
  const date = readDate(text, first);
  if (date) return withQualifiers(text, date, floor, 'date');
  const range = readRange(text, first, floor);
  const unit = range?.unit ?? unitOf(first);
  if (unit === '') return undefined;
  const high = range?.high;
  const normalized = normalizeAmount(first.value, unit, high);
  const dimension = lookupUnit(unit)?.dimension;
  if (!normalized || !dimension) return undefined;
  const amount: MentionOf<AmountQuantity> = {
    kind: 'amount',
    value: first.value,
    unit,
    normalized,
    approx: false,
    start: first.prefixStart,
    end: range?.end ?? first.end,
  };
  if (high !== undefined) amount.high = high;
  if (first.moreThan) amount.bound = 'over';
  return withQualifiers(text, amount, floor, dimension);
}

function readDate(text: string, part: NumberPart): MentionOf<DateQuantity> | undefined {
  const { token, value } = part;
  const fourDigits = token.family === 'digits' && /^\d{4}$/u.test(text.slice(token.start, token.end));
  const isYearNumber = (fourDigits || token.digitString === true) && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
  if (!isYearNumber || part.scale !== undefined || part.prefix !== undefined || part.moreThan) return undefined;
  const normalized = { value, unit: CALENDAR_YEAR } as const;
  if (part.suffix === '年') return { kind: 'date', value, unit: '年', normalized, approx: false, start: token.start, end: part.end };
  if (part.suffix !== undefined || token.family !== 'digits') return undefined;
  const after = text.slice(token.end);
  if (FULL_DATE_AFTER.test(after) || /^[A-Za-z]/u.test(after)) return undefined;
  return { kind: 'date', value, unit: '', normalized, approx: false, start: token.start, end: token.end };
}

interface RangeEnd {
  high: number;
  unit: string;
  end: number;
}

// `10–12%`, `10 to 12 percent`, `between 10 and 12 million tons`, `$1-2 billion`, `百分之十至百分之十二`.
function readRange(text: string, first: NumberPart, floor: number): RangeEnd | undefined {
  const before = text.slice(floor, first.prefixStart);
  if (FROM_BEFORE.test(before)) return undefined;
  const connectors = BETWEEN_BEFORE.test(before) ? [RANGE_AND_AT] : [RANGE_DASH_AT, RANGE_TO_AT];
  for (const connector of connectors) {
    const link = stickyMatch(connector, text, first.end);
    if (!link) continue;
    const at = first.end + link[0].length;
    const token = readNumberAt(text, at + (/^(?:US\$|[$€£¥]|百分之)[^\S\n]?/u.exec(text.slice(at))?.[0].length ?? 0));
    if (!token || (token.family === 'words') !== (first.token.family === 'words')) continue;
    const second = readPart(text, token, at);
    if (!second) continue;
    const unit = rangeUnit(first, second, connector === RANGE_DASH_AT);
    if (unit === undefined || !(second.value > first.value)) continue;
    return { high: second.value, unit, end: second.end };
  }
  return undefined;
}

// Both ends share one unit, usually written once after the second number: `10–12%`, `$1-2 billion`,
// `10%–12%`, `10 million to 12 million tons`. Ends with different units or scales are not a range.
function rangeUnit(first: NumberPart, second: NumberPart, dashed: boolean): string | undefined {
  if (first.scale !== undefined && second.scale !== undefined && first.scale.toLowerCase() !== second.scale.toLowerCase()) return undefined;
  if (first.scale !== undefined && second.scale === undefined) return undefined;
  const sameWord = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase();
  if (!sameWord(first.suffix, second.suffix) || !sameWord(first.prefix, second.prefix)) return undefined;
  // "5% to 2027" is a figure and a year; only a dash joins a unit-less second number to a unit written after the first.
  if (first.suffix !== undefined && second.suffix === undefined && second.scale === undefined && !dashed) return undefined;
  const unit = unitOf({ scale: second.scale ?? first.scale, suffix: second.suffix ?? first.suffix, prefix: first.prefix ?? second.prefix });
  return unit === '' ? undefined : unit;
}

function withQualifiers<M extends QuantityMention>(text: string, mention: M, floor: number, dimension: Dimension | 'date'): M {
  const out = { ...mention };
  for (const match of qualifiersBefore(text.slice(floor, out.start))) {
    if (!apply(out, match, dimension)) break;
    out.start -= match.length;
  }
  for (const match of qualifiersAfter(text.slice(out.end))) {
    if (!apply(out, match, dimension)) break;
    out.end += match.length;
  }
  // Leading spaces a qualifier pattern took belong to the text before, not to the mention.
  while (out.start < mention.start && /[^\S\n]/u.test(text[out.start] ?? '')) out.start++;
  return out;
}

function apply(mention: QuantityMention, { qualifier }: QualifierMatch, dimension: Dimension | 'date'): boolean {
  if (qualifier === 'approx') {
    mention.approx = true;
    return true;
  }
  if (mention.bound !== undefined) return false;
  if (mention.kind === 'date') {
    if (qualifier !== 'by') return false;
    mention.bound = 'by';
    return true;
  }
  if (qualifier === 'by' || (qualifier === 'within' && dimension !== 'duration')) return false;
  mention.bound = qualifier satisfies AmountBound;
  return true;
}
