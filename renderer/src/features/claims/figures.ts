import type { ComparableQuantity } from '../../../../shared/claims/quantities/quantity';

/** A figure's value (or range) and unit as written, with its approximation or bound: "≈270,000 tons". */
export function writtenFigure(q: ComparableQuantity): string {
  return `${q.approx ? '≈' : ''}${q.bound ? `${q.bound} ` : ''}${q.value}${q.high === undefined ? '' : `–${q.high}`} ${q.unit}`.trim();
}

/** A figure as written (value, range, unit), for labels; the normalized form follows when it differs. */
export function formatFigure(q: ComparableQuantity): string {
  const written = writtenFigure(q);
  const n = q.normalized;
  if (!n || (n.value === q.value && n.unit === q.unit)) return written;
  return `${written} (${formatNumber(n.value)}${n.high === undefined ? '' : `–${formatNumber(n.high)}`} ${n.unit})`;
}

/** A number rounded for reading: three significant figures, grouped by thousands. */
export function formatNumber(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en');
}
