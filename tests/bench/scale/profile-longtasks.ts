// Where the UI thread's time goes in each claims view at scale: restores a generated workspace once, then for each step
// (library open, claims open, sort, filter, evidence, matrix, conflicts) takes a CPU profile (CDP Profiler) and prints the time, the
// longest task and the functions with the most self time. Build without minifying so the names are readable:
//   NO_MINIFY=1 npx electron-vite build && SCALE_BENCH_PORT=<port> npx playwright test -c tests/bench/scale/playwright.profile.config.ts
// SCALE_BENCH_SIZES picks the size (10000 unless set); STEPS=sort,filter picks steps.
import { test } from '@playwright/test';
import { generateWorkspace } from './generate-workspace';
import { recordLongTasks, timeInPage } from './measure-page';
import { restoreThroughApp, stageWorkspaceFile } from './restore-workspace';

const SIZE = Number(process.env.SCALE_BENCH_SIZES ?? 10000);
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; beginData?: { dirtyObjects?: number; totalObjects?: number; elementCount?: number } } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }
test('profile', async ({ page }, testInfo) => {
  test.setTimeout(1_500_000);
  await recordLongTasks(page);
  // CONSOLE=1: the page's console, for timings a change under study logs.
  if (process.env.CONSOLE === '1') page.on('console', (m) => console.log(`   page: ${m.text()}`));
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/#/workspace');
  const file = generateWorkspace({ sources: SIZE, seed: SIZE });
  const path = await stageWorkspaceFile(page, file, testInfo.outputPath('ws.json'));
  // The second restore is profiled: like the benchmark's, it replaces a full workspace.
  await restoreThroughApp(page, path, { sources: file.tables.sources.length, claims: file.tables.claims.length });
  await cdp.send('Profiler.enable');
  // PROFILE_RESTORE=0 skips the profiled second restore, for the views' steps alone.
  if (process.env.PROFILE_RESTORE !== '0') {
    await cdp.send('Profiler.setSamplingInterval', { interval: 2000 });
    await cdp.send('Profiler.start');
    await restoreThroughApp(page, path, { sources: file.tables.sources.length, claims: file.tables.claims.length });
    printTop('restore', ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
  }
  console.log(`   steps: ${await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('restore')).map((m) => `${m.name} ${m.duration.toFixed(0)} ms`).join(', '))}`);
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const CLAIM_ROW = "document.querySelector('[data-testid=claim]')";
  const SETTLED = "!document.querySelector('.claims-bulk [role=status]')?.textContent?.includes('Finding')";
  const sortHeader = "document.querySelector('.claims-table th:nth-child(2)').getAttribute('aria-sort')";
  const select = (value: string) =>
    `(() => { const s = document.querySelector('.claim-filters select'); const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; set.call(s, '${value}'); s.dispatchEvent(new Event('change', { bubbles: true })); })()`;
  const id = file.tables.claims[7]!.id;
  const steps: { name: string; before?: string; action: string; done: string }[] = [
    { name: 'settings', before: "location.hash = '#/workspace'", action: "location.hash = '#/settings'", done: "document.querySelector('#setting-importSizeLimitMB')" },
    { name: 'library', before: "location.hash = '#/workspace'", action: "location.hash = '#/library'", done: "document.querySelector('[data-testid=library-list] .list-item a')" },
    { name: 'library reader', before: "location.hash = '#/workspace'", action: "location.hash = '#/library'", done: "document.querySelector('[data-testid=library-list] .list-item a') && document.querySelector('.block-text')" },
    { name: 'claims open', before: "location.hash = '#/workspace'", action: "console.log(`T hash ${performance.now().toFixed(0)}`), location.hash = '#/claims'", done: `${CLAIM_ROW} && ${SETTLED}` },
    { name: 'claims open 2', before: "location.hash = '#/workspace'", action: "location.hash = '#/claims'", done: `${CLAIM_ROW} && ${SETTLED}` },
    { name: 'sort', before: `window.__sort = ${sortHeader}`, action: "document.querySelector('.claims-table th:nth-child(2) .sort-button').click()", done: `${sortHeader} !== window.__sort && ${SETTLED} && ${CLAIM_ROW} && !document.querySelector('.claim-placeholder')` },
    { name: 'filter', action: select('disputed'), done: `${SETTLED} && document.querySelector('[data-testid=claim] select')?.value === 'disputed'` },
    { name: 'filter clear', action: select(''), done: `${SETTLED} && ${CLAIM_ROW} && /of ${file.tables.claims.length.toLocaleString()} chosen/.test(document.querySelector('.claims-bulk [role=status]').textContent)` },
    { name: 'evidence', before: "location.hash = '#/workspace'", action: `location.hash = '#/claims/${id}'`, done: "document.querySelector('[data-testid=evidence-citation]')" },
    { name: 'matrix', before: "location.hash = '#/workspace'", action: "location.hash = '#/claims?tab=matrix'", done: "document.querySelector('[data-testid=matrix-row] th a')" },
    { name: 'conflicts', before: "location.hash = '#/workspace'", action: "location.hash = '#/claims?tab=conflicts'", done: "document.querySelector('[data-testid=conflict]')" },
  ];
  // PROBE=1: the raw IndexedDB reads the claims view's opening makes, each timed alone (median of 7), beside the steps.
  if (process.env.PROBE === '1') {
    console.log(
      await page.evaluate(async () => {
        const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('footnote-'))!;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const ask = <T,>(store: string, f: (s: IDBObjectStore) => IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            const r = f(db.transaction(store, 'readonly').objectStore(store));
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        const probes: [string, () => Promise<unknown>][] = [
          ['claimFacts count', () => ask('claimFacts', (s) => s.count())],
          ['claims count', () => ask('claims', (s) => s.count())],
          ['claimFacts byOrder 40', () => ask('claimFacts', (s) => s.index('byOrder').getAll(null, 40))],
          ['claimFacts byOrder keys 40', () => ask('claimFacts', (s) => s.index('byOrder').getAllKeys(null, 40))],
          ['claims limit 1', () => ask('claims', (s) => s.getAll(null, 1))],
        ];
        const lines: string[] = [];
        for (const [label, run] of probes) {
          const ms: number[] = [];
          for (let i = 0; i < 7; i += 1) {
            const t = performance.now();
            await run();
            ms.push(performance.now() - t);
          }
          ms.sort((a, b) => a - b);
          lines.push(`   probe ${label}: median ${ms[3]!.toFixed(1)} ms (min ${ms[0]!.toFixed(1)}, max ${ms[6]!.toFixed(1)})`);
        }
        db.close();
        return lines.join('\n');
      }),
    );
  }
  const chosen = process.env.STEPS ? steps.filter((x) => process.env.STEPS!.split(',').includes(x.name)) : steps;
  // TIMES=n: no profile, each step timed n times, printing the median: a quick check of a change before the benchmark.
  const times = Number(process.env.TIMES ?? 0);
  for (const s of times > 0 ? [] : chosen) {
    if (s.before) await page.evaluate(s.before);
    await page.waitForTimeout(1500);
    const events: TraceEvent[] = [];
    const collect = ({ method, params }: { method: string; params?: object }) => {
      if (method === 'Tracing.dataCollected') events.push(...(params as { value: TraceEvent[] }).value);
    };
    // TRACE=1: also a timeline trace of the step, summed by event on the page's main thread, for the time a CPU profile
    // shows only as "(program)" (style, layout, paint, IndexedDB callbacks).
    if (process.env.TRACE === '1') {
      cdp.on('event', collect);
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
    }
    await cdp.send('Profiler.start');
    const { ms, longest } = await timeInPage(page, s.action, s.done);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    console.log(`== ${s.name}: ${ms.toFixed(0)} ms, longest ${longest.toFixed(0)} ms`);
    printTop('', profile);
    if (process.env.TRACE === '1') {
      const complete = new Promise<void>((resolve) => {
        const done = ({ method }: { method: string }) => {
          if (method !== 'Tracing.tracingComplete') return;
          cdp.off('event', done);
          resolve();
        };
        cdp.on('event', done);
      });
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('event', collect);
      printTrace(events);
    }
  }

  for (const s of times > 0 ? chosen : []) {
    const runs: number[] = [];
    for (let i = 0; i < times; i += 1) {
      if (s.before) await page.evaluate(s.before);
      // WAIT=100: as the benchmark, 100 ms after the Workspace view has counted (else 1.5 s, for a quiet page).
      await page.waitForFunction(() => location.hash !== '#/workspace' || /\d+ sources?,/.test(document.querySelector('[aria-labelledby=ws-contents]')?.textContent ?? ''));
      await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
      runs.push((await timeInPage(page, s.action, s.done)).ms);
      if (process.env.CONSOLE === '1') console.log(`   run ${runs.at(-1)!.toFixed(0)} ms`);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    console.log(`== ${s.name}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')})`);
  }
});

// Prints the functions with the most self time in a CPU profile.
function printTop(title: string, profile: Profile): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((sid, i) => {
    const f = byId.get(sid)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  if (title) console.log(`== ${title}`);
  for (const [k, v] of [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`   ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

// Sums the complete events of the renderer's main thread by name (inclusive times: nested events count in both).
function printTrace(events: TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
  if (!main) return;
  const total = new Map<string, number>();
  for (const e of events) if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur) total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
  console.log('   trace, main thread (inclusive):');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`   ${v.toFixed(0).padStart(6)} ms  ${k}`);
  // The timeline: each task of 2 ms or more, when it started (from the first task) and what took most of it.
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 2000).sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts ?? 0;
  console.log('   timeline (start ms, duration ms, longest inner events):');
  for (const task of tasks) {
    const inner = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
    const names = [...new Set(inner.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`))].slice(0, 4);
    console.log(`   ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)}  ${names.join(', ')}`);
    // The layouts and style recalculations of 10 ms or more in the task, with how many objects they touched.
    for (const e of inner.filter((x) => (x.name === 'Layout' || x.name === 'UpdateLayoutTree' || x.name === 'Paint') && (x.dur ?? 0) >= 10_000)) {
      console.log(`          ${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} ms ${JSON.stringify(e.args?.beginData ?? e.args ?? {})}`);
    }
  }
}
