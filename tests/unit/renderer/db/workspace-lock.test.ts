import { afterEach, describe, expect, it } from 'vitest';
import { withImportLock, withRestoreLock } from '../../../../renderer/src/db/workspace-lock';

// A minimal in-process stand-in for navigator.locks (shared and exclusive modes, ifAvailable), as browsers share it
// between every tab of an origin.
class FakeLocks {
  private shared = 0;
  private exclusive = false;
  private waiting: (() => void)[] = [];
  async request<T>(_name: string, options: { mode: 'shared' | 'exclusive'; ifAvailable?: boolean }, run: (lock: unknown) => Promise<T>): Promise<T> {
    const free = () => (options.mode === 'shared' ? !this.exclusive : !this.exclusive && this.shared === 0);
    if (!free()) {
      if (options.ifAvailable) return run(null);
      while (!free()) await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (options.mode === 'shared') this.shared += 1;
    else this.exclusive = true;
    try {
      return await run({});
    } finally {
      if (options.mode === 'shared') this.shared -= 1;
      else this.exclusive = false;
      const wake = this.waiting;
      this.waiting = [];
      for (const resolve of wake) resolve();
    }
  }
}

const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'navigator', original);
});

describe('workspace lock', () => {
  it('makes a restore wait for an import in flight, and says that it waits', async () => {
    Object.defineProperty(globalThis, 'navigator', { value: { locks: new FakeLocks() }, configurable: true });
    const order: string[] = [];
    let finishImport: () => void = () => {};
    const importing = withImportLock('db', () => new Promise<void>((resolve) => (finishImport = () => (order.push('import done'), resolve()))));
    await Promise.resolve();
    const restoring = withRestoreLock('db', () => order.push('waiting'), async () => void order.push('restored'));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['waiting']);
    finishImport();
    await Promise.all([importing, restoring]);
    expect(order).toEqual(['waiting', 'import done', 'restored']);
  });

  it('restores at once when nothing imports, and runs without Web Locks where there are none', async () => {
    Object.defineProperty(globalThis, 'navigator', { value: { locks: new FakeLocks() }, configurable: true });
    const waited: string[] = [];
    await expect(withRestoreLock('db', () => waited.push('w'), async () => 'done')).resolves.toBe('done');
    expect(waited).toEqual([]);
    Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
    await expect(withImportLock('db', async () => 1)).resolves.toBe(1);
  });
});
