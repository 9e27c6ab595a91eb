import { describe, expect, it } from 'vitest';
import {
  MAX_OPEN_FILE_BYTES,
  MENU_COMMANDS,
  MenuCommandSchema,
  OpenFilesRequestSchema,
  OpenFilesResponseSchema,
  ResultEnvelopeSchema,
  SaveFileRequestSchema,
  SaveOutcomeSchema,
  eventContract,
  invokeContract,
  isMenuCommand,
} from '../../../shared/ipc';

const textFilter = { name: 'Text', extensions: ['txt', 'md'] };

describe('OpenFilesRequestSchema', () => {
  it('accepts filters and a multiple flag', () => {
    expect(OpenFilesRequestSchema.safeParse({ filters: [textFilter], multiple: true }).success).toBe(true);
    expect(OpenFilesRequestSchema.safeParse({ filters: [{ name: 'All files', extensions: ['*'] }], multiple: false }).success).toBe(true);
    expect(OpenFilesRequestSchema.safeParse({ filters: [], multiple: false }).success).toBe(true);
  });

  it.each([
    ['a missing multiple flag', { filters: [] }],
    ['a dotted extension', { filters: [{ name: 'Text', extensions: ['.txt'] }], multiple: true }],
    ['a glob extension', { filters: [{ name: 'Text', extensions: ['*.txt'] }], multiple: true }],
    ['a filter without extensions', { filters: [{ name: 'Text', extensions: [] }], multiple: true }],
    ['an unknown key', { filters: [], multiple: true, defaultPath: '/etc' }],
    ['too many filters', { filters: Array.from({ length: 21 }, () => textFilter), multiple: true }],
    ['a string', 'open'],
    ['null', null],
  ])('rejects %s', (_label, payload) => {
    expect(OpenFilesRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('SaveFileRequestSchema', () => {
  const valid = { suggestedName: 'briefing.md', data: '# Briefing', mime: 'text/markdown', filters: [textFilter] };

  it('accepts text or bytes', () => {
    expect(SaveFileRequestSchema.safeParse(valid).success).toBe(true);
    expect(SaveFileRequestSchema.safeParse({ ...valid, data: new Uint8Array([1, 2, 3]) }).success).toBe(true);
  });

  it.each([
    ['a path instead of a name', { ...valid, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...valid, suggestedName: 'C:\\Users\\x\\a.md' }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['a dot name', { ...valid, suggestedName: '..' }],
    ['a NUL in the name', { ...valid, suggestedName: 'a\0.md' }],
    ['a number as data', { ...valid, data: 42 }],
    ['a plain array as data', { ...valid, data: [1, 2, 3] }],
    ['an ArrayBuffer as data', { ...valid, data: new ArrayBuffer(3) }],
    ['a missing mime', { suggestedName: 'a.md', data: '', filters: [] }],
  ])('rejects %s', (_label, payload) => {
    expect(SaveFileRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('response schemas', () => {
  it('accepts picked files with bytes', () => {
    const file = { name: 'a.txt', mime: 'text/plain', bytes: new Uint8Array([104, 105]), lastModified: 1_700_000_000_000 };
    expect(OpenFilesResponseSchema.safeParse([file]).success).toBe(true);
    expect(OpenFilesResponseSchema.safeParse([{ ...file, bytes: 'hi' }]).success).toBe(false);
    expect(OpenFilesResponseSchema.safeParse([{ ...file, lastModified: -1 }]).success).toBe(false);
  });

  it('treats a cancelled save as an outcome with no location', () => {
    expect(SaveOutcomeSchema.safeParse({ saved: false }).success).toBe(true);
    expect(SaveOutcomeSchema.safeParse({ saved: true, location: '/home/a/briefing.md' }).success).toBe(true);
    expect(SaveOutcomeSchema.safeParse({ saved: true }).success).toBe(false);
    expect(SaveOutcomeSchema.safeParse({ saved: false, location: '/x' }).success).toBe(false);
  });

  it('reads both shapes of the result envelope and nothing else', () => {
    expect(ResultEnvelopeSchema.safeParse({ ok: true, value: [] }).success).toBe(true);
    expect(ResultEnvelopeSchema.safeParse({ ok: false, error: 'nope' }).success).toBe(true);
    expect(ResultEnvelopeSchema.safeParse({ ok: false }).success).toBe(false);
    expect(ResultEnvelopeSchema.safeParse(undefined).success).toBe(false);
  });
});

describe('menu commands', () => {
  it('are exactly the nine the UI handles', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(['command-palette', 'export-briefing', 'export-workspace', 'focus-search', 'import-files', 'import-workspace', 'paste-text', 'redo', 'undo']);
  });

  it('agree between the zod schema and the zod-free guard', () => {
    for (const candidate of [...MENU_COMMANDS, 'quit', '', 42, null]) {
      expect(isMenuCommand(candidate)).toBe(MenuCommandSchema.safeParse(candidate).success);
    }
  });
});

describe('contract', () => {
  it('gives every call and event its own channel', () => {
    const channels = [...Object.values(invokeContract), ...Object.values(eventContract)].map((entry) => entry.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('caps opened files at 50 MB', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(50 * 1024 * 1024);
  });
});
