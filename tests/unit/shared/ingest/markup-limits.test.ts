import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkupLimits, MAX_MARKUP_DEPTH } from '../../../../shared/ingest/markup-limits';
import { ingestFile } from '../../../../shared/ingest/ingest-file';
import { SHARED_DIR, readShared } from '../fixture-paths';

const encode = (text: string) => new TextEncoder().encode(text);

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [relative(SHARED_DIR, path)] : [];
  });
}

function nestedDivs(n: number): Uint8Array {
  return encode(`<!doctype html><html><head><title>deep</title></head><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`);
}

describe('markup limits checked before parsing', () => {
  it('lets every real page of the corpus through', () => {
    const pages = filesUnder(join(SHARED_DIR, 'corpus'), '.html');
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(checkMarkupLimits(readShared(page)), page).toBeNull();
  });

  it('refuses 200,000 nested <div> (2.2 MB) in well under a second', () => {
    const bytes = nestedDivs(200_000);
    const started = performance.now();
    expect(checkMarkupLimits(bytes)).toEqual({ kind: 'depth', depth: MAX_MARKUP_DEPTH + 1 });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('does not count unclosed paragraphs, list items, void elements or tags inside scripts and comments as nesting', () => {
    const page = `<ul>${'<li><p>item<br><img src=x>'.repeat(5000)}</ul><script>${'if (a<b) { x = "<div>"; }'.repeat(1000)}</script><!-- ${'<div>'.repeat(1000)} -->`;
    expect(checkMarkupLimits(encode(page))).toBeNull();
  });

  it('counts every element of XML, where nothing closes itself', () => {
    expect(checkMarkupLimits(encode(`${'<w:p>'.repeat(600)}${'</w:p>'.repeat(600)}`), { xml: true })).toEqual({ kind: 'depth', depth: 513 });
    expect(checkMarkupLimits(encode('<a/>'.repeat(50)), { xml: true, maxElements: 10 })).toEqual({ kind: 'elements', elements: 11 });
  });

  it('is refused by the import with the file named and what to do, without calling the HTML parser', async () => {
    let parsed = false;
    const result = await ingestFile('deep.html', nestedDivs(200_000), {
      parsers: {
        html: () => {
          parsed = true;
          throw new Error('must not be reached');
        },
      },
    });
    expect(parsed).toBe(false);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^“deep\.html”: It was not read: its elements are nested more than 512 levels deep.*save it again/) });
  });
});
