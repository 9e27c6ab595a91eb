import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The pdf.js API. */
export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js to run on the calling thread. The ingest worker is already off the UI thread, and nesting pdf.js's own
 * worker inside it needs a worker URL the bundle does not have; pdf.js documents `globalThis.pdfjsWorker` as the way to
 * hand it its worker code to run in-thread instead. The legacy build is used everywhere: Node (tests, benchmark) needs
 * it, and using it in the app too means the code that is tested is the code that ships.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  // A failed load (a chunk that could not be fetched) is not remembered: the next PDF tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
