// Focus is put back after the view has redrawn: closing a dialog often re-renders, or removes, the control it came from.
const SETTLE_FRAMES = 2;

/**
 * Puts focus back on `opener` once the page has settled, unless something else took focus meanwhile (a new item,
 * an editor field). When the opener is gone or cannot take focus, the same control redrawn (same id, or same
 * accessible name in the same region) takes it, else the current view's heading; focus is never left on the body.
 */
export function restoreFocus(opener: Element): void {
  const description = describe(opener);
  let frames = SETTLE_FRAMES;
  const attempt = () => {
    if (--frames > 0) {
      requestAnimationFrame(attempt);
      return;
    }
    if (!focusIsLost()) return;
    const target = [opener, redrawn(description)].find((el): el is HTMLElement => el instanceof HTMLElement && el.isConnected && focusable(el));
    if (target) {
      target.focus();
      if (document.activeElement === target) return;
    }
    focusViewHeading();
  };
  requestAnimationFrame(attempt);
}

/** Focus is nowhere useful: on the body, or on an element no longer in the page or inside a closed dialog. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  const dialog = active.closest('dialog');
  return dialog !== null && !dialog.open;
}

function focusable(el: HTMLElement): boolean {
  if (el === document.body || el.matches(':disabled') || el.closest('[hidden], dialog:not([open])')) return false;
  return el.getClientRects().length > 0;
}

interface Description {
  id: string;
  tag: string;
  text: string;
}

function describe(el: Element): Description {
  return { id: el.id, tag: el.tagName, text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() };
}

function redrawn(d: Description): Element | null {
  if (d.id) {
    const byId = document.getElementById(d.id);
    if (byId) return byId;
  }
  if (!d.text) return null;
  const main = document.querySelector('main') ?? document.body;
  return [...main.querySelectorAll(d.tag)].find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === d.text) ?? null;
}

/** Focuses the current view's heading, the landmark a screen reader user expects. */
export function focusViewHeading(): void {
  focusHeading(document.querySelector<HTMLElement>('main h1, main h2'));
}

/** Focuses a heading (or other static element), making it focusable by script only, not a Tab stop. */
export function focusHeading(heading: HTMLElement | null): void {
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
