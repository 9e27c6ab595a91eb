// Who a figure is about. Claims in this field name countries and blocs, so a fixed list finds most subjects
// without guessing from capital letters ("Exports rose 5%" starts with a capital and names no one).

import { memoKey } from './memo-key';

/** A subject and the spellings that name it, in English and Chinese. */
export interface SubjectName {
  /** How the subject is shown and compared: `China`, `US`. */
  name: string;
  /** Spellings as written; Latin ones are matched with their case and as whole words (`US`, not `us`). */
  spellings: readonly string[];
}

/** The subject given to totals of the whole world ("global reserves", "全球储量"). */
export const WORLD = 'World';

/** Countries and blocs that rare-earth and trade claims name, with demonyms (`Chinese regulations` are China's). */
export const KNOWN_SUBJECTS: readonly SubjectName[] = [
  { name: 'China', spellings: ['China', 'Chinese', 'PRC', "People's Republic of China", 'Beijing', '中国', '我国', '中方'] },
  { name: 'US', spellings: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'America', 'American', 'Washington', '美国', '美方'] },
  { name: 'Japan', spellings: ['Japan', 'Japanese', 'Tokyo', '日本', '日方'] },
  { name: 'EU', spellings: ['EU', 'European Union', '欧盟'] },
  { name: 'Australia', spellings: ['Australia', 'Australian', '澳大利亚', '澳洲'] },
  { name: 'Myanmar', spellings: ['Myanmar', 'Burma', '缅甸'] },
  { name: 'Russia', spellings: ['Russia', 'Russian', '俄罗斯'] },
  { name: 'India', spellings: ['India', 'Indian', '印度'] },
  { name: 'Indonesia', spellings: ['Indonesia', 'Indonesian', '印度尼西亚', '印尼'] },
  { name: 'Vietnam', spellings: ['Vietnam', 'Viet Nam', 'Vietnamese', '越南'] },
  { name: 'Brazil', spellings: ['Brazil', 'Brazilian', '巴西'] },
  { name: 'Canada', spellings: ['Canada', 'Canadian', '加拿大'] },
  { name: 'South Korea', spellings: ['South Korea', 'Korea', 'Korean', '韩国'] },
  { name: 'Germany', spellings: ['Germany', 'German', '德国'] },
  { name: 'UK', spellings: ['UK', 'U.K.', 'United Kingdom', 'Britain', 'British', '英国'] },
  { name: 'Malaysia', spellings: ['Malaysia', 'Malaysian', '马来西亚'] },
  { name: 'Chile', spellings: ['Chile', 'Chilean', '智利'] },
  { name: 'DR Congo', spellings: ['DR Congo', 'DRC', 'Congo', '刚果'] },
  { name: 'Taiwan', spellings: ['Taiwan', '台湾'] },
];

interface MentionPlace {
  start: number;
  end: number;
  /** Named after a preposition (`exports to Japan`, `对日本`): a weaker candidate than a sentence subject. */
  prepositional: boolean;
  /** Named as the agent of a passive (`is controlled by China`): the strongest candidate for what comes before it. */
  agent: boolean;
}

/** A place in a text that names a subject (`China`), or refers back to the last one named (`it`, `其`). */
export type SubjectMention = (MentionPlace & { kind: 'named'; name: string }) | (MentionPlace & { kind: 'pronoun' });

const PRONOUNS = /(?<![\p{L}])(?:it|its)(?![\p{L}])|其|该国/giu;
const PREPOSITION_BEFORE = /(?:(?<![\p{L}])(?:to|from|with|than|against|between|and|toward|towards|into|over|versus|vs\.?)\s+(?:the\s+)?|[对向从与和同自跟])$/iu;
const AGENT_BEFORE = /(?<![\p{L}])by\s+(?:the\s+)?$|[由被]$/iu;

/** Every subject named or referred to in `text`, in order; `extra` adds names (companies, provinces) to the built-in list. */
export function findSubjectMentions(text: string, extra: readonly SubjectName[] = []): SubjectMention[] {
  const mentions: SubjectMention[] = [];
  for (const { name, start, end } of nameMatches(text, [...extra, ...KNOWN_SUBJECTS])) {
    mentions.push({ kind: 'named', name, ...place(text, start, end) });
  }
  for (const match of text.matchAll(PRONOUNS)) {
    const start = match.index ?? 0;
    mentions.push({ kind: 'pronoun', ...place(text, start, start + match[0].length) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The canonical name for a subject written any known way (`U.S.` → `US`, `中国` → `China`); other names are trimmed. */
export function canonicalSubject(subject: string, extra: readonly SubjectName[] = []): string {
  const trimmed = subject.trim();
  for (const entry of [...extra, ...KNOWN_SUBJECTS, { name: WORLD, spellings: ['world', 'global', 'worldwide', '全球', '世界'] }]) {
    if (entry.name.toLowerCase() === trimmed.toLowerCase()) return entry.name;
    if (entry.spellings.some((s) => s.toLowerCase() === trimmed.toLowerCase())) return entry.name;
  }
  return trimmed;
}

/** The key subjects are compared by: the canonical name, lower-cased. */
export const subjectKey: (subject: string) => string = memoKey((subject) => canonicalSubject(subject).toLowerCase());

// A preposition or "by" is a few words at most; this much text before a name holds it.
const CONTEXT_CHARS = 24;

function place(text: string, start: number, end: number): MentionPlace {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  return { start, end, prepositional: PREPOSITION_BEFORE.test(before), agent: AGENT_BEFORE.test(before) };
}

interface NameMatch {
  name: string;
  start: number;
  end: number;
}

// Longer spellings win where they overlap: 印度尼西亚 is Indonesia, not India; "South Korea" is not "Korea" alone.
function nameMatches(text: string, subjects: readonly SubjectName[]): NameMatch[] {
  const spellings = subjects
    .flatMap((s) => s.spellings.map((spelling) => ({ name: s.name, spelling })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  const taken: NameMatch[] = [];
  for (const { name, spelling } of spellings) {
    for (const start of occurrences(text, spelling)) {
      const end = start + spelling.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ name, start, end });
    }
  }
  return taken;
}

function occurrences(text: string, spelling: string): number[] {
  const out: number[] = [];
  const latin = /[A-Za-z]/u.test(spelling);
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    if (latin && !isWholeWord(text, at, at + spelling.length)) continue;
    out.push(at);
  }
  return out;
}

// A Latin name must stand alone: `US` is not in `USD` or `campus`, and `US$` is a currency, not the country.
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}$]/u.test(after);
}
