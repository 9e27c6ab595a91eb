import { useId, useState } from 'react';
import { ClaimStatusSchema, type Claim } from '../../../../shared/model';
import { updateClaim } from '../../db/claim-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

/** The editor's fields as typed, before they are checked and saved. */
interface Draft {
  text: string;
  status: Claim['status'];
  confidence: string;
  tags: string;
  note: string;
}

function draftOf(claim: Claim): Draft {
  return { text: claim.text, status: claim.status, confidence: claim.confidence === undefined ? '' : String(Math.round(claim.confidence * 100)), tags: claim.tags.join(', '), note: claim.note };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return a.text === b.text && a.status === b.status && a.confidence === b.confidence && a.tags === b.tags && a.note === b.note;
}

/**
 * The claim's own fields (text, status, confidence, tags, note), saved together with updateClaim. When the claim is
 * changed elsewhere (another tab, an undo) while the analyst has unsaved input, the input is kept and they choose:
 * keep theirs as typed (and save it over the other change) or take the stored version.
 */
export function ClaimEditor({ claim }: { claim: Claim }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  // The stored version the draft was started from; a newer one arriving while the draft differs is `elsewhere`.
  const [base, setBase] = useState(claim);
  const [draft, setDraft] = useState(() => draftOf(claim));
  const [elsewhere, setElsewhere] = useState<Claim | null>(null);
  const [saving, setSaving] = useState(false);
  if (!saving && claim.updatedAt !== base.updatedAt && claim.updatedAt !== elsewhere?.updatedAt) {
    if (sameDraft(draft, draftOf(base)) || sameDraft(draft, draftOf(claim))) {
      setBase(claim);
      setDraft(draftOf(claim));
      setElsewhere(null);
    } else {
      setElsewhere(claim);
    }
  }
  const field = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const { text, status, confidence, tags, note } = draft;
  const save = () => {
    const percent = confidence.trim() === '' ? null : Number(confidence) / 100;
    setSaving(true);
    void updateClaim(db, claim.id, { text, status, confidence: percent, tags: tags.split(',').map((t) => t.trim()).filter(Boolean), note })
      .then(
        (saved) => {
          setBase(saved);
          setDraft(draftOf(saved));
          setElsewhere(null);
          notify('success', 'Claim saved.');
        },
        (e: unknown) => notify('error', e instanceof Error ? e.message : String(e)),
      )
      .finally(() => setSaving(false));
  };
  const takeTheirs = () => {
    setBase(claim);
    setDraft(draftOf(claim));
    setElsewhere(null);
  };
  const setText = field('text');
  const setStatus = field('status');
  const setConfidence = field('confidence');
  const setTags = field('tags');
  const setNote = field('note');
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
      {elsewhere && (
        <div className="claim-changed-elsewhere" role="alert">
          <p>
            <strong>This claim was changed elsewhere</strong> while you were editing it (now: “{elsewhere.text}”, {elsewhere.status}). Your edits are kept
            here until you choose.
          </p>
          <button type="button" className="button primary" onClick={save} disabled={saving}>
            Keep mine
          </button>{' '}
          <button type="button" className="button" onClick={takeTheirs} disabled={saving}>
            Take theirs
          </button>
        </div>
      )}
      <div>
        <button type="submit" className="button primary" disabled={saving || elsewhere !== null}>
          Save claim
        </button>
      </div>
    </form>
  );
}
