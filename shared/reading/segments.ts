/** A marked range of the text: a highlight, a cited passage or a find match. */
export interface Mark {
  start: number;
  end: number;
  kind: 'annotation' | 'citation' | 'find' | 'find-current' | 'flash';
  /** The annotation or citation it stands for, when it stands for one. */
  id?: string;
  colour?: string;
}

/** A run of text under one set of marks. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cuts [start, end) into runs at every mark boundary, each run carrying the marks that cover it all. */
export function splitIntoSegments(start: number, end: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > start && m.start < end && m.end > m.start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i] ?? start;
    const e = points[i + 1] ?? end;
    segments.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return segments;
}
