import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// electron-builder is not installed here and its binaries cannot run, so its configuration (package.json "build") is
// checked as data: the Linux targets, what goes into the archive, and every fuse the security review asked for.
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { main: string; build?: Record<string, unknown> };
const build = pkg.build ?? {};

describe('electron-builder configuration', () => {
  it('builds an AppImage and a deb for Linux', () => {
    expect(build['linux']).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('packs only the build output into an ASAR archive, and the entry point is in it', () => {
    expect(build['asar']).toBe(true);
    expect(build['files']).toEqual(['out/**/*', 'package.json']);
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('sets the fuses: no RunAsNode, encrypted cookies, ASAR integrity, app only from ASAR, no Node debugging or NODE_OPTIONS', () => {
    expect(build['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The app is served from app://, so file: needs no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('does not disable ASAR integrity, which the integrity fuse depends on', () => {
    expect(JSON.stringify(build)).not.toMatch(/disableIntegrity|"asarUnpack"/);
  });
});
