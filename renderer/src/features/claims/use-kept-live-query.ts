import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live query that keeps showing its last result while a new one (after a change of sort, filter or page) is read,
 * so the view does not blank out; `pending` says whether the shown result is for older arguments.
 */
export function useKeptLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): { value: T | undefined; pending: boolean } {
  const current = useLiveQuery(async () => ({ value: await query(), deps }), [...deps]);
  const kept = useRef<{ value: T; deps: readonly unknown[] } | undefined>(undefined);
  if (current !== undefined) kept.current = current;
  const shown = kept.current;
  const pending = shown === undefined || shown.deps.length !== deps.length || shown.deps.some((d, i) => d !== deps[i]);
  return { value: shown?.value, pending };
}
