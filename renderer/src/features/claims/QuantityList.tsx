import { useState } from 'react';
import type { Claim, Quantity } from '../../../../shared/model';
import type { QuantityPatch } from '../../../../shared/claims/edit/claim-quantities';
import { correctQuantity } from '../../db/claim-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

/** A claim's figures as data, each correctable; corrected fields are marked and kept over later extractions. */
export function QuantityList({ claim }: { claim: Claim }) {
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <section aria-labelledby="quantities-title">
      <h3 id="quantities-title">Figures</h3>
      {claim.quantities.length === 0 ? (
        <p className="muted">No figures were read from this claim.</p>
      ) : (
        <table className="quantity-table">
          <thead>
            <tr>
              <th scope="col">As written</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Normalized</th>
              <th scope="col">Subject</th>
              <th scope="col">Measure</th>
              <th scope="col">Period</th>
              <th scope="col">Approx / bound</th>
              <th scope="col">
                <span className="visually-hidden">Correct</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {claim.quantities.map((q, i) =>
              editing === i ? (
                <QuantityForm key={i} claimId={claim.id} index={i} quantity={q} onDone={() => setEditing(null)} />
              ) : (
                <tr key={i}>
                  <td>{q.text ?? '—'}</td>
                  <td>{q.high === undefined ? q.value : `${q.value}–${q.high}`}</td>
                  <td>{q.unit}</td>
                  <td>{q.normalized ? `${q.normalized.value}${q.normalized.high === undefined ? '' : `–${q.normalized.high}`} ${q.normalized.unit}` : '—'}</td>
                  <td>{q.subject ?? '—'}</td>
                  <td>{q.measure ?? '—'}</td>
                  <td>{q.period ?? '—'}</td>
                  <td>
                    {[q.approx ? 'approximate' : '', q.bound ?? ''].filter(Boolean).join(', ') || '—'}
                    {q.corrected && q.corrected.length > 0 && <span className="badge"> corrected: {q.corrected.join(', ')}</span>}
                  </td>
                  <td>
                    <button type="button" className="button ghost" onClick={() => setEditing(i)} aria-label={`Correct figure ${q.text ?? q.value}`}>
                      Correct…
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

const BOUNDS = ['', 'over', 'under', 'by', 'within'] as const;

function QuantityForm({ claimId, index, quantity, onDone }: { claimId: string; index: number; quantity: Quantity; onDone: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const [value, setValue] = useState(String(quantity.value));
  const [unit, setUnit] = useState(quantity.unit);
  const [subject, setSubject] = useState(quantity.subject ?? '');
  const [measure, setMeasure] = useState(quantity.measure ?? '');
  const [period, setPeriod] = useState(quantity.period ?? '');
  const [approx, setApprox] = useState(quantity.approx);
  const [bound, setBound] = useState<(typeof BOUNDS)[number]>(quantity.bound ?? '');
  const save = () => {
    // Only fields that changed are sent, so only they are marked as corrected.
    const patch: QuantityPatch = {};
    if (Number(value) !== quantity.value) patch.value = Number(value);
    if (unit !== quantity.unit) patch.unit = unit;
    if (subject !== (quantity.subject ?? '')) patch.subject = subject.trim() || null;
    if (measure !== (quantity.measure ?? '')) patch.measure = measure.trim() || null;
    if (period !== (quantity.period ?? '')) patch.period = period.trim() || null;
    if (approx !== quantity.approx) patch.approx = approx;
    if (bound !== (quantity.bound ?? '')) patch.bound = bound === '' ? null : bound;
    void correctQuantity(db, claimId, index, patch).then(
      () => {
        notify('success', 'Figure corrected; the correction is kept if the claim is re-read.');
        onDone();
      },
      (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
    );
  };
  const field = (label: string, v: string, set: (s: string) => void) => <input aria-label={label} type="text" value={v} onChange={(e) => set(e.target.value)} />;
  return (
    <tr className="quantity-form">
      <td>{quantity.text ?? '—'}</td>
      <td>{field('Value', value, setValue)}</td>
      <td>{field('Unit', unit, setUnit)}</td>
      <td>—</td>
      <td>{field('Subject', subject, setSubject)}</td>
      <td>{field('Measure', measure, setMeasure)}</td>
      <td>{field('Period', period, setPeriod)}</td>
      <td>
        <label>
          <input type="checkbox" checked={approx} onChange={(e) => setApprox(e.target.checked)} /> approximate
        </label>
        <select aria-label="Bound" value={bound} onChange={(e) => setBound(BOUNDS.find((b) => b === e.target.value) ?? '')}>
          {BOUNDS.map((b) => (
            <option key={b} value={b}>
              {b || 'no bound'}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="button primary" onClick={save}>
          Save figure
        </button>
        <button type="button" className="button ghost" onClick={onDone}>
          Cancel
        </button>
      </td>
    </tr>
  );
}
