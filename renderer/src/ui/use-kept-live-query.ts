import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Dexie, { liveQuery } from 'dexie';
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

/**
 * As `useKeptLiveQuery`, for reads that return a key per row of a large table (every claim id in sort order). A live
 * query records each key an index read returns, so as to re-run only when one of those rows changes; for 100,000 keys
 * that bookkeeping held the UI thread for about a second on every read. Here only `watch`, a cheap read that covers
 * everything `read` depends on (a count of each table it reads: every write to a table re-runs a count of it), is live,
 * and `read` runs untracked at once and after each of watch's later answers; an answer for older arguments or an older
 * change is dropped.
 */
export function useKeptWatchedRead<T>(watch: () => Promise<unknown>, read: () => Promise<T>, deps: readonly unknown[], known?: () => T | undefined): { value: T | undefined; pending: boolean } {
  // `known`: read's answer when it is already at hand (kept from an earlier read that nothing was written since), shown
  // in the first frame rather than after a round of the read.
  const [shown, setShown] = useState<{ value: T; deps: readonly unknown[] } | undefined>(() => {
    const value = known?.();
    return value === undefined ? undefined : { value, deps };
  });
  const [failure, setFailure] = useState<{ error: unknown } | undefined>(undefined);
  const knownAtMount = useRef(shown !== undefined);
  useEffect(() => {
    let latest = 0;
    let closed = false;
    const fail = (error: unknown) => {
      if (!closed) setFailure({ error });
    };
    const run = () => {
      const mine = ++latest;
      read().then((value) => {
        if (!closed && mine === latest) setShown({ value, deps });
      }, fail);
    };
    // The first read starts at once rather than after the watch's first answer, a round trip to IndexedDB (30–50 ms
    // on a busy 2-core machine) that every view opening waited for. That answer reads again only if something was
    // written meanwhile, which the first read may have missed and the watch will not report again.
    let writtenSinceFirstRead = false;
    const onWrite = () => {
      writtenSinceFirstRead = true;
    };
    Dexie.on('storagemutated', onWrite);
    let firstAnswer = true;
    // An answer known at mount is the first read's: writes after it are caught as after a read.
    if (knownAtMount.current) knownAtMount.current = false;
    else run();
    const subscription = liveQuery(watch).subscribe({
      next: () => {
        if (firstAnswer) {
          firstAnswer = false;
          Dexie.on('storagemutated').unsubscribe(onWrite);
          if (!writtenSinceFirstRead) return;
        }
        run();
      },
      error: fail,
    });
    return () => {
      closed = true;
      Dexie.on('storagemutated').unsubscribe(onWrite);
      subscription.unsubscribe();
    };
    // The caller's deps say when watch and read change, as for useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps]);
  if (failure) throw failure.error;
  const pending = shown === undefined || shown.deps.length !== deps.length || shown.deps.some((d, i) => d !== deps[i]);
  return { value: shown?.value, pending };
}

/**
 * The rows of a long list that are on screen, read a page at a time: give it every id (in order) and a loader for a
 * page of them; feed `onRange` from the list's virtualizer. Rows not read yet are absent from `rows`. `firstPage`, the
 * first page read along with the ids, is shown until the first page's own read answers, so the list draws its rows
 * in the same frame as its length.
 */
export function usePagedRows<T>(
  ids: readonly string[],
  load: (pageIds: readonly string[]) => Promise<ReadonlyMap<string, T>>,
  deps: readonly unknown[],
  { pageSize = 40, firstPage }: { pageSize?: number; firstPage?: ReadonlyMap<string, T> } = {},
) {
  const [range, setRange] = useState<[number, number]>([0, pageSize]);
  const onRange = useCallback((first: number, last: number) => setRange([Math.floor(first / pageSize) * pageSize, Math.ceil((last + 1) / pageSize) * pageSize]), [pageSize]);
  const pageIds = useMemo(() => ids.slice(range[0], range[1]), [ids, range]);
  const page = useKeptLiveQuery(() => load(pageIds), [...deps, pageIds]);
  // While the page on screen is read, the rows read before (another page, or none) are shown with the first page
  // read with the ids: at the top, the list draws its rows before the page's own read answers.
  const rows = useMemo(() => (page.pending && firstPage ? new Map([...(page.value ?? EMPTY), ...firstPage]) : (page.value ?? firstPage ?? EMPTY)), [page.pending, page.value, firstPage]);
  return { rows, onRange };
}

const EMPTY: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * As `usePagedRows`, for a list read by position (a count, then `load(start, end)` for the page on screen), so not
 * even the ids of rows off screen are read. `at(index)` is the row there once its page is read.
 */
export function usePositionPages<T>(load: (start: number, end: number) => Promise<readonly T[]>, deps: readonly unknown[], pageSize = 40, firstPage?: readonly T[]) {
  const [range, setRange] = useState<[number, number]>([0, pageSize]);
  const onRange = useCallback((first: number, last: number) => setRange([Math.floor(first / pageSize) * pageSize, Math.ceil((last + 1) / pageSize) * pageSize]), [pageSize]);
  const page = useKeptLiveQuery(async () => ({ deps, start: range[0], rows: await load(range[0], range[1]) }), [...deps, range[0], range[1]]);
  // A page read before the deps changed holds other rows at those positions.
  const current = page.value && page.value.deps.length === deps.length && page.value.deps.every((d, i) => d === deps[i]) ? page.value : undefined;
  // `firstPage`, the rows at the top read ahead with the list's opening, shows until the list's own first read answers.
  const at = (index: number): T | undefined => (current ? (index >= current.start ? current.rows[index - current.start] : undefined) : firstPage?.[index]);
  return { at, onRange };
}

/**
 * A view's opening read (see kept-openings.ts): its answer in the first frame when `known` has it (kept, nothing
 * written since), else once `open` answers. The view's live queries run beside it and take over once they answer; a
 * failed opening shows nothing, since those report the failure.
 */
export function useOpeningRead<T>(open: () => Promise<T>, known: () => T | undefined, deps: readonly unknown[]): T | undefined {
  const [answer, setAnswer] = useState<{ value: T; deps: readonly unknown[] } | undefined>(() => {
    const value = known();
    return value === undefined ? undefined : { value, deps };
  });
  const current = answer !== undefined && answer.deps.length === deps.length && answer.deps.every((d, i) => d === deps[i]);
  useEffect(() => {
    if (current) return;
    let closed = false;
    open().then(
      (value) => {
        if (!closed) setAnswer({ value, deps });
      },
      () => undefined,
    );
    return () => {
      closed = true;
    };
    // The caller's deps say when open changes, as for useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps]);
  return current ? answer.value : undefined;
}
