import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../e2e/electron/electron-binary';

describe('findElectronBinary', () => {
  const roots: string[] = [];
  const fakeRoot = (): string => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-binary-'));
    roots.push(root);
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
    return root;
  };
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('reports a missing path.txt as unavailable', () => {
    expect(findElectronBinary(fakeRoot())).toEqual({ available: false, reason: expect.stringContaining('path.txt') });
  });

  it('reports a path.txt naming a binary that is not there as unavailable', () => {
    const root = fakeRoot();
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toEqual({ available: false, reason: expect.stringContaining('does not exist') });
  });

  it('finds the binary that path.txt names under dist/', () => {
    const root = fakeRoot();
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toEqual({ available: true, executablePath: join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });
});
