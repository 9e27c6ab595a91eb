import type { ComparableQuantity } from '../../../../shared/claims/quantities/quantity';

/** A figure as written (value, range, unit), for labels; the normalized form follows when it differs. */
export function formatFigure(q: ComparableQuantity): string {
  const written = `${q.approx ? '≈' : ''}${q.bound ? `${q.bound} ` : ''}${q.value}${q.high === undefined ? '' : `–${q.high}`} ${q.unit}`.trim();
  const n = q.normalized;
  if (!n || (n.value === q.value && n.unit === q.unit)) return written;
  return `${written} (${formatNumber(n.value)}${n.high === undefined ? '' : `–${formatNumber(n.high)}`} ${n.unit})`;
}

/** A number rounded for reading: three significant figures, grouped by thousands. */
export function formatNumber(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en');
}
