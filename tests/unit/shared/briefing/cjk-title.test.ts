import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../../../shared/briefing/citation-styles';
import { isCjkTitle } from '../../../../shared/briefing/cjk-title';
import { sourceToCsl } from '../../../../shared/briefing/source-to-csl';
import { readSharedText } from '../fixture-paths';
import { clippingSource, reportSource } from './briefing-fixtures';

// The seed summary's own title line (its second line), as the clipping import stores it.
const seedTitle = readSharedText('fixtures/seed-summary-rare-earths.txt').split('\n')[1]?.trim() ?? '';

describe('CJK titles in citation styles', () => {
  it('reads the seed title as Chinese, and English titles as not', () => {
    expect(seedTitle).toBe('美日稀土协议难破中国“封锁”');
    expect(isCjkTitle(seedTitle, 'zh')).toBe(true);
    expect(isCjkTitle(seedTitle)).toBe(true);
    expect(isCjkTitle('Mineral commodity summaries 2025', 'en')).toBe(false);
    expect(isCjkTitle('China’s 稀土 policy', 'en')).toBe(false);
  });

  for (const style of ['chicago-notes', 'apa', 'gb7714'] as const) {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      it(`keeps the seed title's own quotes and no punctuation moved into them (${style}, ${lang})`, () => {
        const items = [sourceToCsl({ ...clippingSource, title: seedTitle }), sourceToCsl(reportSource)];
        const result = formatCitations(style, lang, items, [{ itemId: clippingSource.id }, { itemId: clippingSource.id, locator: '3', label: 'paragraph' }, { itemId: reportSource.id }]);
        if (!result.ok) throw new Error(result.error);
        const texts = [...result.value.notes, ...result.value.bibliography];
        for (const text of texts.filter((t) => t.includes('美日'))) {
          expect(text).toContain(seedTitle);
          expect(text).not.toMatch(/[‘’]|封锁[.,]|\uE000/u);
        }
        // English titles still follow the style: Chicago quotes them and puts the comma inside.
        if (style === 'chicago-notes' && lang === 'en-US') expect(result.value.notes[2]).toContain('“Mineral Commodity Summaries 2025”');
      });
    }
  }
});
