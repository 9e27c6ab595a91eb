// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ViewErrorBoundary } from '../../../../renderer/src/ui/ViewErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Exploding({ id }: { id: string }): never {
  throw new URIError(`URI malformed (${id})`);
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

describe('ViewErrorBoundary', () => {
  it('shows the error and a way back instead of a blank view, and tries again when the route changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root!.render(
        <ViewErrorBoundary view="Claims" backHref="#/claims" resetKey="#/claims/x">
          <Exploding id="x" />
        </ViewErrorBoundary>,
      ),
    );
    expect(container.querySelector('[role="alert"] h2')?.textContent).toBe('Claims could not be shown');
    expect(container.textContent).toContain('URI malformed (x)');
    const back = container.querySelector('button');
    expect(back?.textContent).toBe('Back to Claims');
    act(() => back!.click());
    expect(window.location.hash).toBe('#/claims');

    act(() =>
      root!.render(
        <ViewErrorBoundary view="Claims" backHref="#/claims" resetKey="#/claims">
          <p>the list</p>
        </ViewErrorBoundary>,
      ),
    );
    expect(container.textContent).toBe('the list');
  });
});
