// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextField, undoKey } from '../../../../../renderer/src/features/history/use-workspace-undo';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('undo keys', () => {
  it('reads Ctrl/Cmd+Z as undo, with Shift or Ctrl+Y as redo, and nothing else', () => {
    expect(undoKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKey(key('z', { metaKey: true }))).toBe('undo');
    expect(undoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoKey(key('z'))).toBeUndefined();
    expect(undoKey(key('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(undoKey(key('y', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('leaves text fields their own undo, but not buttons, checkboxes or the page', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isTextField(make('<textarea></textarea>'))).toBe(true);
    expect(isTextField(make('<input type="text">'))).toBe(true);
    expect(isTextField(make('<input type="search">'))).toBe(true);
    expect(isTextField(make('<input type="checkbox">'))).toBe(false);
    expect(isTextField(make('<button>Delete</button>'))).toBe(false);
    expect(isTextField(document.body)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
