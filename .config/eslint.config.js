// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// shared/ is the domain: it runs in main, renderer, workers and tests alike, so it may not reach for any runtime.
const SHARED_FORBIDDEN = [
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: storage lives in renderer/src/db.' },
  { group: ['react', 'react-dom', 'react/*'], message: 'shared/ is pure: no React.' },
  { group: ['node:*', 'fs', 'path', 'os', 'crypto'], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'Dependencies point one way: shared/ imports neither renderer nor electron.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches Electron only through renderer/src/platform and the preload bridge.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: SHARED_FORBIDDEN }] },
  },
  {
    // Regexes run on imported text, which an attacker writes: one that backtracks super-linearly freezes a thread
    // for minutes on a crafted file (the Web Annotation stylesheet regex took 73 s on 1 MB). Flagged everywhere
    // but the tests, whose regexes only ever see our own strings.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: true }],
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // The app reports failures (warn, error) and nothing else: a timing log left in after a profile is caught here.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Only the IPC wrapper talks to ipcMain, and only the preload to ipcRenderer.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Use electron/main/ipc.ts: it checks the sender and validates every message.' },
        { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only the preload talks to ipcRenderer.' },
      ],
    },
  },
);
