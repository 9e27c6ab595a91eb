import type { FootnoteBridge } from '../../../shared/ipc';

declare global {
  interface Window {
    /** The preload bridge; present only when running inside the Electron shell. */
    footnote?: FootnoteBridge;
  }
}

export {};
