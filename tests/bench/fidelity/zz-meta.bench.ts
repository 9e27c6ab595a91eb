import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { it } from 'vitest';
import { ingestAnyFile } from '../../../renderer/src/workers/parsers/ingest-any-file';

it('meta', async () => {
  for (const f of (process.env.FILES ?? '').split(',')) {
    const r = await ingestAnyFile(basename(f), new Uint8Array(readFileSync(f)));
    if (!r.ok) { console.log(f, r.error); continue; }
    const d = r.docs[0];
    console.log(f, JSON.stringify({ ...d?.meta, csl: undefined }), d?.references.length, process.env.REFS ? d?.references.map((x) => x.text.slice(0, 90)).join('\n') : '', process.env.BLOCKS ? d?.blocks.filter((b) => !process.env.PAGE || String(b.page) === process.env.PAGE).map((b) => `${b.kind}${b.level ?? ''} p${b.page}: ${d.text.slice(b.start, b.end).slice(0, 120)}`).join('\n') : '');
  }
});
