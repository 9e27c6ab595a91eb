// pdf.js ships no types for its worker module; only its message handler is read, to run pdf.js on this thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
