/** One piece of a claim's note references as printed: a number (linked to its note) or the punctuation between. */
export interface NoteReferencePart {
  text: string;
  /** The note this part links to; absent for punctuation. */
  n?: number;
}

// GB/T 7714-2015 10.1.2 joins consecutive numbers with a dash; like most numeric styles, only runs of three or more.
const MIN_RANGE = 3;

/**
 * How a claim's note numbers stand in its text, for every renderer alike: notes as "1,3" (each number raised on its
 * own, with a comma so 2 and 3 never read as 23); a numeric style's sources in one bracket, "[1,3-5]".
 */
export function noteReferenceParts(numbers: readonly number[], numbering: 'note' | 'source'): NoteReferencePart[] {
  if (numbers.length === 0) return [];
  const parts: NoteReferencePart[] = [];
  if (numbering === 'note') {
    numbers.forEach((n, i) => {
      if (i > 0) parts.push({ text: ',' });
      parts.push({ text: String(n), n });
    });
    return parts;
  }
  parts.push({ text: '[' });
  runs(numbers).forEach((run, i) => {
    if (i > 0) parts.push({ text: ',' });
    if (run.length >= MIN_RANGE) parts.push({ text: `${run[0]}-${run[run.length - 1]}`, n: run[0] as number });
    else
      run.forEach((n, j) => {
        if (j > 0) parts.push({ text: ',' });
        parts.push({ text: String(n), n });
      });
  });
  parts.push({ text: ']' });
  return parts;
}

/** The numbers a printed reference stands for, ranges expanded: the inverse of noteReferenceParts, for reading exports back. */
export function parseNoteReference(text: string): number[] {
  return text
    .replace(/[[\]\s]/g, '')
    .split(',')
    .filter(Boolean)
    .flatMap((piece) => {
      const [a, b] = piece.split('-').map(Number);
      if (a === undefined || Number.isNaN(a)) return [];
      if (b === undefined) return [a];
      return Array.from({ length: b - a + 1 }, (_, i) => a + i);
    });
}

function runs(numbers: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of numbers) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else out.push([n]);
  }
  return out;
}
