// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import Dexie from 'dexie';
import { createRoot, type Root } from 'react-dom/client';
import { useKeptWatchedRead } from '../../../../renderer/src/ui/use-kept-live-query';
import { FootnoteDatabase } from '../../../../renderer/src/db/database';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

function Shown({ watch, read, known }: { watch: () => Promise<unknown>; read: () => Promise<number>; known?: () => number | undefined }) {
  const { value } = useKeptWatchedRead(watch, read, [], known);
  return <p>{value === undefined ? 'reading' : String(value)}</p>;
}

function mount(watch: () => Promise<unknown>, read: () => Promise<number>, known?: () => number | undefined): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<Shown watch={watch} read={read} known={known} />));
  return container;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

// A row of a small table written as any operation would: the hook must not care which table or operation.
const write = (db: FootnoteDatabase, key: string) => db.settings.put({ key, value: 1 });

describe('useKeptWatchedRead', () => {
  it('reads at once, without waiting for the watch to answer', async () => {
    let reads = 0;
    const container = mount(
      () => new Promise<never>(() => {}),
      async () => ++reads,
    );
    await until(() => container.textContent === '1');
  });

  it('shows a write made between its first read and the watch’s first answer, and every write after', async () => {
    const db = new FootnoteDatabase(`watched-read-${Math.random()}`);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const container = mount(
      // The first answer waits for the gate; through a Dexie promise, so the read after it is still watched.
      () => new Dexie.Promise<void>((resolve) => void gate.then(resolve)).then(() => db.settings.limit(1).toArray()),
      () => db.settings.count(),
    );
    // A new workspace may hold default settings already: count from what the first read found.
    await until(() => /^\d+$/.test(container.textContent ?? ''));
    const before = Number(container.textContent);
    expect(before).toBe(await db.settings.count());
    await write(db, 'first');
    release();
    await until(() => container.textContent === String(before + 1));
    await write(db, 'second');
    await until(() => container.textContent === String(before + 2));
  });

  it('shows an answer known at mount in its first frame without reading, and reads after a later write', async () => {
    const db = new FootnoteDatabase(`watched-read-${Math.random()}`);
    // Opened before the mount: a new workspace writes its defaults, which the hook would rightly read after.
    await db.open();
    await act(() => new Promise((r) => setTimeout(r, 50)));
    let reads = 0;
    const container = mount(
      () => db.settings.limit(1).toArray(),
      async () => {
        reads += 1;
        return 100 + reads;
      },
      () => 42,
    );
    expect(container.textContent).toBe('42');
    // The watch answers once (nothing written): still no read.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(reads).toBe(0);
    expect(container.textContent).toBe('42');
    await write(db, 'after');
    await until(() => container.textContent === '101');
  });

  it('reads at once when nothing is known at mount', async () => {
    let reads = 0;
    const container = mount(
      () => new Promise<never>(() => {}),
      async () => ++reads,
      () => undefined,
    );
    await until(() => container.textContent === '1');
  });
});
