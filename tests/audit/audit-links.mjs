// npm run audit:links -- <workspace.footnote.json>: the provenance audit of a workspace file. The audit is TypeScript
// shared with the app; Vite's module runner loads it, so no build step or extra tool is needed.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./audit-workspace-file.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(process.argv.slice(2));
