import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitByScript } from '../../../../shared/briefing/script-runs';
import { readSharedText } from '../fixture-paths';

describe('splitByScript', () => {
  it('keeps an English apostrophe and quotes with the English words around them', () => {
    expect(splitByScript('China’s “dominant” position', 'latin')).toEqual([{ text: 'China’s “dominant” position', script: 'latin' }]);
    expect(splitByScript('China’s position, see 美日稀土协议难破中国“封锁” (Sohu)', 'latin')).toEqual([
      { text: 'China’s position, see ', script: 'latin' },
      { text: '美日稀土协议难破中国“封锁” (', script: 'cjk' },
      { text: 'Sohu)', script: 'latin' },
    ]);
  });

  it('keeps Chinese quotes with the Chinese text of a Chinese document', () => {
    expect(splitByScript('“稀土”供应占70%', 'cjk')).toEqual([{ text: '“稀土”供应占70%', script: 'cjk' }]);
    expect(splitByScript('2025-10-30', 'cjk')).toEqual([{ text: '2025-10-30', script: 'cjk' }]);
  });

  it('splits the seed summary into its Chinese title and English text, losing nothing', () => {
    const seed = readSharedText('fixtures/seed-summary-rare-earths.txt');
    const runs = splitByScript(seed, 'latin');
    expect(runs.map((r) => r.text).join('')).toBe(seed);
    expect(runs.filter((r) => r.script === 'cjk').map((r) => r.text.trim())).toEqual(['美日稀土协议难破中国“封锁”']);
  });

  it('never loses or reorders a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(splitByScript(text, 'latin').map((r) => r.text).join('')).toBe(text);
      }),
    );
  });
});
