import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Dexie looks for indexedDB when it is first imported, so the fake must be installed before any test module loads.
    setupFiles: ['tests/unit/setup-indexeddb.ts'],
    testTimeout: 20_000,
  },
});
