import { useState, type FormEvent } from 'react';

/** Runs a dialog's action on submit: busy while it runs, and its failure shown as the dialog's error instead of thrown. */
export function useDialogSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    void action()
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return { busy, error, onSubmit };
}
