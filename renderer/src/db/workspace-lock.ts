// Imports and restores in every tab of a workspace coordinate through one Web Lock: each import holds it shared, a
// restore holds it exclusive. A restore therefore waits for imports in flight in any tab, and no import starts while a
// restore replaces the workspace under it.

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'shared' | 'exclusive'; ifAvailable?: boolean }, run: (lock: unknown) => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

function lockName(dbName: string): string {
  return `${dbName}:writes`;
}

/** Runs an import while holding the workspace's lock shared: many imports at once, never during a restore. */
export function withImportLock<T>(dbName: string, run: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  // Without Web Locks (unit tests in Node) there are no other tabs to coordinate with.
  return locks ? locks.request(lockName(dbName), { mode: 'shared' }, run) : run();
}

/**
 * Runs a restore while holding the workspace's lock exclusively. When imports are running in any tab, `onWait` is
 * called first and the restore starts once they have finished.
 */
export async function withRestoreLock<T>(dbName: string, onWait: () => void, run: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return run();
  const NOT_AVAILABLE = Symbol('busy');
  const immediate = await locks.request<T | typeof NOT_AVAILABLE>(lockName(dbName), { mode: 'exclusive', ifAvailable: true }, (lock) => (lock ? run() : Promise.resolve(NOT_AVAILABLE)));
  if (immediate !== NOT_AVAILABLE) return immediate;
  onWait();
  return locks.request(lockName(dbName), { mode: 'exclusive' }, run);
}
