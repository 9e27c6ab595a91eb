// Shows an analyst what changed between the passage a note was made on and the candidate found in a new
// version. Passages are a sentence or a paragraph, so a plain LCS table over words is fast enough and needs
// no dependency; word granularity reads better than characters ("twelve" -> "ten" rather than "tw-el-ve").

/** One run of a diff: text kept, added in the new version, or removed from the old. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// Chinese and Japanese are written without spaces, so each character is its own token there; elsewhere a
// token is a word, a run of whitespace, or a single other character (punctuation, an emoji).
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}_]+|\s+|[^]/gu;

/** Above this many table cells (~4 MB), the changed middle is shown as one deletion and one insertion instead. */
export const MAX_DIFF_CELLS = 1_000_000;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

function diffMiddle(a: readonly string[], b: readonly string[], parts: DiffPart[]): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_DIFF_CELLS) {
    push(parts, 'delete', a.join(''));
    push(parts, 'insert', b.join(''));
    return;
  }
  // lcs[i * (m + 1) + j] = length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    if (x === y) {
      push(parts, 'equal', x);
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push(parts, 'delete', x);
      i++;
    } else {
      push(parts, 'insert', y);
      j++;
    }
  }
  push(parts, 'delete', a.slice(i).join(''));
  push(parts, 'insert', b.slice(j).join(''));
}

/** The word-level differences that turn `before` into `after`; joining the equal and delete parts gives `before`, the equal and insert parts `after`. */
export function textDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Passages usually change in one place: peel the common ends so the table covers only the changed middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const parts: DiffPart[] = [];
  push(parts, 'equal', a.slice(0, head).join(''));
  diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), parts);
  push(parts, 'equal', a.slice(a.length - tail).join(''));
  return parts;
}
