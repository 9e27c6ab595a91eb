import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument, parseHtmlFragment } from '../../../../../renderer/src/workers/parsers/linkedom-dom';
import { parseHtmlPage } from '../../../../../renderer/src/workers/parsers/parse-html';
import { indexElements, restoreDroppedBlocks } from '../../../../../renderer/src/workers/parsers/restore-dropped-blocks';
import type { NormalizedDocument } from '../../../../../shared/ingest/normalized-document';
import { SHARED_DIR } from '../../../shared/fixture-paths';

const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../fixtures/html');
const READABILITY_DIR = resolve(SHARED_DIR, 'corpus/readability');

function parseFixture(name: string): NormalizedDocument {
  const result = parseHtmlPage(readFileSync(resolve(FIXTURES, name), 'utf8'), name);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

function headings(doc: NormalizedDocument): { text: string; level: number | undefined }[] {
  return doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ text: doc.text.slice(b.start, b.end), level: b.level }));
}

function paragraphs(doc: NormalizedDocument): string[] {
  return doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => doc.text.slice(b.start, b.end));
}

// Readability's article with and without the blocks put back, on the same page.
function withAndWithout(html: string): { readability: string; restored: string } {
  const document = parseHtmlDocument(html);
  indexElements(document);
  const original = document.cloneNode(true) as Document;
  const article = new Readability(document, { keepClasses: true, charThreshold: 500 }).parse();
  const readability = article?.content ?? '';
  return { readability, restored: readability ? restoreDroppedBlocks(original, readability, article?.title ?? '') : '' };
}

function textOf(html: string): string {
  return (parseHtmlFragment(html).textContent ?? '').replace(/\s+/gu, ' ').trim();
}

describe('restoreDroppedBlocks', () => {
  it('keeps the DocBook section headings (h2 alone in div.titlepage) with their levels, in English and Chinese', () => {
    for (const [name, first, sub] of [
      ['ch01.en.html', '1.1. Console basics', '1.1.1. The shell prompt'],
      ['ch01.zh-cn.html', '1.1. 控制台基础', '1.1.1. shell 提示符'],
    ] as const) {
      const found = headings(parseFixture(name));
      // 65 section headings; the chapter's own title is the document's title, not a block.
      expect(found).toHaveLength(65);
      expect(found[0]).toEqual({ text: first, level: 2 });
      expect(found[1]).toEqual({ text: sub, level: 3 });
      expect(found.filter((h) => h.level === 2)).toHaveLength(6);
    }
  });

  it('keeps the section Readability dropped as too linky ("1.1.13. Play time") with its paragraphs, in place', () => {
    const doc = parseFixture('ch01.en.html');
    const found = headings(doc).map((h) => h.text);
    expect(found.slice(found.indexOf('1.1.12. sudo configuration'), found.indexOf('1.2. Unix-like filesystem') + 1)).toEqual([
      '1.1.12. sudo configuration',
      '1.1.13. Play time',
      '1.2. Unix-like filesystem',
    ]);
    expect(doc.text).toContain('Now you are ready to play with the Debian system');
    expect(doc.text.indexOf('1.1.13. Play time')).toBeLessThan(doc.text.indexOf('Now you are ready to play'));
  });

  it('keeps the three opening paragraphs of the Chinese chapter, which end in 。 and not in a Latin full stop, and the Note after them', () => {
    const zh = paragraphs(parseFixture('ch01.zh-cn.html'));
    const en = paragraphs(parseFixture('ch01.en.html'));
    expect(zh[0]).toMatch(/^我认为学习一个计算机系统，就像学习一门新的外语。/u);
    expect(zh[1]).toMatch(/^Debian GNU\/Linux中最强大的设计来自Unix操作系统/u);
    expect(zh[2]).toMatch(/^别回避面向 Unix 的文档/u);
    expect(en[0]).toMatch(/^I think learning a computer system/u);
    // So does the Note box after them, which Readability dropped as a table with an icon.
    expect(zh.slice(3, 5)).toEqual(['注意', '如果你在任何类 Unix 系统中使用过一段时间的命令行工具，你可能已经掌握了这份文档中的内容。那请把它当做一个实战检验和回顾。']);
    expect(en[4]).toMatch(/^If you have been using any Unix-like system for a while/u);
    // The table of contents ("目录") beside them stays out.
    expect(zh.some((p) => p === '目录')).toBe(false);
    expect(Math.abs(zh.length - en.length)).toBeLessThanOrEqual(2);
  });

  it('brings back nothing on the Readability test pages, whose expected article is exactly what Readability keeps', () => {
    const pages = readdirSync(READABILITY_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      const { readability, restored } = withAndWithout(readFileSync(resolve(READABILITY_DIR, page, 'source.html'), 'utf8'));
      const text = textOf(readability);
      expect(text.length).toBeGreaterThan(100);
      expect({ page, text: textOf(restored) }).toEqual({ page, text });
    }
  });

  it('leaves an article alone when Readability dropped nothing it needs', () => {
    const html = '<html><body><div><p>One sentence of an article, long enough to count.</p></div></body></html>';
    const { readability, restored } = withAndWithout(html);
    expect(restored).toBe(readability);
  });
});
