// Claims are indexed by the subject and measure of their figures (`*measureKeys`, schema v3) so the conflicts a claim
// is part of are found without reading every claim. The keys are derived data: this middleware recomputes them on
// every write of a claim, whoever writes it (an import, a restore from a workspace file, an operation here), so the
// index can never disagree with the quantities it is built from.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { claimMeasureKeys } from '../../../shared/claims/quantities/measure-keys';
import type { Claim } from '../../../shared/model';

/** The claims table's name, as the schema declares it. */
const CLAIMS_TABLE = 'claims';

/** A claim as stored: the domain record plus the keys it is indexed by (absent when it has none). */
export type ClaimRow = Claim & { measureKeys?: string[] };

/** The claim with `measureKeys` recomputed from its quantities; the field is left out when there are none, so a claim without figures is stored exactly as given. */
export function withMeasureKeys<T extends Pick<Claim, 'quantities'> & { measureKeys?: string[] }>(claim: T): T {
  const { measureKeys: _stale, ...rest } = claim;
  const keys = claimMeasureKeys(claim.quantities);
  return (keys.length > 0 ? { ...rest, measureKeys: keys } : rest) as T;
}

/** Dexie middleware that keeps every stored claim's `measureKeys` in step with its quantities. */
export const claimMeasureKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'claimMeasureKeys',
  create: (down) => ({
    ...down,
    table: (name: string): DBCoreTable => {
      const table = down.table(name);
      if (name !== CLAIMS_TABLE) return table;
      return {
        ...table,
        mutate: (request: DBCoreMutateRequest) =>
          request.type === 'add' || request.type === 'put'
            ? table.mutate({ ...request, values: request.values.map((v: unknown) => (isClaimLike(v) ? withMeasureKeys(v) : v)) })
            : table.mutate(request),
      };
    },
  }),
};

function isClaimLike(value: unknown): value is Pick<Claim, 'quantities'> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { quantities?: unknown }).quantities);
}

/** A stored claim without its index fields: what history records and operations return. */
export function claimOf(row: ClaimRow): Claim {
  const { measureKeys: _keys, ...claim } = row;
  return claim;
}

/** The rows a bulk read found, in order, without the gaps of ids that were not there. */
export function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
