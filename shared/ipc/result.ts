/** The outcome of an IPC call: errors cross the process boundary as data, never as a rejected promise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wrap a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wrap a message as a failed result. */
export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** Turn anything thrown into a message fit to show the user. */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  return 'Unexpected error';
}
