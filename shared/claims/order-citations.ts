import type { Citation } from '../model';

/** Orders a claim's citations as a reader expects: by the number they cite, then by paragraph, then by when they were made. */
export function orderCitations(citations: readonly Citation[]): Citation[] {
  return [...citations].sort(
    (a, b) =>
      (a.locator.markerNumber ?? Number.MAX_SAFE_INTEGER) - (b.locator.markerNumber ?? Number.MAX_SAFE_INTEGER) ||
      (a.locator.paragraph ?? Number.MAX_SAFE_INTEGER) - (b.locator.paragraph ?? Number.MAX_SAFE_INTEGER) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}
