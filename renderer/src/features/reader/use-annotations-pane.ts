import { useCallback, useState } from 'react';

const ANNOTATIONS_PANE_KEY = 'footnote-reader-annotations-open';

/** Whether the reader's annotations pane is shown; remembered across sources and sessions. */
export function useAnnotationsPaneOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => localStorage.getItem(ANNOTATIONS_PANE_KEY) !== 'false');
  const set = useCallback((next: boolean) => {
    localStorage.setItem(ANNOTATIONS_PANE_KEY, String(next));
    setOpen(next);
  }, []);
  return [open, set];
}
