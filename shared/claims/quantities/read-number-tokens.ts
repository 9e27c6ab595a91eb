import { CHINESE_NUMERAL_CHARS, ENGLISH_NUMBER_WORDS, parseChineseNumeral, parseDigits, parseEnglishNumber } from './parse-numbers';
import { SCALE_WORDS } from './units';

// Finds where numbers start in a text and reads each one, in whichever of three ways it is written.

/** How a number is written. */
export type Family = 'digits' | 'words' | 'chinese';

/** A number as written: where it stands and its value (undefined when malformed). */
export interface NumberToken {
  family: Family;
  start: number;
  end: number;
  /** Undefined for a malformed number (`1,2,3`, `12..5`), which is skipped whole. */
  value: number | undefined;
  /** A scale word that ended the number and belongs with the unit: `million` in `forty-four million`. */
  scale?: string;
  /** `二〇二七`: written digit by digit, as a year is. */
  digitString?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A regex alternation of `words`, longest first so `seventeen` is tried before `seven`; spaces match any run of spaces. */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replaceAll(' ', '\\s+')).join('|');

// Numbers: digits not glued to a word (`A380`, `G7`), English number words, and Chinese numerals
// that are not ordinals (第一) and do not swallow the 百 of 百分之.
const DIGIT_RUN = /(?<![A-Za-z0-9_.,])\d[\d.,]*/uy;
const DIGIT_START = /(?<![A-Za-z0-9_.,])\d/gu;
const WORD = alternation(ENGLISH_NUMBER_WORDS);
const WORD_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:a\\s+(?=(?:hundred|thousand|million|billion|trillion)(?![\\p{L}])))?(?:${WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD}))*(?![\\p{L}])`,
  'iuy',
);
const WORD_START = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${WORD})(?![\\p{L}])|a\\s+(?=(?:hundred|thousand|million|billion|trillion)(?![\\p{L}])))`,
  'giu',
);
const CHINESE_CHARS = CHINESE_NUMERAL_CHARS.replace('点', '');
const CHINESE_RUN = new RegExp(`(?:(?!百分之)[${CHINESE_CHARS}])+(?:点[${CHINESE_CHARS}]+)?`, 'uy');
const CHINESE_START = new RegExp(`(?<![第${CHINESE_CHARS}])(?!百分之)[${CHINESE_CHARS}]`, 'gu');

/** Every offset in `text` where a number may start, in order. */
export function numberStarts(text: string): number[] {
  const starts = new Set<number>();
  for (const pattern of [DIGIT_START, WORD_START, CHINESE_START]) {
    for (const match of text.matchAll(pattern)) starts.add(match.index ?? 0);
  }
  return [...starts].sort((a, b) => a - b);
}

/** Matches a sticky pattern at exactly `at`. */
export function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads the number that starts at `at`: digits, English words or a Chinese numeral; undefined if none starts there. */
export function readNumberAt(text: string, at: number): NumberToken | undefined {
  const digits = stickyMatch(DIGIT_RUN, text, at);
  if (digits) {
    // One trailing point or comma is punctuation (`in 2024.`); a second one makes the run malformed (`1,2,3,,`).
    const raw = digits[0];
    const clean = /[.,]$/u.test(raw) ? raw.slice(0, -1) : raw;
    const value = /[.,]$/u.test(clean) ? undefined : parseDigits(clean);
    return { family: 'digits', start: at, end: value === undefined ? at + raw.length : at + clean.length, value };
  }
  const words = stickyMatch(WORD_RUN, text, at);
  if (words) return wordToken(words[0], at);
  const chinese = stickyMatch(CHINESE_RUN, text, at);
  if (chinese) return chineseToken(chinese[0], at);
  return undefined;
}

// "forty-four million" keeps `million` with the unit, as "44 million" does, so both give value 44 and unit `million tons`.
function wordToken(written: string, start: number): NumberToken {
  const end = start + written.length;
  const last = /(?:^|[\s-])(thousand|million|billion|trillion)$/iu.exec(written);
  const head = last ? written.slice(0, last.index).trim() : '';
  if (last?.[1] && head !== '' && !/thousand|million|billion|trillion/iu.test(head)) {
    const value = head.toLowerCase() === 'a' ? 1 : parseEnglishNumber(head);
    if (value !== undefined) return { family: 'words', start, end, value, scale: last[1].toLowerCase() };
  }
  return { family: 'words', start, end, value: parseEnglishNumber(written) };
}

function chineseToken(written: string, start: number): NumberToken {
  const end = start + written.length;
  const digitString = /^[零〇一二两三四五六七八九]{4,}$/u.test(written);
  const scale = /(?<![万亿])[万亿]+$/u.exec(written)?.[0];
  const head = scale === undefined ? '' : written.slice(0, -scale.length);
  if (scale !== undefined && head !== '' && !/[万亿]/u.test(head) && Object.hasOwn(SCALE_WORDS, scale)) {
    const value = parseChineseNumeral(head);
    if (value !== undefined) return { family: 'chinese', start, end, value, scale };
  }
  return { family: 'chinese', start, end, value: parseChineseNumeral(written), digitString };
}
