import { useId, useState } from 'react';
import type { Claim } from '../../../../shared/model';
import { describeLocator } from '../../../../shared/briefing/footnote-text';
import type { CitationEvidence } from '../../db/evidence';
import { splitClaim } from '../../db/split-merge-claims';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { countNoun } from '../../../../shared/wording/count-noun';

interface DraftPart {
  text: string;
  citationIds: ReadonlySet<string>;
}

/** Splits a claim into parts: the analyst writes each part's text and ticks the citations it keeps (a citation ticked twice is copied). */
export function SplitClaimDialog({ open, onClose, claim, citations }: { open: boolean; onClose: () => void; claim: Claim; citations: readonly CitationEvidence[] }) {
  const titleId = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <SplitForm key={claim.updatedAt} titleId={titleId} onClose={onClose} claim={claim} citations={citations} />
    </Modal>
  );
}

function SplitForm({ titleId, onClose, claim, citations }: { titleId: string; onClose: () => void; claim: Claim; citations: readonly CitationEvidence[] }) {
  const { db } = useServices();
  const notify = useNotify();
  const all = new Set(citations.map((c) => c.citation.id));
  const [parts, setParts] = useState<DraftPart[]>([
    { text: claim.text, citationIds: all },
    { text: '', citationIds: all },
  ]);
  const [error, setError] = useState('');
  const update = (i: number, change: (p: DraftPart) => DraftPart) => setParts((ps) => ps.map((p, j) => (j === i ? change(p) : p)));
  const submit = async () => {
    setError('');
    try {
      const made = await splitClaim(db, claim.id, parts.map((p) => ({ text: p.text, citationIds: [...p.citationIds] })));
      const kept = made.reduce((n, _c, i) => n + (parts[i]?.citationIds.size ?? 0), 0);
      notify('success', `Claim split into ${countNoun(made.length, 'claim')}; ${countNoun(kept, 'citation')} kept across them.`);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={titleId}>Split claim</h2>
      <p className="small muted">Write each part and tick the citations it keeps. Every citation must stay with at least one part; one ticked for two parts is copied.</p>
      {parts.map((part, i) => (
        <fieldset key={i} className="split-part">
          <legend>Part {i + 1}</legend>
          <label className="field">
            Text of part {i + 1}
            <textarea value={part.text} rows={2} onChange={(e) => update(i, (p) => ({ ...p, text: e.target.value }))} required />
          </label>
          {citations.map(({ citation }) => {
            const label = describeLocator(citation) || 'citation';
            return (
              <label key={citation.id} className="split-citation">
                <input
                  type="checkbox"
                  checked={part.citationIds.has(citation.id)}
                  onChange={(e) =>
                    update(i, (p) => {
                      const next = new Set(p.citationIds);
                      if (e.target.checked) next.add(citation.id);
                      else next.delete(citation.id);
                      return { ...p, citationIds: next };
                    })
                  }
                />{' '}
                Part {i + 1} keeps {label} ({citation.stance})
              </label>
            );
          })}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => setParts((ps) => [...ps, { text: '', citationIds: new Set() }])}>
        Add a part
      </button>
      <DialogFooter error={error} submitLabel="Split" submitDisabled={parts.some((p) => p.text.trim() === '')} onCancel={onClose} />
    </form>
  );
}
