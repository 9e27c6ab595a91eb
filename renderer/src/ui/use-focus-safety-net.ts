import { useEffect } from 'react';
import { focusIsLost, focusViewHeading } from './restore-focus';

// Views get these frames to put focus somewhere themselves (a new item, a field) before the safety net acts.
const GRACE_FRAMES = 3;

/**
 * When the focused control disappears (a row deleted, a view left through a link inside it), browsers leave focus on
 * the page body, where the next Tab starts from the top. This puts it on the current view's heading instead. Dialogs
 * are left to the Modal, which gives focus back to their opener.
 */
export function useFocusSafetyNet(): void {
  useEffect(() => {
    let last: Element | null = null;
    let pending = false;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    const check = () => {
      if (pending || !last || last.isConnected || last.closest('dialog')) return;
      pending = true;
      let frames = GRACE_FRAMES;
      const settle = () => {
        if (--frames > 0) {
          requestAnimationFrame(settle);
          return;
        }
        pending = false;
        if (last && !last.isConnected && focusIsLost()) focusViewHeading();
      };
      requestAnimationFrame(settle);
    };
    document.addEventListener('focusin', onFocusIn);
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
