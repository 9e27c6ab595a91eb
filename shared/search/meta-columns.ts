import { ClaimStatusSchema, StanceSchema } from '../model/claim';
import type { SearchKind } from './parse-query';
import type { SearchMeta } from './search-document';

// Kept as columns of small integers rather than one object per record: at 10,000 sources and 100,000 claims the
// objects (with their own copies of every source id, tag, date and status string) took 51 MB of the worker's heap,
// more than the postings. Strings that repeat (source ids, tags) are stored once in a shared table and referred to
// by number; statuses and stances are indexes into the model's enums; dates are YYYYMMDD numbers.

const STATUSES = ClaimStatusSchema.options as readonly string[];
const STANCES = StanceSchema.options as readonly string[];

/** Repeated strings stored once and referred to by their position. */
export class StringTable {
  readonly list: string[];
  private readonly codes = new Map<string, number>();

  constructor(list: string[] = []) {
    this.list = list;
    list.forEach((s, i) => this.codes.set(s, i));
  }

  /** The number of `s`, adding it when new. */
  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.list.length;
      this.list.push(s);
      this.codes.set(s, c);
    }
    return c;
  }

  /** The number of `s`, or -1 when no record refers to it. */
  find(s: string): number {
    return this.codes.get(s) ?? -1;
  }
}

/** `YYYY-MM-DD…` as the number YYYYMMDD, 0 when it is not a date. */
export function dateNumber(date: string | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

// Dates repeat across records (days), and a result list turns the same few into text again on every keystroke.
const dateTexts = new Map<number, string>();

function dateText(n: number): string | undefined {
  if (n === 0) return undefined;
  let text = dateTexts.get(n);
  if (text === undefined) {
    const s = String(n).padStart(8, '0');
    text = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
    if (dateTexts.size >= 100_000) dateTexts.clear();
    dateTexts.set(n, text);
  }
  return text;
}

/** The stored form of one kind's columns: plain arrays, safe to write as JSON. */
export interface MetaColumnsData {
  labels: (string | null)[];
  dates: number[];
  statuses: number[];
  stances: number[];
  sources: number[];
  /** Records with more than one source: slot, then the codes after the first. */
  moreSources: [number, number[]][];
  tags: [number, number[]][];
}

const NONE = -1;
/** Result objects kept per kind: about 4 MB at most. */
const MAX_SHOWN = 20_000;

/** The filterable metadata of one kind's records, by slot. */
export class MetaColumns {
  labels: (string | null)[] = [];
  dates: number[] = [];
  // Status: its index in the enum plus one, 0 for none. Stances: one bit per enum value.
  statuses: number[] = [];
  stances: number[] = [];
  sources: number[] = [];
  moreSources = new Map<number, number[]>();
  tags = new Map<number, number[]>();
  // The records shown lately, as made by meta(): typing a word letter by letter, and the same words searched again,
  // show mostly the same records, and making their objects was the largest part of a search returning 200 per kind.
  private shown = new Map<number, SearchMeta>();

  constructor(private readonly strings: StringTable) {}

  /** Stores a record's metadata in `slot`. */
  set(slot: number, meta: SearchMeta): void {
    this.shown.delete(slot);
    this.labels[slot] = meta.label;
    this.dates[slot] = dateNumber(meta.date);
    this.statuses[slot] = meta.status ? STATUSES.indexOf(meta.status) + 1 : 0;
    this.stances[slot] = (meta.stances ?? []).reduce((bits, s) => (STANCES.includes(s) ? bits | (1 << STANCES.indexOf(s)) : bits), 0);
    const [first, ...more] = meta.sourceIds.map((id) => this.strings.code(id));
    this.sources[slot] = first ?? NONE;
    if (more.length > 0) this.moreSources.set(slot, more);
    else this.moreSources.delete(slot);
    if (meta.tags.length > 0) this.tags.set(slot, meta.tags.map((t) => this.strings.code(t)));
    else this.tags.delete(slot);
  }

  /** Forgets the record in `slot`. */
  clear(slot: number): void {
    this.shown.delete(slot);
    this.labels[slot] = null;
    this.dates[slot] = 0;
    this.statuses[slot] = 0;
    this.stances[slot] = 0;
    this.sources[slot] = NONE;
    this.moreSources.delete(slot);
    this.tags.delete(slot);
  }

  /** The record in `slot` as the UI sees it; the same object while the record is unchanged, so it must not be changed. */
  meta(kind: SearchKind, id: string, slot: number): SearchMeta {
    const shown = this.shown.get(slot);
    if (shown && shown.id === id) return shown;
    const made = this.makeMeta(kind, id, slot);
    if (this.shown.size >= MAX_SHOWN) this.shown.clear();
    this.shown.set(slot, made);
    return made;
  }

  private makeMeta(kind: SearchKind, id: string, slot: number): SearchMeta {
    const list = this.strings.list;
    const first = this.sources[slot] ?? NONE;
    const sourceIds: string[] = first === NONE ? [] : [list[first] ?? ''];
    const more = this.moreSources.get(slot);
    if (more) for (const c of more) sourceIds.push(list[c] ?? '');
    const tagCodes = this.tags.get(slot);
    const meta: SearchMeta = { kind, id, label: this.labels[slot] ?? '', sourceIds, tags: tagCodes ? tagCodes.map((c) => list[c] ?? '') : [] };
    const date = dateText(this.dates[slot] ?? 0);
    if (date) meta.date = date;
    const status = STATUSES[(this.statuses[slot] ?? 0) - 1];
    if (status) meta.status = status;
    if (kind === 'claim') {
      const bits = this.stances[slot] ?? 0;
      const stances: string[] = [];
      for (let i = 0; i < STANCES.length; i++) if ((bits & (1 << i)) !== 0) stances.push(STANCES[i]!);
      meta.stances = stances;
    }
    return meta;
  }

  /** The string-table codes of the record's sources. */
  sourceCodes(slot: number): number[] {
    const first = this.sources[slot] ?? NONE;
    return first === NONE ? [] : [first, ...(this.moreSources.get(slot) ?? [])];
  }

  /** The columns as plain data for storage. */
  toData(): MetaColumnsData {
    return { labels: this.labels, dates: this.dates, statuses: this.statuses, stances: this.stances, sources: this.sources, moreSources: [...this.moreSources], tags: [...this.tags] };
  }

  /** Columns read back from `toData`, referring to the same string table. */
  static fromData(data: MetaColumnsData, strings: StringTable): MetaColumns {
    const columns = new MetaColumns(strings);
    columns.labels = data.labels;
    columns.dates = data.dates;
    columns.statuses = data.statuses;
    columns.stances = data.stances;
    columns.sources = data.sources;
    columns.moreSources = new Map(data.moreSources);
    columns.tags = new Map(data.tags);
    return columns;
  }
}

/** The bit of a stance in `MetaColumns.stances`, 0 for a stance the model does not know. */
export function stanceBit(stance: string): number {
  const i = STANCES.indexOf(stance);
  return i < 0 ? 0 : 1 << i;
}

/** The code of a status in `MetaColumns.statuses`, -1 for one the model does not know. */
export function statusCode(status: string): number {
  const i = STATUSES.indexOf(status);
  return i < 0 ? -1 : i + 1;
}
