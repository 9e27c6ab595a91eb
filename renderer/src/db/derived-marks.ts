// Conflicts and claim facts (with their matrix cells) are derived from claims and citations. Rather than have every operation that
// writes a claim or a citation remember to update them (operations are written in several places), this middleware
// notes, inside the very transaction that writes, which claims changed: a row in `derivedDirty` per claim. The marks
// commit or roll back with the write, so none is lost; `derived-recompute.ts` then updates the derived rows of only
// those claims and their subject-and-measure keys, in its own transactions and in slices that yield to input.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';

/** A mark: a claim whose derived rows are stale (`c:<id>`), a key whose conflicts are (`k:<key>`), or every key (`all-keys`). */
export interface DirtyMark {
  id: string;
}

/** The tables of derived rows and of marks, as the schema names them. */
export const DERIVED_TABLES = ['claimFacts', 'conflicts', 'sourceCitations', 'derivedDirty'] as const;

/** The mark of a claim. */
export function claimMark(claimId: string): string {
  return `c:${claimId}`;
}
/** The mark of a subject-and-measure key. */
export function keyMark(key: string): string {
  return `k:${key}`;
}
/** The mark asking for every claim's derived rows again (claims or citations were cleared). */
export const ALL_CLAIMS_MARK = 'all-claims';
/** The mark asking for every key's conflicts again (the tolerance changed). */
export const ALL_KEYS_MARK = 'all-keys';

const WATCHED = new Set(['claims', 'citations', 'settings']);
const TOLERANCE_SETTING = 'conflictTolerancePercent';

// Transactions that write the derived rows themselves (a restore computes them from the file) need no marks.
const unmarked = new WeakSet<object>();

/** Stops marking in the given (IndexedDB) transaction, whose writer keeps the derived rows itself. */
export function writeWithoutMarks(idbTransaction: object): void {
  unmarked.add(idbTransaction);
}

/**
 * Middleware that marks claims whose derived rows a write makes stale and calls `onMarked` once the writing
 * transaction commits. It widens every read-write transaction over claims, citations or settings to the marks table,
 * so the marks are written atomically with the change.
 */
export function derivedMarksMiddleware(onMarked: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'derivedMarks',
    create: (down) => {
      const marks = () => down.table('derivedDirty');
      const hasMarksTable = down.schema.tables.some((t) => t.name === 'derivedDirty');
      const committed = new WeakSet<object>();
      const mark = async (trans: DBCoreTransaction, ids: readonly string[]) => {
        if (ids.length === 0 || unmarked.has(trans)) return;
        await marks().mutate({ type: 'put', trans, values: [...new Set(ids)].map((id): DirtyMark => ({ id })) });
        if (!committed.has(trans) && 'addEventListener' in trans) {
          committed.add(trans);
          (trans as unknown as EventTarget).addEventListener('complete', () => onMarked());
        }
      };
      return {
        ...down,
        transaction: (stores, mode, options) => {
          const widen = hasMarksTable && mode === 'readwrite' && stores.some((s) => WATCHED.has(s)) && !stores.includes('derivedDirty');
          return down.transaction(widen ? [...stores, 'derivedDirty'] : stores, mode, options);
        },
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          if (!hasMarksTable || !WATCHED.has(name)) return table;
          return {
            ...table,
            // Chained with Dexie's promise, not `await`: the layers below read the current transaction from Dexie's
            // zone, which a native await between two requests can lose.
            mutate: (request: DBCoreMutateRequest) =>
              Dexie.Promise.resolve(name === 'citations' ? citationClaimIds(table, request) : []).then((before) =>
                Dexie.Promise.resolve(table.mutate(request)).then((response) => Dexie.Promise.resolve(mark(request.trans, [...before, ...marksFor(name, request)])).then(() => response)),
              ),
          };
        },
      };
    },
  };
}

// What a write makes stale, from the request alone.
function marksFor(table: string, request: DBCoreMutateRequest): string[] {
  if (request.type === 'deleteRange') return table === 'settings' ? [] : [ALL_CLAIMS_MARK];
  if (table === 'settings') {
    const keys = request.type === 'delete' ? request.keys : request.values.map((v: unknown) => (v as { key?: unknown }).key);
    return keys.includes(TOLERANCE_SETTING) ? [ALL_KEYS_MARK] : [];
  }
  if (request.type === 'delete') return table === 'claims' ? request.keys.map((k) => claimMark(String(k))) : [];
  return request.values.flatMap((v: unknown) => {
    const row = v as { id?: unknown; claimId?: unknown };
    const id = table === 'claims' ? row.id : row.claimId;
    return typeof id === 'string' ? [claimMark(id)] : [];
  });
}

// A citation deleted or moved to another claim leaves its former claim stale too; only the stored row says which.
async function citationClaimIds(table: DBCoreTable, request: DBCoreMutateRequest): Promise<string[]> {
  if (request.type === 'add' || request.type === 'deleteRange') return [];
  const keys = request.type === 'delete' ? request.keys : request.values.map((v: unknown) => (v as { id?: unknown }).id).filter((k) => k !== undefined);
  if (keys.length === 0) return [];
  const rows = (await table.getMany({ trans: request.trans, keys })) as ({ claimId?: unknown } | undefined)[];
  return rows.flatMap((r) => (typeof r?.claimId === 'string' ? [claimMark(r.claimId)] : []));
}
