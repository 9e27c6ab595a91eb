import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const fixture = (p: string) => resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures', p);

test('a DocBook chapter keeps its section headings, found with Ctrl+F, and its footnote in the reference list', async ({ app: page }) => {
  // Debian Reference ch. 1: every section heading sits alone in div.titlepage, which Readability drops as empty.
  await page.getByLabel('Import files').setInputFiles(fixture('html/ch01.en.html'));
  await expect(page.getByTestId('notice-success')).toContainText('Chapter 1. GNU/Linux tutorials');
  const reader = page.getByRole('article');
  await expect(reader.locator('.block-heading').first()).toHaveText('1.1. Console basics');

  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  await find.fill('Console basics');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(reader.locator('.block-heading mark.find-current')).toHaveText('Console basics');

  // A heading deep in the chapter, in a section Readability dropped whole.
  await find.fill('Play time');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(reader.locator('.block-heading', { hasText: '1.1.13. Play time' })).toBeVisible();

  // The footnote marker stays [1] in the text, and the footnote's text is the reference list's entry [1].
  const references = reader.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(1);
  await expect(references.getByRole('listitem')).toHaveText(/^\[1\] Even the older vim can starts in the sane "nocompatible" mode/u);
});

test('the Chinese DocBook chapter keeps its opening paragraphs and its headings', async ({ app: page }) => {
  await page.getByLabel('Import files').setInputFiles(fixture('html/ch01.zh-cn.html'));
  await expect(page.getByTestId('notice-success')).toContainText('第 1 章 GNU/Linux 教程');
  const reader = page.getByRole('article');
  await expect(reader.locator('#para-1')).toContainText('我认为学习一个计算机系统，就像学习一门新的外语。');
  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('控制台基础');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/u);
  await expect(reader.locator('.block-heading', { hasText: '1.1. 控制台基础' })).toBeVisible();
  await expect(reader.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveText(/^\[1\] 即使旧的 vim 也能够启动完全的/u);
});
