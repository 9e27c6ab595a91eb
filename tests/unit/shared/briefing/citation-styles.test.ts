import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../../../shared/briefing/citation-styles';
import type { CslCite } from '../../../../shared/briefing/citation-formatter';
import { sourceToCsl } from '../../../../shared/briefing/source-to-csl';
import { clippingSource, referenceSource, reportSource } from './briefing-fixtures';

const items = [reportSource, clippingSource, referenceSource].map(sourceToCsl);
const para = (itemId: string, n: number): CslCite => ({ itemId, locator: String(n), label: 'paragraph' });
const page = (itemId: string, n: number): CslCite => ({ itemId, locator: String(n), label: 'page' });

function format(...args: Parameters<typeof formatCitations>) {
  const result = formatCitations(...args);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('formatCitations: APA 7th', () => {
  const out = format('apa', 'en-US', items, [para('src-usgs', 8), para('src-sohu', 3), page('src-ref', 104)]);

  it('cites in the text by author and year with the place, and footnotes the full reference with the place', () => {
    expect(out.kind).toBe('in-text');
    expect(out.inText[0]).toBe('(Smith, 2025, para. 8)');
    expect(out.notes[0]).toBe('Smith, J. (2025). Mineral commodity summaries 2025. U.S. Geological Survey. https://example.org/mcs (para. 8)');
  });

  it('formats a Chinese news item by its title when it names no author, the period after the title’s own quotes', () => {
    expect(out.notes[1]).toBe('美日稀土协议难破中国“封锁”. (2025, October 30). 搜狐财经. https://www.sohu.com/a/1 (para. 3)');
  });

  it("uses an imported reference's own CSL item, and lists references alphabetically", () => {
    expect(out.bibliography).toEqual([
      'Li, W. (2023). Rare earth supply chains. Resources Policy, 80, 101–120.',
      'Smith, J. (2025). Mineral commodity summaries 2025. U.S. Geological Survey. https://example.org/mcs',
      '美日稀土协议难破中国“封锁”. (2025, October 30). 搜狐财经. https://www.sohu.com/a/1',
    ]);
  });
});

describe('formatCitations: Chicago notes and bibliography', () => {
  const cites = [para('src-usgs', 8), para('src-usgs', 8), para('src-usgs', 9), para('src-sohu', 3), page('src-usgs', 12)];
  const out = format('chicago-notes', 'en-US', items, cites);

  it('writes the first note in full, Ibid. for a repeat of the note before, and a short form for a later repeat', () => {
    expect(out.kind).toBe('note');
    expect(out.notes).toEqual([
      'Jane Smith, “Mineral Commodity Summaries 2025” (U.S. Geological Survey, January 31, 2025), para. 8, https://example.org/mcs.',
      'Ibid.',
      'Ibid., para. 9.',
      '《美日稀土协议难破中国“封锁”》, 搜狐财经, October 30, 2025, para. 3, https://www.sohu.com/a/1.',
      'Smith, “Mineral Commodity Summaries 2025,” 12.',
    ]);
  });

  it('ends with a bibliography', () => {
    expect(out.bibliography).toEqual([
      'Smith, Jane. “Mineral Commodity Summaries 2025.” U.S. Geological Survey, January 31, 2025. https://example.org/mcs.',
      '搜狐财经. 《美日稀土协议难破中国“封锁”》. October 30, 2025. https://www.sohu.com/a/1.',
    ]);
  });

  it('writes Ibid. in the locale of the briefing', () => {
    expect(format('chicago-notes', 'zh-CN', items, cites).notes[1]).toBe('同上.');
  });
});

describe('formatCitations: GB/T 7714-2015 numeric', () => {
  const out = format('gb7714', 'zh-CN', items, [para('src-sohu', 3), para('src-usgs', 8), para('src-sohu', 3)]);

  it('numbers sources in order of first citation and footnotes the full entry with the place, in Chinese', () => {
    expect(out.inText).toEqual(['[1]', '[2]', '[1]']);
    expect(out.notes[0]).toBe('[1] 美日稀土协议难破中国“封锁”[N/OL]. 搜狐财经, 2025-10-30[2025-11-27]. https://www.sohu.com/a/1. （第 3 段）');
  });

  it('formats an English report with the type code and the capture date', () => {
    expect(out.bibliography[1]).toBe('[2] SMITH J. Mineral commodity summaries 2025[R/OL]. U.S. Geological Survey, 2025[2025-11-28]. https://example.org/mcs.');
  });
});

describe('formatCitations: refusals', () => {
  it('reports a cite of an item that was not given instead of throwing', () => {
    const result = formatCitations('apa', 'en-US', items, [para('nope', 1)]);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('nope') });
  });

  it('leaves the caller’s items untouched', () => {
    const before = JSON.stringify(items);
    format('chicago-notes', 'en-US', items, [para('src-usgs', 1)]);
    expect(JSON.stringify(items)).toBe(before);
  });
});

describe('formatCitations: reuse', () => {
  it('formats an item edited since an earlier call with its new data', () => {
    format('apa', 'en-US', items, [para('src-usgs', 8)]);
    const renamed = items.map((i) => (i.id === 'src-usgs' ? { ...i, title: 'Mineral commodity summaries 2026' } : i));
    const out = format('apa', 'en-US', renamed, [para('src-usgs', 8)]);
    expect(out.bibliography).toEqual(['Smith, J. (2025). Mineral commodity summaries 2026. U.S. Geological Survey. https://example.org/mcs']);
  });
});
