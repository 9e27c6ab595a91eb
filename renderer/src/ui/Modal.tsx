import { useEffect, useRef, type ReactNode } from 'react';
import { restoreFocus } from './restore-focus';

/**
 * A modal dialog on the native <dialog>, which traps focus and closes on Escape by itself. When it closes, or is
 * removed while open, focus goes back to the control that opened it (the native dialog does this only on close(),
 * and not when the opener was redrawn), or to the view's heading when that control is gone: never to the page body.
 */
export function Modal({ open, onClose, labelledBy, children }: { open: boolean; onClose: () => void; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    if (!open && opener.current) {
      restoreFocus(opener.current);
      opener.current = null;
    }
  }, [open]);
  useEffect(
    () => () => {
      if (opener.current) restoreFocus(opener.current);
    },
    [],
  );
  return (
    <dialog ref={ref} className="modal" aria-labelledby={labelledBy} onClose={onClose}>
      {open ? children : null}
    </dialog>
  );
}
