import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The read-only folder beside the project that holds fixtures and the real-world corpus. */
export const SHARED_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');

/** Reads a file under ../shared as bytes. */
export function readShared(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(SHARED_DIR, relativePath)));
}

/** Reads a UTF-8 file under ../shared. */
export function readSharedText(relativePath: string): string {
  return readFileSync(resolve(SHARED_DIR, relativePath), 'utf8');
}
