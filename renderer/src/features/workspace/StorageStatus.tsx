import { useEffect, useState } from 'react';
import { formatSize } from '../../../../shared/backup/backup-preview';
import { EmptyTrash } from './EmptyTrash';

type Persistence = 'persistent' | 'best-effort' | 'unavailable';

interface StorageState {
  persistence: Persistence;
  usage?: number;
  quota?: number;
}

const ASKED_KEY = 'footnote-storage-persist-asked';

/** Asks once for persistent storage; afterwards only reads whether it was granted (asking again may prompt). */
async function readStorage(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persisted) return { persistence: 'unavailable' };
  let persisted = await storage.persisted();
  if (!persisted && storage.persist && localStorage.getItem(ASKED_KEY) === null) {
    localStorage.setItem(ASKED_KEY, new Date().toISOString());
    persisted = await storage.persist();
  }
  const estimate = storage.estimate ? await storage.estimate() : {};
  return { persistence: persisted ? 'persistent' : 'best-effort', ...(estimate.usage !== undefined ? { usage: estimate.usage } : {}), ...(estimate.quota !== undefined ? { quota: estimate.quota } : {}) };
}

/** Whether the browser keeps the workspace for good, and how much of its allowance the workspace uses. */
export function StorageStatus() {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    let live = true;
    void readStorage()
      .then((s) => live && setState(s))
      .catch(() => live && setState({ persistence: 'unavailable' }));
    return () => {
      live = false;
    };
  }, []);
  if (!state) return null;
  return (
    <section className="workspace-card" aria-labelledby="ws-storage">
      <h2 id="ws-storage">Storage</h2>
      <p data-testid="storage-persistence">
        {state.persistence === 'persistent' && 'Storage is persistent: the browser will not clear this workspace to free space.'}
        {state.persistence === 'best-effort' && 'Storage is not persistent: the browser did not grant it, and may clear this workspace when the disk runs low. Back up regularly.'}
        {state.persistence === 'unavailable' && 'This browser does not say whether it keeps the workspace for good. Back up regularly.'}
      </p>
      {state.usage !== undefined && state.quota !== undefined && state.quota > 0 && (
        <p data-testid="storage-usage">
          Using {formatSize(state.usage)} of the {formatSize(state.quota)} this browser allows ({((state.usage / state.quota) * 100).toFixed(state.usage / state.quota < 0.01 ? 2 : 0)}%).
        </p>
      )}
      <p className="small muted">
        When the space runs out, a change is stored in full or not at all, and you are told; free disk space, or back up, delete sources you no longer need (Library ▸ the source ▸ “Delete source…”) and empty the trash below.
      </p>
      <EmptyTrash />
    </section>
  );
}
