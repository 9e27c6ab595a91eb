import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES, MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc';
import { oversizeProblem } from '../../../electron/main/file-size-limit';
import { guessMime } from '../../../electron/main/guess-mime';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import type { MenuItemConstructorOptions } from 'electron';

describe('oversizeProblem', () => {
  it('accepts files up to the limit', () => {
    expect(oversizeProblem('a.pdf', MAX_OPEN_FILE_BYTES, MAX_OPEN_FILE_BYTES)).toBeNull();
  });

  it('explains a refusal with the file name, its size and the limit', () => {
    expect(oversizeProblem('big.pdf', 62 * 1024 * 1024, MAX_OPEN_FILE_BYTES)).toBe('"big.pdf" is 62 MB; Footnote can open files up to 50 MB.');
  });
});

describe('guessMime', () => {
  it('knows the formats Footnote ingests, whatever the case of the extension', () => {
    expect(guessMime('summary.TXT')).toBe('text/plain');
    expect(guessMime('notes.md')).toBe('text/markdown');
    expect(guessMime('page.htm')).toBe('text/html');
    expect(guessMime('paper.pdf')).toBe('application/pdf');
    expect(guessMime('report.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(guessMime('archive.xyz')).toBe('application/octet-stream');
    expect(guessMime('README')).toBe('application/octet-stream');
  });
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function clickAll(items: MenuItemConstructorOptions[]): void {
  for (const item of items) item.click?.(undefined as never, undefined, undefined as never);
}

describe('buildMenuTemplate', () => {
  it('sends each menu command exactly once', () => {
    const sent: MenuCommand[] = [];
    clickAll(flatten(buildMenuTemplate({ isMac: false, showDevTools: false, send: (command) => sent.push(command) })));
    expect(sent.sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers developer tools only when asked', () => {
    const roles = (showDevTools: boolean) => flatten(buildMenuTemplate({ isMac: false, showDevTools, send: () => {} })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('keeps the import and export shortcuts', () => {
    const items = flatten(buildMenuTemplate({ isMac: false, showDevTools: false, send: () => {} }));
    expect(items.find((item) => item.label === 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(items.find((item) => item.label === 'Export briefing…')?.accelerator).toBe('CmdOrCtrl+E');
    // The same keys the browser build and the command palette name.
    expect(items.find((item) => item.label === 'Paste text…')?.accelerator).toBe('CmdOrCtrl+Shift+V');
    expect(items.find((item) => item.label === 'Back up now')?.accelerator).toBe('CmdOrCtrl+Shift+S');
  });

  it('shows the undo shortcuts without taking the keys from the page, except on macOS', () => {
    const items = flatten(buildMenuTemplate({ isMac: false, showDevTools: false, send: () => {} }));
    const undo = items.find((item) => item.label === 'Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(undo?.registerAccelerator).toBe(false);
    expect(items.find((item) => item.label === 'Redo')?.registerAccelerator).toBe(false);
    // macOS routes editing keys through the menu, so there it takes them.
    const mac = flatten(buildMenuTemplate({ isMac: true, showDevTools: false, send: () => {} }));
    expect(mac.find((item) => item.label === 'Undo')?.registerAccelerator).toBe(true);
  });

  it('opens the command palette and the search from the View menu with their shortcuts', () => {
    const sent: MenuCommand[] = [];
    const view = buildMenuTemplate({ isMac: false, showDevTools: false, send: (command) => sent.push(command) }).find((item) => item.label === 'View');
    const items = flatten(Array.isArray(view?.submenu) ? view.submenu : []);
    expect(items.find((item) => item.label === 'Command palette…')?.accelerator).toBe('CmdOrCtrl+K');
    expect(items.find((item) => item.label === 'Search everything')?.accelerator).toBe('CmdOrCtrl+Shift+F');
    clickAll(items);
    expect(sent).toEqual(['command-palette', 'focus-search']);
  });

  it('puts Quit in File except on macOS, where the app menu has it', () => {
    const roles = (isMac: boolean) => flatten(buildMenuTemplate({ isMac, showDevTools: false, send: () => {} })).map((item) => item.role);
    expect(roles(false)).toContain('quit');
    expect(roles(true)).toContain('appMenu');
    expect(roles(true)).not.toContain('quit');
  });
});
