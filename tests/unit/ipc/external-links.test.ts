import { describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
const openExternal = vi.fn();
vi.mock('electron', () => ({ dialog: { showMessageBox }, shell: { openExternal } }));

const { externalLinkPrompt, openExternalAfterAsking } = await import('../../../electron/main/external-links');

describe('opening links outside the app', () => {
  it('asks first, showing the exact address, with Cancel as the default', () => {
    const prompt = externalLinkPrompt('https://example.org/report?id=1');
    expect(prompt.buttons).toEqual(['Open in browser', 'Cancel']);
    expect(prompt.defaultId).toBe(1);
    expect(prompt.cancelId).toBe(1);
    expect(prompt.detail).toContain('https://example.org/report?id=1');
  });

  it('opens only after the user agrees, and never a non-web address', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await openExternalAfterAsking('https://example.org/', null)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();

    showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await openExternalAfterAsking('https://example.org/', null)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');

    showMessageBox.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) expect(await openExternalAfterAsking(url, null)).toBe(false);
    expect(showMessageBox).not.toHaveBeenCalled();
  });
});
