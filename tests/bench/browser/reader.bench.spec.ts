import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 15;
const WORDS = 100_000;
const SEED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures/seed-summary-rare-earths.txt');

function longDocument(): string {
  const vocabulary = 'rare earth output grew while prices fell across the region and the ministry said refining capacity expanded in several provinces during the year'.split(' ');
  const paragraphs: string[] = [];
  let words = 0;
  for (let p = 0; words < WORDS; p++) {
    const n = 40 + (p % 60);
    paragraphs.push(Array.from({ length: n }, (_, i) => vocabulary[(p * 7 + i) % vocabulary.length]).join(' ') + '.');
    words += n;
  }
  return `A long report\n\n${paragraphs.join('\n\n')}`;
}

function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

// From the moment the reader is asked for a source to the frame after its first block is in the DOM.
async function timeOpen(page: Page, sourceId: string): Promise<number> {
  await page.evaluate(() => (location.hash = '#/workspace'));
  await expect(page.getByRole('heading', { name: 'Workspace', level: 1 })).toBeVisible();
  return page.evaluate(
    (id) =>
      new Promise<number>((resolveTime) => {
        const t0 = performance.now();
        location.hash = `#/library/${id}`;
        const check = () => {
          if (document.querySelector('.reader .block')) requestAnimationFrame(() => resolveTime(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    sourceId,
  );
}

test('reader first paint: a 100,000-word document against a one-page summary', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import files').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(longDocument()) });
  await expect(page.locator('.reader .block').first()).toBeVisible({ timeout: 120_000 });
  const longId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  await page.getByLabel('Import files').setInputFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) });
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('美日稀土协议难破中国“封锁”');
  const seedId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

  const long: number[] = [];
  const short: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    long.push(await timeOpen(page, longId));
    short.push(await timeOpen(page, seedId));
  }
  const blocksDrawn = await page.evaluate(async (id) => {
    location.hash = `#/library/${id}`;
    await new Promise((r) => setTimeout(r, 300));
    return document.querySelectorAll('.reader .block').length;
  }, longId);
  console.log(`reader document words ${WORDS}, runs ${RUNS}, blocks drawn ${blocksDrawn}`);
  console.log(`reader first paint ${percentile(long, 0.5).toFixed(1)} ms (median; p95 ${percentile(long, 0.95).toFixed(1)} ms)`);
  console.log(`reader first paint one-page baseline ${percentile(short, 0.5).toFixed(1)} ms (median)`);
  console.log(`reader first paint ratio ${(percentile(long, 0.5) / percentile(short, 0.5)).toFixed(2)}x`);
});
