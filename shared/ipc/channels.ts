// Kept free of zod and of any other import: the sandboxed preload bundles this file
// and must not pull a library in just to know the channel names.

/** The global name the preload exposes the bridge under: `window.footnote`. */
export const BRIDGE_KEY = 'footnote';

/** Renderer -> main request channels, keyed by the bridge method that uses them. */
export const INVOKE_CHANNELS = {
  openFiles: 'footnote:files:open',
  saveFile: 'footnote:files:save',
  printToPdf: 'footnote:print:pdf',
  backupBegin: 'footnote:backup:begin',
  backupAppend: 'footnote:backup:append',
  backupFinish: 'footnote:backup:finish',
  backupList: 'footnote:backup:list',
  backupRead: 'footnote:backup:read',
  quitReady: 'footnote:backup:quit-ready',
} as const;

/** Main -> renderer event channels. */
export const EVENT_CHANNELS = {
  menuCommand: 'footnote:menu:command',
  backupRequest: 'footnote:backup:request',
} as const;

/** Every command the native menu can send; the UI buttons raise the same ones. */
export const MENU_COMMANDS = [
  'import-files',
  'paste-text',
  'export-briefing',
  'export-workspace',
  'import-workspace',
  'undo',
  'redo',
  'command-palette',
  'focus-search',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];
export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;

/** True when a value received over IPC is one of the known menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
