import { useCallback, useEffect } from 'react';
import { redoLatest, undoLatest, undoNotice, type UndoOutcome } from '../../db/undo';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

export type UndoDirection = 'undo' | 'redo';

/**
 * Undo and redo of workspace changes: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y anywhere but in a text field, where
 * the field's own undo of typing applies. Returns the command the Edit menu and the palette run.
 */
export function useWorkspaceUndo(): (direction: UndoDirection) => void {
  const { db, platform } = useServices();
  const keysFromMenu = platform.undoKeysFromMenu === true;
  const notify = useNotify();
  const run = useCallback(
    (direction: UndoDirection) => {
      // A menu click while typing means the field's undo, as the same key would.
      if (isTextField(document.activeElement)) {
        document.execCommand(direction);
        return;
      }
      void (direction === 'undo' ? undoLatest(db) : redoLatest(db))
        .then((outcome: UndoOutcome) => notify(outcome.status === 'conflict' ? 'error' : 'info', undoNotice(outcome)))
        .catch((error: unknown) => notify('error', `Could not ${direction}: ${error instanceof Error ? error.message : String(error)}`));
    },
    [db, notify],
  );
  useEffect(() => {
    if (keysFromMenu) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const direction = undoKey(event);
      if (!direction || event.defaultPrevented || isTextField(event.target)) return;
      event.preventDefault();
      run(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, keysFromMenu]);
  return run;
}

/** Which of undo or redo a key press asks for, if either. */
export function undoKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UndoDirection | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** True for a field whose own undo applies: a text input, a textarea, or editable content. */
export function isTextField(target: EventTarget | Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target.isContentEditable;
}
