import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../shared/ingest/parse-plain-text';
import { readSharedText } from '../fixture-paths';

const seed = readSharedText('fixtures/seed-summary-rare-earths.txt');

describe('parsePlainText on the seed clipping', () => {
  const doc = parsePlainText(seed, 'seed-summary-rare-earths.txt');
  const blockTexts = doc.blocks.map((b) => ({ kind: b.kind, paragraph: b.paragraph, text: doc.text.slice(b.start, b.end) }));

  it('reads the label, title, publisher and publication time from the header', () => {
    expect(doc.kind).toBe('clipping');
    expect(doc.meta.title).toBe('美日稀土协议难破中国“封锁”');
    expect(doc.meta.tags).toEqual(['Workflow']);
    expect(doc.meta.publisher).toBe('Sou Hu Cai Jing');
    expect(doc.meta.publishedAt).toBe('2025-10-30T04:49');
  });

  it('keeps the section headings in order', () => {
    expect(blockTexts.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Core Points',
      'Group 1: Agreement Details',
      "Group 2: China's Dominance",
      'Group 3: Challenges in Implementation',
    ]);
  });

  it('numbers every bullet as a paragraph, from 1, with its markers', () => {
    const paragraphs = blockTexts.filter((b) => b.kind !== 'heading');
    expect(paragraphs.map((p) => p.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(paragraphs[0]?.text).toMatch(/^The signing of the "Rare Earth Supply".*short term \[2\]\[15\]$/);
    expect(paragraphs[4]?.text).toContain("270,000 tons, which is 70% of the world's output [8]");
  });

  it('lays blocks over the text exactly', () => {
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end).trim()).toBe(doc.text.slice(b.start, b.end));
    expect(doc.text).not.toContain(' - The');
  });

  it('detects the body language as English', () => {
    expect(doc.meta.lang).toBe('en');
  });
});

describe('parsePlainText on other shapes', () => {
  it('treats the same shape with other words and another byline format as a clipping', () => {
    const doc = parsePlainText(
      'Briefing\nLithium prices fall\nReuters | 2024年3月5日\n\nSummary - Prices fell 20% in 2023 [1] Section A: Causes - Supply rose [2][3]',
      'x.txt',
    );
    expect(doc.meta).toMatchObject({ title: 'Lithium prices fall', publisher: 'Reuters', publishedAt: '2024-03-05', tags: ['Briefing'] });
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end))).toEqual(['Summary', 'Section A: Causes']);
  });

  it('joins hard-wrapped lines and keeps blank-line paragraphs apart', () => {
    const doc = parsePlainText(
      'A Title\n\nThis is a long line of prose that wraps at about seventy chars\nand goes on to the next line here.\n\nSecond paragraph.',
      'x.txt',
    );
    expect(doc.kind).toBe('text');
    expect(doc.meta.title).toBe('A Title');
    expect(doc.blocks).toHaveLength(2);
    expect(doc.text).toContain('seventy chars and goes on');
  });

  it('cuts very long unbroken text into blocks no longer than a few thousand characters', () => {
    const doc = parsePlainText('word. '.repeat(50_000), 'big.txt');
    expect(doc.blocks.length).toBeGreaterThan(50);
    expect(Math.max(...doc.blocks.map((b) => b.end - b.start))).toBeLessThanOrEqual(4000);
  });

  it('joins wrapped Chinese lines without a space', () => {
    const line = '中国在全球稀土产业中占据主导地位，储量约为四千四百万吨，占全球总量的百分之四十，产量占世界的七成。';
    const doc = parsePlainText(`${line}\n${line}`, 'zh.txt');
    expect(doc.text).toBe(line + line);
    expect(doc.meta.lang).toBe('zh');
  });
});
