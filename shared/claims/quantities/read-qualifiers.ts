// Words around a number that make it approximate or a bound: "approximately 44 million tons", "over 90%",
// "90%以上", "within six months", "180天内", "by 2027", "2027年前".

/** What a qualifier says about the number it stands next to. */
export type Qualifier = 'approx' | 'over' | 'under' | 'within' | 'by';

/** A qualifier found next to a number, and how many characters of text it covers (spaces included). */
export interface QualifierMatch {
  qualifier: Qualifier;
  length: number;
}

// Only the words right before a number can qualify it; this many characters are enough for the longest phrase.
const LOOKBACK_CHARS = 32;
// A Latin qualifier must start a word: "moreover" does not hold "over".
const WORD_START = '(?<![\\p{L}])';

const BEFORE: readonly { qualifier: Qualifier; pattern: RegExp }[] = [
  {
    qualifier: 'approx',
    pattern: new RegExp(
      `(?:${WORD_START}(?:approximately|approx\\.?|about|around|roughly|nearly|almost|some|circa|ca\\.|an estimated|estimated|close to)|~|≈|约合|大约|大概|将近|接近|估计|约|近)[^\\S\\n]*$`,
      'iu',
    ),
  },
  {
    qualifier: 'over',
    pattern: new RegExp(
      `(?:${WORD_START}(?:over|more than|above|exceeding|in excess of|upwards of|at least|greater than|higher than)|超过|多于|高于|至少|不低于|不少于|大于|超|逾)[^\\S\\n]*$`,
      'iu',
    ),
  },
  {
    qualifier: 'under',
    pattern: new RegExp(
      `(?:${WORD_START}(?:under|less than|below|fewer than|at most|up to|no more than|lower than)|不超过|不到|不足|少于|低于|至多|小于|不及|不超)[^\\S\\n]*$`,
      'iu',
    ),
  },
  { qualifier: 'within', pattern: new RegExp(`${WORD_START}(?:within|inside of|inside)[^\\S\\n]*$`, 'iu') },
  {
    qualifier: 'by',
    pattern: new RegExp(`(?:${WORD_START}(?:by the end of|no later than|prior to|before|until|by)|截止到|截至|截止|到|至)[^\\S\\n]*$`, 'iu'),
  },
];

const AFTER: readonly { qualifier: Qualifier; pattern: RegExp }[] = [
  { qualifier: 'approx', pattern: /^[^\S\n]*(?:左右|上下)/u },
  { qualifier: 'over', pattern: /^(?:[^\S\n]*(?:以上|之上)|[^\S\n]+(?:or more|or above|and above)(?![\p{L}])|\+)/iu },
  { qualifier: 'under', pattern: /^(?:[^\S\n]*(?:以下|之下)|[^\S\n]+(?:or less|or fewer|or below|and below)(?![\p{L}]))/iu },
  { qualifier: 'within', pattern: /^[^\S\n]*(?:以内|之内|内)/u },
  // 2027年前, 2027年之前, 2027年底前: before (the end of) the year.
  { qualifier: 'by', pattern: /^(?:底)?(?:之前|以前|前)/u },
];

/** The qualifiers that end `before` (right before a number), nearest first; each consumed phrase is removed before the next is sought. */
export function qualifiersBefore(before: string): QualifierMatch[] {
  const found: QualifierMatch[] = [];
  let rest = before.slice(-LOOKBACK_CHARS);
  // "approximately over" and "超过约" carry two qualifiers; more than two is not a phrase we know.
  for (let round = 0; round < 2; round++) {
    const match = longestEnding(rest);
    if (!match) break;
    found.push(match);
    rest = rest.slice(0, rest.length - match.length);
  }
  return found;
}

/** The qualifiers that start `after` (right after a number and its unit), in reading order. */
export function qualifiersAfter(after: string): QualifierMatch[] {
  const found: QualifierMatch[] = [];
  let rest = after;
  for (let round = 0; round < 2; round++) {
    const match = AFTER.map(({ qualifier, pattern }) => ({ qualifier, length: pattern.exec(rest)?.[0].length ?? 0 }))
      .filter((m) => m.length > 0)
      .sort((a, b) => b.length - a.length)[0];
    if (!match) break;
    found.push(match);
    rest = rest.slice(match.length);
  }
  return found;
}

// Of several phrases ending here, the one that starts earliest is what was written: "不超过" (not more than) and not "超过".
function longestEnding(text: string): QualifierMatch | undefined {
  let best: QualifierMatch | undefined;
  for (const { qualifier, pattern } of BEFORE) {
    const match = pattern.exec(text);
    if (match && (!best || match[0].length > best.length)) best = { qualifier, length: match[0].length };
  }
  return best;
}
