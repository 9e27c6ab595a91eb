/** One bracketed marker as written, with the numbers it names. */
export interface CitationMarker {
  /** The marker as written, e.g. `[4-6]`. */
  raw: string;
  /** The numbers it names, in order, without repeats: `[4-6]` names 4, 5 and 6. */
  numbers: number[];
  /** For a marker of a named note list, `[n 11]`: its label as written (`n 11`), which is not the plain `[11]`. */
  label?: string;
  start: number;
  end: number;
}

// A range wider than this is a typo or not a citation (e.g. a year span `[1990-2020]`); it is not expanded.
export const MAX_RANGE_WIDTH = 50;
// Citation numbers are paragraph or reference numbers: a four-digit "number" is a year, not a marker.
export const MAX_MARKER_NUMBER = 999;

// Square or full-width lenticular brackets around a list of numbers and ranges: [8] [2, 15] [4-6] [4–6] 【8】.
const MARKER = /[[【]\s*(\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?(?:\s*[,，、;]\s*\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?)*)\s*[\]】]/gu;

// Wikipedia's explanatory notes are marked `[n 1]`, `[note 2]` or `[nb 3]`: one number after the list's name. Other
// words before a number (`[Page 7]`, `[Figure 2]`) are not citations.
const NOTE_MARKER = /[[【]\s*(n|nb|note|notes)\s+(\d{1,3})\s*[\]】]/giu;

/** Finds every citation marker in a text, in order: numbered ones (`[8]`, `[4-6]`) and those of a named note list (`[n 11]`). */
export function parseCitationMarkers(text: string): CitationMarker[] {
  const markers: CitationMarker[] = [];
  for (const match of text.matchAll(MARKER)) {
    const body = match[1] ?? '';
    const numbers = expandMarkerBody(body);
    if (numbers === null) continue;
    const start = match.index ?? 0;
    markers.push({ raw: match[0], numbers, start, end: start + match[0].length });
  }
  for (const match of text.matchAll(NOTE_MARKER)) {
    const n = Number(match[2]);
    if (n < 1) continue;
    const start = match.index ?? 0;
    markers.push({ raw: match[0], numbers: [n], label: `${match[1] ?? ''} ${n}`, start, end: start + match[0].length });
  }
  return markers.sort((a, b) => a.start - b.start);
}

/** The label a citation's marker names in its original's lists: `n 11` for `[n 11]`, else its number (`17`). */
export function markerLabel(marker: string | undefined, markerNumber: number): string {
  const [only] = marker === undefined ? [] : parseCitationMarkers(marker);
  return only?.label !== undefined && only.raw === marker && only.numbers[0] === markerNumber ? only.label : String(markerNumber);
}

function expandMarkerBody(body: string): number[] | null {
  const out: number[] = [];
  for (const part of body.split(/[,，、;]/u)) {
    const [fromText, toText] = part.split(/[-–—~]/u).map((s) => s.trim());
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > MAX_MARKER_NUMBER || to < from) return null;
    if (to - from > MAX_RANGE_WIDTH) return null;
    for (let n = from; n <= to; n++) if (!out.includes(n)) out.push(n);
  }
  return out.length > 0 ? out : null;
}

/** A run of markers with nothing but spaces between them, e.g. `[2][15]`. */
export interface MarkerGroup {
  markers: CitationMarker[];
  start: number;
  end: number;
}

/** Groups adjacent markers so `[2][15]` is read as one citation point. */
export function groupMarkers(text: string, markers: readonly CitationMarker[]): MarkerGroup[] {
  const groups: MarkerGroup[] = [];
  for (const marker of markers) {
    const last = groups[groups.length - 1];
    if (last && /^\s*$/u.test(text.slice(last.end, marker.start))) {
      last.markers.push(marker);
      last.end = marker.end;
    } else {
      groups.push({ markers: [marker], start: marker.start, end: marker.end });
    }
  }
  return groups;
}
