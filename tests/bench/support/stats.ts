/** The value below which the given share of samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of the samples. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** A number rounded for a printed line. */
export function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}
