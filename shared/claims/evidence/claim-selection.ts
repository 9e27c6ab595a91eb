// Which claims of the table are chosen, without a flag per claim: "all matching the filters except these" or "only
// these". Choosing all of 100,000 claims is one small value; the ids are listed only when an action needs them.

/** The chosen claims, relative to those the table's filters allow. */
export type ClaimSelection = { kind: 'all-except'; except: ReadonlySet<string> } | { kind: 'only'; ids: ReadonlySet<string> };

/** Every matching claim chosen. */
export const CHOOSE_ALL: ClaimSelection = { kind: 'all-except', except: new Set() };
/** No claim chosen. */
export const CHOOSE_NONE: ClaimSelection = { kind: 'only', ids: new Set() };

/** Whether the claim is chosen. */
export function isChosen(selection: ClaimSelection, claimId: string): boolean {
  return selection.kind === 'all-except' ? !selection.except.has(claimId) : selection.ids.has(claimId);
}

/** The selection with one claim's choice flipped. */
export function toggleChosen(selection: ClaimSelection, claimId: string): ClaimSelection {
  const flip = (set: ReadonlySet<string>) => {
    const next = new Set(set);
    if (next.has(claimId)) next.delete(claimId);
    else next.add(claimId);
    return next;
  };
  return selection.kind === 'all-except' ? { kind: 'all-except', except: flip(selection.except) } : { kind: 'only', ids: flip(selection.ids) };
}

/** The chosen ids among the matching ones, in their order: the matching list itself when all are chosen, not a copy of 100,000 ids. */
export function chosenIds(selection: ClaimSelection, matching: readonly string[]): readonly string[] {
  if (selection.kind === 'all-except' && selection.except.size === 0) return matching;
  if (selection.kind === 'only' && selection.ids.size === 0) return [];
  return matching.filter((id) => isChosen(selection, id));
}

/** How many of the matching claims are chosen, counting only the exceptions rather than every id. */
export function chosenCount(selection: ClaimSelection, matching: readonly string[]): number {
  const set = selection.kind === 'all-except' ? selection.except : selection.ids;
  if (set.size === 0) return selection.kind === 'all-except' ? matching.length : 0;
  const present = new Set(matching);
  let inBoth = 0;
  for (const id of set) if (present.has(id)) inBoth++;
  return selection.kind === 'all-except' ? matching.length - inBoth : inBoth;
}

/** Claims chosen for an action: how many, and their ids, read only when the action runs (choosing all of 100,000 claims stays one small value until then). */
export interface ChosenClaims {
  count: number;
  ids: () => Promise<readonly string[]>;
}

/** No claims chosen. */
export const NO_CLAIMS_CHOSEN: ChosenClaims = { count: 0, ids: () => Promise.resolve([]) };
