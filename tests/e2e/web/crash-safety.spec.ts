// Crash safety: the browser is killed (SIGKILL, no chance to clean up) while 200 documents import, and after a restart
// on the same profile every source is either complete (text, original bytes whose hash matches, the claims and
// citations its import recorded) or absent. Each import is one IndexedDB transaction; this test checks that it stays so.
import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { SEED_FIXTURE, SHARED_DIR } from './fixtures';

const TOTAL = 200;
// A few real documents of every reader among the generated ones.
const CORPUS = [
  'corpus/documents/debian-reference/pr01.en.html',
  'corpus/documents/debian-reference/pr01.zh-cn.html',
  'corpus/documents/pdf/wonderland_short.pdf',
  'corpus/documents/pdf/test.pdf',
  'corpus/documents/docx/mammoth-testdata/footnotes.docx',
  'corpus/documents/docx/mammoth-testdata/tables.docx',
];
// The browser is killed once this many sources are stored: well into the batch, well before its end.
const KILL_AFTER = 40;

test.describe.configure({ timeout: 240_000 });

/** 200 files: the seed summary reworded (claims and citations from its markers), Markdown, HTML, and the corpus ones. */
async function writeBatch(dir: string): Promise<string[]> {
  const seed = await readFile(SEED_FIXTURE, 'utf8');
  const files: string[] = [];
  for (const path of CORPUS) {
    const target = join(dir, path.split('/').at(-1)!);
    await writeFile(target, await readFile(resolve(SHARED_DIR, path)));
    files.push(target);
  }
  for (let i = 0; files.length < TOTAL; i += 1) {
    const kind = i % 3;
    const name = join(dir, `doc-${String(i).padStart(3, '0')}.${kind === 0 ? 'txt' : kind === 1 ? 'md' : 'html'}`);
    const body =
      kind === 0
        ? seed.replace('美日稀土协议难破中国“封锁”', `美日稀土协议难破中国“封锁” (copy ${i})`)
        : kind === 1
          ? `# Field note ${i}\n\nThe depot counted ${i * 7} crates on day ${i}.\n\n## Later\n\nA second paragraph, number ${i}, with *emphasis*.\n`
          : `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><article><h1>Page ${i}</h1><p>Paragraph one of page ${i}.</p><p>Paragraph two says ${i * 3}.</p></article></body></html>`;
    await writeFile(name, body);
    files.push(name);
  }
  return files;
}

/** What the workspace holds, checked source by source in the page (hashes by WebCrypto). */
interface SourceCheck {
  title: string;
  problems: string[];
}

async function checkWorkspace(page: Page): Promise<SourceCheck[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('footnote-Default');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result as T[]);
        request.onerror = () => fail(request.error);
      });
    type Row = Record<string, unknown>;
    const [sources, texts, files, claims, citations, history] = await Promise.all(['sources', 'texts', 'sourceFiles', 'claims', 'citations', 'history'].map((s) => all<Row>(s)));
    db.close();
    const hex = async (data: BufferSource) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', data))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const byId = (rows: Row[] | undefined, key: string) => new Map((rows ?? []).map((r) => [String(r[key]), r]));
    const textOf = byId(texts, 'sourceId');
    const fileOf = byId(files, 'sourceId');
    const imports = new Map((history ?? []).filter((h) => h.entity === 'source' && h.op === 'import').map((h) => [String(h.entityId), h.after as { claims: number; citations: number }]));
    const out: { title: string; problems: string[] }[] = [];
    for (const source of sources ?? []) {
      const id = String(source.id);
      const problems: string[] = [];
      const text = textOf.get(id);
      const file = fileOf.get(id);
      if (!text) problems.push('no text');
      else if (!String(source.contentHash).startsWith('file:') && (await hex(new TextEncoder().encode(String(text.text)))) !== source.contentHash) problems.push('text hash differs');
      if (!file) problems.push('no original file');
      else if ((await hex(file.bytes as Uint8Array<ArrayBuffer>)) !== file.sha256 || file.sha256 !== source.fileHash) problems.push('original bytes hash differs');
      const record = imports.get(id);
      if (!record) problems.push('no import record');
      else {
        const claimIds = new Set((claims ?? []).filter((c) => c.originSourceId === id).map((c) => String(c.id)));
        if (claimIds.size !== record.claims) problems.push(`${claimIds.size} claims, import recorded ${record.claims}`);
        const cited = (citations ?? []).filter((c) => claimIds.has(String(c.claimId))).length;
        if (cited !== record.citations) problems.push(`${cited} citations, import recorded ${record.citations}`);
      }
      out.push({ title: String(source.title), problems });
    }
    return out;
  });
}

async function sourceCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const request = indexedDB.open('footnote-Default');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('sources')) return ok(0);
          const count = db.transaction('sources').objectStore('sources').count();
          count.onsuccess = () => {
            ok(count.result);
            db.close();
          };
        };
        request.onerror = () => ok(0);
      }),
  );
}

/** The browser process of a persistent context: the one started with its own profile folder (and no --type). */
async function browserPid(profile: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`No browser process runs on ${profile}`);
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return { context, page };
}

test('killing the browser while 200 documents import leaves every source complete or absent, and the app works after', async ({ baseURL }, testInfo) => {
  const work = await mkdtemp(join(tmpdir(), 'footnote-crash-'));
  const profile = join(work, 'profile');
  const batch = join(work, 'batch');
  await mkdir(batch);
  await mkdir(profile);
  try {
    const files = await writeBatch(batch);
    expect(files).toHaveLength(TOTAL);

    const first = await launch(profile, baseURL!);
    await first.page.getByLabel('Import files').setInputFiles(files);
    await expect.poll(() => sourceCount(first.page), { timeout: 120_000, intervals: [100] }).toBeGreaterThanOrEqual(KILL_AFTER);
    const storedAtKill = await sourceCount(first.page);
    const pid = await browserPid(profile);
    process.kill(pid, 'SIGKILL');
    await first.context.close().catch(() => {});
    expect(storedAtKill, 'the batch was still importing when the browser was killed').toBeLessThan(TOTAL);

    const second = await launch(profile, baseURL!);
    const found = await checkWorkspace(second.page);
    const broken = found.filter((s) => s.problems.length > 0).map((s) => `${s.title}: ${s.problems.join(', ')}`);
    const line = `crash safety: ${TOTAL} files, ${storedAtKill} stored when killed, ${TOTAL - storedAtKill} in flight or queued; after restart ${found.length} found, ${broken.length} incomplete, ${TOTAL - found.length} absent`;
    console.log(line);
    await testInfo.attach('crash safety', { body: line, contentType: 'text/plain' });
    expect(broken).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(storedAtKill);
    expect(found.length).toBeLessThan(TOTAL);

    // The app works on the recovered workspace: one more import succeeds and opens.
    const after = join(work, 'after-restart.md');
    await writeFile(after, '# After the restart\n\nImported once the browser came back.\n');
    await second.page.getByLabel('Import files').setInputFiles(after);
    await expect(second.page.getByTestId('notice-success').last()).toContainText('After the restart');
    expect(await sourceCount(second.page)).toBe(found.length + 1);
    await second.context.close();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
