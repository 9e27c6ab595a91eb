// Serves the built renderer as a plain web app, so Footnote runs in any Chromium without Electron.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  configFile: false,
  root: process.cwd(),
  build: { outDir: 'out/renderer' },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
server.printUrls();
