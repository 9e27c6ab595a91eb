// Finds the Electron executable without require('electron'): from Electron 42 on, requiring it
// tries to download the binary, which cannot work on a machine without GitHub access.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in tests/e2e/electron). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type ElectronBinary = { available: true; executablePath: string } | { available: false; reason: string };

/** Where the installed Electron binary is, or why there is none: path.txt names it, dist/ must hold it. */
export function findElectronBinary(repoRoot: string = REPO_ROOT): ElectronBinary {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { available: false, reason: `${pathFile} is missing, so the binary was never downloaded` };
  const executablePath = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) return { available: false, reason: `${executablePath} does not exist` };
  return { available: true, executablePath };
}
