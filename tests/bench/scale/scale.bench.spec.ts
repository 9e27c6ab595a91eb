import { test } from '@playwright/test';
import { median } from '../support/stats';
import { generateWorkspace } from './generate-workspace';
import { heapMB, recordLongTasks, timeInPage } from './measure-page';
import { DERIVED_TABLES } from '../../../renderer/src/db/derived-marks';
import { captureRestoredRows, dropRawRows, rawIndexedDbWrite, restoreThroughApp, stageWorkspaceFile } from './restore-workspace';

// `npm run bench:scale`: workspaces of 1,000 and 10,000 sources (10 claims each, 1–2 citations per claim, English
// and Chinese), restored through "Restore from a file…" into real IndexedDB, then every claims view opened, sorted and
// filtered in the web build. Each figure is the median of RUNS; the longest task is the worst seen in any view.
const SIZES = (process.env.SCALE_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = 3;
const LARGEST = Math.max(...SIZES);

// Conditions the page is polled for (in each frame) after an action.
const CLAIM_ROW = "document.querySelector('[data-testid=claim]')";
const SETTLED = "!document.querySelector('.claims-bulk [role=status]')?.textContent?.includes('Finding')";
// Outside the Workspace view, or in it with its counts shown.
// (A function, not a string: the app's Content-Security-Policy has no 'unsafe-eval', which a string would need.)
const workspaceSettled = () => location.hash !== '#/workspace' || /\d+ sources?,/.test(document.querySelector('[aria-labelledby=ws-contents]')?.textContent ?? '');

test.describe.configure({ mode: 'serial' });

for (const size of SIZES) {
  test(`scale: ${size.toLocaleString('en')} sources`, async ({ page }, testInfo) => {
    test.setTimeout(1_500_000);
    const label = size === LARGEST ? '' : `[${size} sources] `;
    const print = (line: string) => console.log(`${label}${line}`);
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`console error: ${m.text()}`);
    });
    await recordLongTasks(page);
    const cdp = await page.context().newCDPSession(page);
    await page.goto('/#/workspace');

    const file = generateWorkspace({ sources: size, seed: size });
    const counts = { sources: file.tables.sources.length, claims: file.tables.claims.length };
    print(`workspace ${counts.sources} sources, ${counts.claims} claims, ${file.tables.citations.length} citations, ${file.tables.annotations.length} annotations`);
    const path = await stageWorkspaceFile(page, file, testInfo.outputPath(`workspace-${size}.json`));

    // The baseline writes the rows the restore wrote (read back from the database after the first restore), so the
    // ratio is the restore's own cost over IndexedDB's: reading and checking the file, deriving, clearing the
    // workspace it replaces, Dexie. The derived rows (claim facts, conflicts, per-source counts) are rows a restore
    // must write for every claims view to open at once; the ratio against the file's rows alone is printed beside it.
    // The raw writes run between the first restore and the others, and the rows they write are dropped before the
    // next restore: the page and the restore's worker share one renderer process. (One run that restored while the
    // page still held them stopped at 100,000 claims with the browser idle, as if the worker had died; not seen since
    // they are dropped first.) The restores come last, so the views are measured on the workspace the last one
    // wrote, not while the browser tidies up deleted raw copies.
    const restore = [await restoreThroughApp(page, path, counts)];
    print(`restored rows: ${(await captureRestoredRows(page)).filter((s) => s.rows > 0).map((s) => `${s.store} ${s.rows}`).join(', ')}`);
    const raw: number[] = [];
    const rawFileRows: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      raw.push(await rawIndexedDbWrite(page, run));
      rawFileRows.push(await rawIndexedDbWrite(page, run, DERIVED_TABLES));
      print(`raw run ${run + 1}: every row ${raw.at(-1)!.toFixed(0)} ms, the file's rows ${rawFileRows.at(-1)!.toFixed(0)} ms`);
    }
    await dropRawRows(page);
    while (restore.length < RUNS) restore.push(await restoreThroughApp(page, path, counts));
    print(`restore runs: ${restore.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    print(`restore ${median(restore).toFixed(0)} ms, raw IndexedDB ${median(raw).toFixed(0)} ms writing the same rows (${median(rawFileRows).toFixed(0)} ms for the file's rows alone, without the derived ones)`);
    // The restore runs in the backup worker, which sends its steps' timings to the page when it is done (the last
    // restore's: derive, clear, write rows, write derived rows and each derived table).
    const steps = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('restore')).slice(-8).map((m) => `${m.name} ${m.duration.toFixed(0)} ms`).join(', '));
    if (steps !== '') print(`restore steps: ${steps}`);
    print(`derived marks left after restore ${await page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('footnote-Default');
      open.onsuccess = () => {
        const req = open.result.transaction('derivedDirty').objectStore('derivedDirty').count();
        req.onsuccess = () => { resolve(req.result); open.result.close(); };
      };
    }))}`);
    print(`restore ratio ${(median(restore) / median(raw)).toFixed(2)}x`);
    print(`restore ratio against the file's rows alone ${(median(restore) / median(rawFileRows)).toFixed(2)}x`);

    const longest: number[] = [];
    const measure = async (name: string, runs: { prepare?: () => Promise<void>; before?: string; action: string; done: string }[]) => {
      const times: number[] = [];
      const worst: number[] = [];
      for (const run of runs) {
        await run.prepare?.();
        if (run.before) await page.evaluate(run.before);
        // The view the step starts from has finished reading (the Workspace view's counts walk 260,000 rows), so its
        // reads are not queued ahead of the ones measured.
        await page.waitForFunction(workspaceSettled);
        await page.waitForTimeout(100);
        const { ms, longest: l } = await timeInPage(page, run.action, run.done);
        times.push(ms);
        worst.push(l);
      }
      longest.push(...worst);
      // Each run shown beside the median: the first opening of a view reads, a return with nothing written since may
      // open on what the view kept (the claims table does).
      print(`${name} ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}; longest task ${Math.max(...worst).toFixed(0)} ms)`);
    };
    const open = (hash: string, done: string) => Array.from({ length: RUNS }, () => ({ before: "location.hash = '#/workspace'", action: `location.hash = '${hash}'`, done }));

    // The floor of every "open" below on this machine, in this run: the same navigation to a view that reads one row.
    await measure('baseline: settings open', open('#/settings', "document.querySelector('#setting-importSizeLimitMB')"));
    await measure('library open', open('#/library', "document.querySelector('[data-testid=library-list] .list-item a')"));
    await measure('claims view open', open('#/claims', `${CLAIM_ROW} && ${SETTLED}`));
    // The claims table keeps its opening until anything is written: here a setting is written before each opening, so
    // every run reads (as the first opening after an edit does).
    let limit = 0;
    let writes = 0;
    const writeASetting = async () => {
      await page.evaluate(() => (location.hash = '#/settings'));
      const input = page.locator('#setting-importSizeLimitMB');
      limit = limit === 0 ? Number(await input.inputValue()) : limit;
      const next = String(limit + (writes++ % 2 === 0 ? 1 : 0));
      await input.fill(next);
      await input.blur();
      await page.waitForTimeout(300);
    };
    await measure(
      'claims view open after a write',
      open('#/claims', `${CLAIM_ROW} && ${SETTLED}`).map((run) => ({ ...run, prepare: writeASetting })),
    );
    // A sort is done when the header says so, the ids are found and every row on screen is read (none left loading).
    const sortHeader = "document.querySelector('.claims-table th:nth-child(2)').getAttribute('aria-sort')";
    const sortRuns = Array.from({ length: RUNS }, () => ({
      before: `window.__sort = ${sortHeader}`,
      action: "document.querySelector('.claims-table th:nth-child(2) .sort-button').click()",
      done: `${sortHeader} !== window.__sort && ${SETTLED} && ${CLAIM_ROW} && !document.querySelector('.claim-placeholder')`,
    }));
    await measure('claims sort', sortRuns);
    const select = (value: string) =>
      `(() => { const s = document.querySelector('.claim-filters select'); const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; set.call(s, '${value}'); s.dispatchEvent(new Event('change', { bubbles: true })); })()`;
    const filterRuns = Array.from({ length: RUNS }, () => [
      { action: select('disputed'), done: `${SETTLED} && document.querySelector('[data-testid=claim] select')?.value === 'disputed'` },
      { action: select(''), done: `${SETTLED} && ${CLAIM_ROW} && /of ${counts.claims.toLocaleString()} chosen/.test(document.querySelector('.claims-bulk [role=status]').textContent)` },
    ]);
    await measure('claims filter', filterRuns.map((r) => r[0]!));
    await measure('claims filter clear', filterRuns.map((r) => r[1]!).slice(0, 1));
    // Scroll the table to its end and back, then count what the DOM holds.
    await page.evaluate(async () => {
      const el = document.querySelector('[data-testid=claims-scroll]')!;
      for (const top of [el.scrollHeight / 2, el.scrollHeight, 0]) {
        el.scrollTop = top;
        await new Promise((r) => setTimeout(r, 300));
      }
    });
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const claimIds = file.tables.claims.filter((_, i) => i % Math.floor(counts.claims / RUNS) === 7).map((c) => c.id);
    await measure('claim evidence open', claimIds.slice(0, RUNS).map((id) => ({ before: "location.hash = '#/workspace'", action: `location.hash = '#/claims/${id}'`, done: "document.querySelector('[data-testid=evidence-citation]')" })));
    await measure('matrix open', open('#/claims?tab=matrix', "document.querySelector('[data-testid=matrix-row] th a')"));
    await measure('conflicts open', open('#/claims?tab=conflicts', "document.querySelector('[data-testid=conflict]')"));
    const matrixNodes = await page.evaluate(async () => {
      location.hash = '#/claims?tab=matrix';
      await new Promise((r) => setTimeout(r, 500));
      return document.getElementsByTagName('*').length;
    });
    await page.evaluate(() => (location.hash = '#/claims'));
    await page.waitForTimeout(500);
    print(`longest task ${Math.max(0, ...longest).toFixed(0)} ms`);
    print(`dom nodes ${domNodes}`);
    print(`dom nodes matrix ${matrixNodes}`);
    print(`heap ${(await heapMB(cdp)).toFixed(0)} MB`);
  });
}
