// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { usePagedRows } from '../../../../renderer/src/ui/use-kept-live-query';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

// Page reads wait for the test to release them, so what is shown while one is pending can be checked.
function gatedLoader() {
  const asked: string[][] = [];
  const waiting: (() => void)[] = [];
  const load = (ids: readonly string[]) => {
    asked.push([...ids]);
    return new Promise<ReadonlyMap<string, string>>((resolve) => waiting.push(() => resolve(new Map(ids.map((id) => [id, `read ${id}`])))));
  };
  return { load, asked, releaseAll: () => waiting.splice(0).forEach((go) => go()) };
}

function Rows({ ids, firstPage, load }: { ids: readonly string[]; firstPage?: ReadonlyMap<string, string>; load: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>> }) {
  const { rows } = usePagedRows(ids, load, [], { pageSize: 2, firstPage });
  return <p>{ids.map((id) => rows.get(id) ?? `${id}?`).join(', ')}</p>;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

describe('usePagedRows', () => {
  it('shows the first page read with the ids while the page’s own read is pending, even after a read of no ids answered', async () => {
    const { load, asked, releaseAll } = gatedLoader();
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    // As the library opens: no ids yet, and the read of that empty page answers first.
    act(() => root!.render(<Rows ids={[]} load={load} />));
    await until(() => asked.length === 1);
    releaseAll();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    // Then the listing arrives with its first page; its page read is still pending.
    const firstPage = new Map([['a', 'listed a'], ['b', 'listed b']]);
    act(() => root!.render(<Rows ids={['a', 'b']} firstPage={firstPage} load={load} />));
    await until(() => asked.length === 2);
    expect(container.textContent).toBe('listed a, listed b');
    releaseAll();
    await until(() => container.textContent === 'read a, read b');
  });
});
