import type { DerivedTotal } from '../../../../shared/claims/quantities';
import { routeHref } from '../../app/route';
import { formatFigure, formatNumber } from './figures';

/** World totals the claim's figures imply, and whether a stated total agrees; a disagreement is flagged in words. */
export function DerivedTotals({ totals, claimId }: { totals: readonly DerivedTotal[]; claimId: string }) {
  if (totals.length === 0) return null;
  const link = (id: string, label: string) => (id === claimId ? label : <a href={routeHref({ view: 'claims', claimId: id })}>{label}</a>);
  return (
    <section aria-labelledby="derived-title">
      <h3 id="derived-title">Derived totals</h3>
      <ul className="derived-list">
        {totals.map((t, i) => (
          <li key={i}>
            {link(t.amount.claimId, formatFigure(t.amount.quantity))} at {link(t.share.claimId, formatFigure(t.share.quantity))} implies about{' '}
            <strong>
              {formatNumber(t.value)}
              {t.high === undefined ? '' : `–${formatNumber(t.high)}`} {t.unit}
            </strong>{' '}
            of world {t.measure}
            {t.period ? ` (${t.period})` : ''}.{' '}
            {t.disagrees && <span className="badge warn">disagrees with a stated total</span>}
            {t.comparisons.map((c, j) => (
              <span key={j} className="small">
                {' '}
                Stated: {link(c.stated.claimId, formatFigure(c.stated.quantity))} — {c.verdict === 'agree' ? 'agrees' : `differs by ${Math.round(c.relativeDifference * 100)}%`}.
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
