// A fuzzy anchor may only move a note onto text that states the same numbers: "latency fell by twelve percent"
// and "latency fell by ten percent" are one edit apart in spelling and a world apart in meaning. This module
// reads the numbers a passage states, however they are written (12, 12.0, twelve, 1.2 million, 十二, 27万,
// 百分之十二, 12%), so two passages can be compared by value rather than by spelling.

/** One number stated in a text. */
export interface QuoteNumber {
  value: number;
  /** Stated as a percentage ("12%", "twelve percent", "百分之十二"). */
  percent: boolean;
}

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CN_DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

// Longer words first so the alternation prefers "seventeen" to "seven".
const EN_WORD = `(?:${[...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
const CN_DIGIT_CHARS = Object.keys(CN_DIGIT_VALUES).join('');
const CN_NUMERAL = `[${CN_DIGIT_CHARS}十百千万亿]+(?:点[${CN_DIGIT_CHARS}]+)?`;
// A minus counts only where it cannot be a hyphen or a range dash ("COVID-19", "2019-2020").
const DIGITS = String.raw`(?:(?<![\p{L}\p{N}])[-−])?\d+(?:,\d{3})*(?:\.\d+)?`;
const DIGIT_SCALE = String.raw`(?:\s*(?:hundred|thousand|million|billion|trillion)\b|万|亿)?`;
const PERCENT = String.raw`(?:\s*(?:%|per\s?cent\b))?`;

const NUMBER_PATTERN = new RegExp(
  [
    `(?<cnPercent>百分之(?:${CN_NUMERAL}|\\d+(?:\\.\\d+)?))`,
    `(?<digits>${DIGITS}${DIGIT_SCALE})(?<digitsPercent>${PERCENT})`,
    String.raw`(?<words>\b${EN_WORD}(?:(?:\s+|-)(?:and\s+)?${EN_WORD})*\b)(?<wordsPercent>${PERCENT})`,
    `(?<cn>${CN_NUMERAL})`,
  ].join('|'),
  'giu',
);

function parseDigits(raw: string): number {
  const scale = /(hundred|thousand|million|billion|trillion|万|亿)$/iu.exec(raw.trim());
  const numeric = Number(raw.replace(/[^\d.\-−]/gu, '').replace('−', '-'));
  if (!scale?.[1]) return numeric;
  const word = scale[1].toLowerCase();
  return numeric * (EN_SCALES[word] ?? CN_LARGE_UNITS[word] ?? 1);
}

function parseEnglishWords(raw: string): number {
  let total = 0;
  let current = 0;
  for (const word of raw.toLowerCase().split(/[\s-]+/u)) {
    const unit = EN_UNITS[word];
    const scale = EN_SCALES[word];
    if (unit !== undefined) current += unit;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return total + current;
}

function parseChineseInteger(raw: string): number {
  // A run with no unit characters is read digit by digit, as years are written: 二〇二五 = 2025.
  if (![...raw].some((ch) => ch in CN_SMALL_UNITS || ch in CN_LARGE_UNITS)) {
    return Number([...raw].map((ch) => CN_DIGIT_VALUES[ch] ?? 0).join('') || '0');
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of raw) {
    const d = CN_DIGIT_VALUES[ch];
    const small = CN_SMALL_UNITS[ch];
    const large = CN_LARGE_UNITS[ch];
    if (d !== undefined) digit = d;
    else if (small !== undefined) {
      // 十二 = 12: a unit with no digit before it means one of it.
      section += (digit || 1) * small;
      digit = 0;
    } else if (large === 1e8) {
      total = (total + section + digit) * large;
      section = 0;
      digit = 0;
    } else if (large !== undefined) {
      total += (section + digit) * large;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

function parseChinese(raw: string): number {
  const [whole = '', fraction] = raw.split('点');
  const integer = parseChineseInteger(whole);
  if (!fraction) return integer;
  return Number(`${integer}.${[...fraction].map((ch) => CN_DIGIT_VALUES[ch] ?? 0).join('')}`);
}

/** The numbers `text` states, in order, with their values normalized (twelve = 12 = 12.0, 27万 = 270000). */
export function extractNumbers(text: string): QuoteNumber[] {
  // NFKC turns full-width digits and signs (１２％) into their ASCII forms.
  const normalized = text.normalize('NFKC');
  const found: QuoteNumber[] = [];
  for (const m of normalized.matchAll(NUMBER_PATTERN)) {
    const g = m.groups ?? {};
    if (g.cnPercent) {
      const rest = g.cnPercent.slice('百分之'.length);
      found.push({ value: /\d/u.test(rest) ? Number(rest) : parseChinese(rest), percent: true });
    } else if (g.digits) {
      found.push({ value: parseDigits(g.digits), percent: Boolean(g.digitsPercent?.trim()) });
    } else if (g.words) {
      found.push({ value: parseEnglishWords(g.words), percent: Boolean(g.wordsPercent?.trim()) });
    } else if (g.cn) {
      found.push({ value: parseChinese(g.cn), percent: false });
    }
  }
  return found;
}

// Values parsed from different spellings can differ in the last bits (1.1 million vs 1,100,000).
const RELATIVE_TOLERANCE = 1e-9;

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** True when both texts state the same numbers in the same order, however each spells them. */
export function numbersUnchanged(before: string, after: string): boolean {
  const a = extractNumbers(before);
  const b = extractNumbers(after);
  return a.length === b.length && a.every((n, i) => {
    const other = b[i];
    return other !== undefined && other.percent === n.percent && sameValue(other.value, n.value);
  });
}
