// `npm run audit:electron`: runs Electronegativity on electron/ (the source) and out/ (the build) and fails on any
// finding not justified in tests/audit/electronegativity-justified.json. Electron's version is given, because
// Electronegativity otherwise asks GitHub for it and this must run offline.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const justified = JSON.parse(readFileSync(join(root, 'tests/audit/electronegativity-justified.json'), 'utf8')).justified;
const bin = join(root, 'node_modules/.bin/electronegativity');

if (!existsSync(join(root, 'out/main'))) {
  console.error('No build in out/: run `npx electron-vite build` first (npm run audit:electron does).');
  process.exit(2);
}

function findings(input) {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const output = join(dir, 'results.sarif');
    execFileSync(bin, ['-i', join(root, input), '-o', output, '-e', electronVersion, '-r', '-v', 'false'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const sarif = JSON.parse(readFileSync(output, 'utf8'));
    return sarif.runs.flatMap((run) =>
      run.results.map((r) => {
        const location = r.locations?.[0]?.physicalLocation;
        const file = location?.artifactLocation?.uri ? `${input}/${location.artifactLocation.uri}` : input;
        return { check: r.ruleId, file, line: location?.region?.startLine ?? 0, message: r.message?.text ?? '' };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pattern = (file) => new RegExp(`^${file.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '[^/]*')}$`, 'u');
const isJustified = (f) => justified.some((j) => j.check === f.check && pattern(j.file).test(f.file));

const all = [...findings('electron'), ...findings('out')];
const unjustified = all.filter((f) => !isJustified(f));
const unused = justified.filter((j) => !all.some((f) => f.check === j.check && pattern(j.file).test(f.file)));

console.log(`Electronegativity ${electronVersion}: ${all.length} findings, ${all.length - unjustified.length} justified, ${unjustified.length} not.`);
for (const f of all) console.log(`  ${isJustified(f) ? 'justified' : 'FAIL     '} ${f.check} ${f.file}:${f.line} ${f.message.split('\n')[0]}`);
for (const j of unused) console.log(`  stale justification (no such finding now; remove it): ${j.check} ${j.file}`);
process.exit(unjustified.length > 0 ? 1 : 0);
