import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { loadPdfJs } from '../../../renderer/src/workers/parsers/load-pdfjs';
import { linesFromItems } from '../../../shared/ingest/pdf-lines';

it('dump', async () => {
  const pdfjs = await loadPdfJs();
  const file = process.env.PDF ?? '';
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, disableFontFace: true }).promise;
  const pages = (process.env.PAGES ?? '1').split(',').map(Number);
  for (const n of pages) {
    const page = await doc.getPage(n);
    const tc = await page.getTextContent();
    const items = tc.items.filter((i) => 'str' in i).map((i) => { const t = i.transform as number[]; return { str: i.str, x: t[4] ?? 0, y: t[5] ?? 0, width: i.width, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || i.height, font: i.fontName }; });
    const lines = linesFromItems(items);
    console.log(`--- page ${n}\n` + lines.map((l) => `${l.y.toFixed(0)}\t${l.x.toFixed(0)}-${l.right.toFixed(0)}\t${l.size}\t${JSON.stringify(l.text.slice(0, 110))}`).join('\n'));
  }
});
