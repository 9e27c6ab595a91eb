import { useId, useState } from 'react';
import { ClaimStatusSchema, type Claim } from '../../../../shared/model';
import { updateClaim } from '../../db/claim-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

/** The claim's own fields (text, status, confidence, tags, note), saved together with updateClaim. */
export function ClaimEditor({ claim }: { claim: Claim }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  const [text, setText] = useState(claim.text);
  const [status, setStatus] = useState(claim.status);
  const [confidence, setConfidence] = useState(claim.confidence === undefined ? '' : String(Math.round(claim.confidence * 100)));
  const [tags, setTags] = useState(claim.tags.join(', '));
  const [note, setNote] = useState(claim.note);
  const save = () => {
    const percent = confidence.trim() === '' ? null : Number(confidence) / 100;
    void updateClaim(db, claim.id, { text, status, confidence: percent, tags: tags.split(',').map((t) => t.trim()).filter(Boolean), note }).then(
      () => notify('success', 'Claim saved.'),
      (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <form
      className="claim-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field" htmlFor={`${id}-text`}>
        Claim text
      </label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} required />
      <div className="claim-editor-row">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(ClaimStatusSchema.parse(e.target.value))}>
          {ClaimStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-confidence`}>Confidence (%)</label>
        <input id={`${id}-confidence`} type="number" min={0} max={100} value={confidence} onChange={(e) => setConfidence(e.target.value)} />
        <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
        <input id={`${id}-tags`} type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
      </div>
      <label className="field" htmlFor={`${id}-note`}>
        Note
      </label>
      <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      <div>
        <button type="submit" className="button primary">
          Save claim
        </button>
      </div>
    </form>
  );
}
