import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/url-policy';

// The built page carries the same policy as a <meta> tag, so it holds in the web build and wherever a response header
// is not applied (file: pages). Dev is left to the main process's header: React's fast-refresh preamble is inline.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'footnote-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      // frame-ancestors is ignored in a <meta> policy; the header sets it in Electron.
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, '') }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicyMeta()],
    base: './',
    build: {
      outDir: 'out/renderer',
      // NO_MINIFY=1 keeps function names readable in a CPU profile (tests/bench/scale/profile-longtasks.ts).
      minify: !process.env.NO_MINIFY,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    worker: { format: 'es' },
    // The ingest worker is started with `new Worker(new URL(...))`, which the dev server's dependency scan does not
    // follow; its libraries were found only when the first import ran, the dev server re-bundled them, and the worker's
    // half-loaded modules failed ("The parser stopped: unknown error" on the first files of a batch). Listed here, they
    // are bundled before the page opens.
    optimizeDeps: {
      include: [
        '@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-csl', '@citation-js/plugin-ris', '@mozilla/readability', 'dompurify',
        'linkedom', 'mammoth', 'markdown-it', 'markdown-it-footnote', 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs',
      ],
    },
  },
});
