import { describe, expect, it } from 'vitest';
import type { FootnoteBridge, MenuCommand } from '../../../shared/ipc';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';

function fakeBridge(overrides: Partial<FootnoteBridge>): FootnoteBridge {
  return {
    openFiles: async () => ({ ok: true, value: [] }),
    saveFile: async () => ({ ok: true, value: { saved: false } }),
    printToPdf: async () => ({ ok: true, value: { saved: false } }),
    onMenuCommand: () => () => {},
    backupBegin: async () => ({ ok: true, value: { id: '00000000-0000-4000-8000-000000000000' } }),
    backupAppend: async () => ({ ok: true, value: null }),
    backupFinish: async () => ({ ok: true, value: { saved: false } }),
    backupList: async () => ({ ok: true, value: [] }),
    backupRead: async () => ({ ok: true, value: new Uint8Array() }),
    quitReady: async () => ({ ok: true, value: null }),
    onBackupRequest: () => () => {},
    ...overrides,
  };
}

describe('createElectronPlatform', () => {
  it('returns the files main read', async () => {
    const file = { name: 'a.txt', mime: 'text/plain', bytes: new Uint8Array([97]), lastModified: 1 };
    const platform = createElectronPlatform(fakeBridge({ openFiles: async () => ({ ok: true, value: [file] }) }));
    await expect(platform.openFiles({ filters: [], multiple: true })).resolves.toEqual([file]);
  });

  it('throws main’s error message so the UI can show it', async () => {
    const platform = createElectronPlatform(fakeBridge({ openFiles: async () => ({ ok: false, error: '"big.pdf" is 62 MB' }) }));
    await expect(platform.openFiles({ filters: [], multiple: false })).rejects.toThrow('"big.pdf" is 62 MB');
  });

  it('passes a cancelled save through as an outcome', async () => {
    const platform = createElectronPlatform(fakeBridge({}));
    await expect(platform.saveFile({ suggestedName: 'b.md', data: 'x', mime: 'text/markdown', filters: [] })).resolves.toEqual({ saved: false });
  });

  it('refuses a reply of the wrong shape', async () => {
    const bad = { ok: true, value: { saved: 'yes' } } as unknown as Awaited<ReturnType<FootnoteBridge['saveFile']>>;
    const platform = createElectronPlatform(fakeBridge({ saveFile: async () => bad }));
    await expect(platform.saveFile({ suggestedName: 'b.md', data: 'x', mime: 'text/markdown', filters: [] })).rejects.toThrow('unexpected shape');
  });

  it('relays menu commands and returns the unsubscribe', () => {
    const heard: MenuCommand[] = [];
    let unsubscribed = false;
    const platform = createElectronPlatform(
      fakeBridge({
        onMenuCommand: (listener) => {
          listener('export-briefing');
          return () => {
            unsubscribed = true;
          };
        },
      }),
    );
    platform.onMenuCommand((command) => heard.push(command))();
    expect(heard).toEqual(['export-briefing']);
    expect(unsubscribed).toBe(true);
  });
});
