/** The end of a dialog form: the error that stopped it, if any, then Cancel and the submit button. */
export function DialogFooter({ error, submitLabel, submitDisabled, onCancel }: { error: string; submitLabel: string; submitDisabled: boolean; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
