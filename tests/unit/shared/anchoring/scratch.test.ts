import { it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readSharedText } from '../fixture-paths';
import { importWebAnnotations } from '../../../../shared/anchoring/web-annotation';
it('scratch', () => {
  const base = `corpus/web-annotation/admin/annotation/2016/examples/json`;
  for (const f of readdirSync(`/work/shared/${base}`)) {
    const r = importWebAnnotations(readSharedText(`${base}/${f}`), { now: '2026-01-01T00:00:00Z', defaultColour: 'yellow' });
    if (!r.ok) { console.log(f, r.kind, r.message.slice(0, 60), 'issues' in r ? r.issues : ''); continue; }
    for (const i of r.items) if (i.status !== 'skipped' || i.kind !== 'unsupported') console.log(f, i.status, i.status === 'skipped' ? i.issues : i.warnings);
  }
});
