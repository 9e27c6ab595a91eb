// Undo and redo work on what a history entry recorded: the records the change touched, before and after. Undo puts
// back every record of `before` and removes what only `after` holds; redo does the opposite. Either is refused when
// a record is no longer as the change left it, because putting back the old record would silently throw away the
// later change.
import { AnnotationSchema, BriefingSchema, CitationSchema, ClaimSchema, CollectionSchema, HistoryRecordSetSchema, type HistoryEntry } from '../model';

/** The tables a change can be undone in. */
export const UNDO_TABLES = ['sources', 'claims', 'citations', 'annotations', 'briefings', 'collections'] as const;
export type UndoTable = (typeof UNDO_TABLES)[number];

/** A record of one of those tables: every one has an id. */
export interface UndoRecord {
  id: string;
}

/** The records of each table, by table. */
export type RecordsByTable = Partial<Record<UndoTable, UndoRecord[]>>;

/** What a change did, as records before and after, in a shape undo and redo can apply. */
export interface RecordChange {
  before: RecordsByTable;
  after: RecordsByTable;
}

export type UndoDirection = 'undo' | 'redo';

/** The writes that apply an undo or redo. */
export interface UndoWrites {
  puts: { table: UndoTable; record: UndoRecord }[];
  deletes: { table: UndoTable; id: string }[];
}

/** A record that is no longer as the change left it. */
export interface UndoConflict {
  table: UndoTable;
  id: string;
  /** 'changed' when it differs, 'gone' when it was deleted since, 'back' when something of that id was added since. */
  kind: 'changed' | 'gone' | 'back';
}

const SINGLE_TABLE: Partial<Record<HistoryEntry['entity'], UndoTable>> = { claim: 'claims', citation: 'citations', annotation: 'annotations', briefing: 'briefings', collection: 'collections' };
const SINGLE_SCHEMA = { claims: ClaimSchema, citations: CitationSchema, annotations: AnnotationSchema, briefings: BriefingSchema, collections: CollectionSchema } as const;

/**
 * The records a history entry changed, or undefined when it cannot be undone from history: an import (its text and
 * original file are not in the entry), a workspace restore, a setting, or a change recorded before entries were typed.
 */
export function recordChangeOf(entry: Pick<HistoryEntry, 'entity' | 'op' | 'before' | 'after'>): RecordChange | undefined {
  if (entry.op === 'import' || entry.entity === 'workspace') return undefined;
  const before = recordsOf(entry.entity, entry.before);
  const after = recordsOf(entry.entity, entry.after);
  if (before === null || after === null) return undefined;
  if (isEmpty(before) && isEmpty(after)) return undefined;
  return { before, after };
}

// A payload as record sets: absent is empty (a create has no before, a delete no after); null when it holds something
// that is not records (an import's counts, a briefing import's ids).
function recordsOf(entity: HistoryEntry['entity'], payload: unknown): RecordsByTable | null {
  if (payload === undefined) return {};
  const table = SINGLE_TABLE[entity];
  if (table) {
    const single = SINGLE_SCHEMA[table as keyof typeof SINGLE_SCHEMA].safeParse(payload);
    if (single.success) return { [table]: [single.data] };
  }
  if (entity === 'claim' && typeof payload === 'object' && payload !== null && 'claim' in payload) {
    const legacy = payload as { claim: unknown; citations?: unknown };
    const claim = ClaimSchema.safeParse(legacy.claim);
    const citations = CitationSchema.array().safeParse(legacy.citations ?? []);
    return claim.success && citations.success ? { claims: [claim.data], citations: citations.data } : null;
  }
  const set = HistoryRecordSetSchema.safeParse(payload);
  if (!set.success) return null;
  const out: RecordsByTable = {};
  for (const name of UNDO_TABLES) {
    const rows = set.data[name];
    if (rows && rows.length > 0) out[name] = rows;
  }
  // A source deletion that touched no other record still names its trash: it is a change, not a payload of counts.
  return isEmpty(out) && typeof set.data[TRASH_KEY] !== 'string' ? null : out;
}

/** The key of a record set naming the trash row that holds a deleted source's text and original bytes. */
export const TRASH_KEY = 'trashId';

/** The trash row a history entry's removal put texts and files in, if it is a source deletion. */
export function trashIdOf(entry: Pick<HistoryEntry, 'after'>): string | undefined {
  const after = entry.after;
  if (typeof after !== 'object' || after === null || !(TRASH_KEY in after)) return undefined;
  const id = (after as Record<string, unknown>)[TRASH_KEY];
  return typeof id === 'string' ? id : undefined;
}

function isEmpty(records: RecordsByTable): boolean {
  return UNDO_TABLES.every((t) => (records[t]?.length ?? 0) === 0);
}

/** Every table and id a change touched, for reading their current rows before planning. */
export function touchedIds(change: RecordChange): { table: UndoTable; ids: string[] }[] {
  return UNDO_TABLES.map((table) => ({ table, ids: [...new Set([...(change.before[table] ?? []), ...(change.after[table] ?? [])].map((r) => r.id))] })).filter((t) => t.ids.length > 0);
}

/**
 * The writes that undo (or redo) a change, given the records stored now (`current(table, id)`), or the records that
 * are no longer as the change left them. Nothing is written when there is a conflict.
 */
export function planUndo(change: RecordChange, direction: UndoDirection, current: (table: UndoTable, id: string) => unknown): { ok: true; writes: UndoWrites } | { ok: false; conflicts: UndoConflict[] } {
  const from = direction === 'undo' ? change.after : change.before;
  const to = direction === 'undo' ? change.before : change.after;
  const conflicts: UndoConflict[] = [];
  const writes: UndoWrites = { puts: [], deletes: [] };
  for (const table of UNDO_TABLES) {
    const expected = new Map((from[table] ?? []).map((r) => [r.id, r]));
    const target = new Map((to[table] ?? []).map((r) => [r.id, r]));
    for (const id of new Set([...expected.keys(), ...target.keys()])) {
      const now = current(table, id);
      const was = expected.get(id);
      if (was !== undefined && now === undefined) conflicts.push({ table, id, kind: 'gone' });
      else if (was !== undefined && !sameRecord(now, was)) conflicts.push({ table, id, kind: 'changed' });
      else if (was === undefined && now !== undefined && !sameRecord(now, target.get(id))) conflicts.push({ table, id, kind: 'back' });
      const next = target.get(id);
      if (next !== undefined) writes.puts.push({ table, record: next });
      else writes.deletes.push({ table, id });
    }
  }
  return conflicts.length > 0 ? { ok: false, conflicts } : { ok: true, writes };
}

/**
 * Whether two stored records hold the same data. A property set to undefined counts as absent, as it does when a
 * record is written through the schemas; key order does not matter.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameRecord(item, b[i]));
  if (a instanceof Uint8Array || b instanceof Uint8Array) return false;
  const left = definedEntries(a);
  const right = definedEntries(b);
  return left.length === right.length && left.every(([key, value]) => sameRecord(value, (b as Record<string, unknown>)[key]));
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}
