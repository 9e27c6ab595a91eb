// Serves the built renderer as a plain web app, so Footnote runs in any Chromium without Electron.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
// FOOTNOTE_WEB_DIR lets a second build be served beside the first (parallel test runs); the default is the normal build.
const outDir = process.env.FOOTNOTE_WEB_DIR ?? 'out/renderer';
const server = await preview({
  configFile: false,
  root: process.cwd(),
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
server.printUrls();
