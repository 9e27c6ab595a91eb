// Readers for the three ways a number is written in the texts we read: digits, English words and Chinese numerals.
// Each returns undefined for anything malformed instead of guessing, so a typo never becomes a figure.

// Digits with comma thousands separators (`270,000`, `1,234.5`) or without (`270000`, `0.1`).
// A leading zero is only read before a decimal point: `000` and `05` are more likely fragments than amounts.
const GROUPED_DIGITS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/u;
const PLAIN_DIGITS = /^(?:0|[1-9]\d*)(?:\.\d+)?$/u;

/** Reads `270,000`, `0.1` or `2027`; undefined for malformed digit runs such as `1,2,3` or `12..5`. */
export function parseDigits(token: string): number | undefined {
  if (!GROUPED_DIGITS.test(token) && !PLAIN_DIGITS.test(token)) return undefined;
  const value = Number(token.replaceAll(',', ''));
  return Number.isFinite(value) ? value : undefined;
}

// Maps, not object literals: a lookup of `constructor` or `toString` must find nothing.
const SMALL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const BIG_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Every word that can be part of a number written in English words. */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [
  ...SMALL_WORDS.keys(),
  ...TENS_WORDS.keys(),
  'hundred',
  ...BIG_SCALE_WORDS.keys(),
];

/** Reads `six`, `forty-four`, `two hundred and fifty thousand`, `a million`; undefined for word salad such as `one two`. */
export function parseEnglishNumber(words: string): number | undefined {
  const tokens = words.toLowerCase().split(/[\s-]+/u).filter((w) => w !== '' && w !== 'and');
  // `a` stands for one only before a multiplier: `a million`, `a hundred`.
  if (tokens[0] === 'a') {
    if (tokens[1] === undefined || !(tokens[1] === 'hundred' || BIG_SCALE_WORDS.has(tokens[1]))) return undefined;
    tokens[0] = 'one';
  }
  let total = 0;
  let group: string[] = [];
  let lastScale = Infinity;
  for (const token of tokens) {
    const scale = BIG_SCALE_WORDS.get(token);
    if (scale === undefined) {
      group.push(token);
      continue;
    }
    const groupValue = parseWordGroup(group);
    // Scales must fall (`two million three thousand`), and each needs a number before it.
    if (groupValue === undefined || groupValue === 0 || scale >= lastScale) return undefined;
    total += groupValue * scale;
    lastScale = scale;
    group = [];
  }
  if (group.length > 0) {
    const rest = parseWordGroup(group);
    if (rest === undefined) return undefined;
    total += rest;
  } else if (tokens.length === 0) {
    return undefined;
  }
  return total;
}

// One group below a thousand: `seven`, `forty-four`, `two hundred`, `two hundred fifty`, `fifteen hundred`.
function parseWordGroup(tokens: readonly string[]): number | undefined {
  const hundredAt = tokens.indexOf('hundred');
  if (hundredAt === -1) return parseBelowHundred(tokens);
  if (tokens.indexOf('hundred', hundredAt + 1) !== -1) return undefined;
  const head = hundredAt === 0 ? 1 : parseBelowHundred(tokens.slice(0, hundredAt));
  if (head === undefined || head === 0) return undefined;
  const tail = tokens.length > hundredAt + 1 ? parseBelowHundred(tokens.slice(hundredAt + 1)) : 0;
  return tail === undefined ? undefined : head * 100 + tail;
}

function parseBelowHundred(tokens: readonly string[]): number | undefined {
  const [first, second, ...rest] = tokens;
  if (first === undefined || rest.length > 0) return undefined;
  const tens = TENS_WORDS.get(first);
  if (second === undefined) return SMALL_WORDS.get(first) ?? tens;
  const unit = SMALL_WORDS.get(second);
  return tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : undefined;
}

const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['壹', 1], ['二', 2], ['贰', 2], ['两', 2], ['三', 3], ['叁', 3], ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5], ['六', 6], ['陆', 6], ['七', 7], ['柒', 7], ['八', 8], ['捌', 8], ['九', 9], ['玖', 9],
]);
const CHINESE_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
]);
// A run of two or three bare digits is a Chinese approximation (`一两年`, one or two years; `三四天`), not a number;
// from four digits on it is a year written digit by digit (`二〇二七`, `一九九九`).
const MIN_DIGIT_STRING = 4;

/** Every character that can be part of a Chinese numeral (digits, units, 万, 亿 and the decimal point 点). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';

/** Reads `七十`, `四千四百万`, `一亿五千万`, `二〇二七`, `三点五`; undefined for malformed numerals such as `十百` or a bare `万`. */
export function parseChineseNumeral(text: string): number | undefined {
  const [integerPart = '', fraction, extra] = text.split('点');
  if (extra !== undefined || integerPart === '') return undefined;
  const integer = [...integerPart].every((c) => CHINESE_DIGITS.has(c)) ? readDigitString(integerPart) : readPositional(integerPart);
  if (integer === undefined) return undefined;
  if (fraction === undefined) return integer;
  if (fraction === '' || ![...fraction].every((c) => CHINESE_DIGITS.has(c))) return undefined;
  const fractionDigits = [...fraction].map((c) => CHINESE_DIGITS.get(c)).join('');
  return Number(`${integer}.${fractionDigits}`);
}

// `二〇二七` is read digit by digit, as years are written.
function readDigitString(text: string): number | undefined {
  const digits = [...text].map((c) => CHINESE_DIGITS.get(c));
  if (digits.length > 1 && digits.length < MIN_DIGIT_STRING) return undefined;
  if (digits.some((d) => d === undefined)) return undefined;
  const value = Number(digits.join(''));
  return Number.isFinite(value) ? value : undefined;
}

// `四千四百万`: units inside a section of four digits, and 万 and 亿 closing sections.
function readPositional(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let sawAnything = false;
  for (const char of text) {
    const d = CHINESE_DIGITS.get(char);
    if (d !== undefined) {
      // Two digits in a row (`二三`) are not a numeral; 零 only marks a gap (`一千零五`).
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined;
      digit = d;
      continue;
    }
    const unit = CHINESE_SMALL_UNITS.get(char);
    if (unit !== undefined) {
      if (unit >= lastUnit) return undefined;
      // A unit with no digit before it counts one (`十五` is 15), but only at the start of a section.
      const count = digit ?? (section === 0 && !sawAnything ? 1 : undefined);
      if (count === undefined || count === 0) return undefined;
      section += count * unit;
      lastUnit = unit;
      digit = undefined;
      sawAnything = true;
      continue;
    }
    if (char === '万' || char === '亿') {
      const sectionValue = section + (digit ?? 0);
      if (char === '万') {
        if (sectionValue === 0) return undefined;
        total += sectionValue * 1e4;
      } else {
        if (sectionValue === 0 && total === 0) return undefined;
        total = (total + sectionValue) * 1e8;
      }
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      sawAnything = true;
      continue;
    }
    return undefined;
  }
  const value = total + section + (digit ?? 0);
  return sawAnything || digit !== undefined ? value : undefined;
}
