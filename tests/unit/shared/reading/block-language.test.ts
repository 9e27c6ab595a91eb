import { describe, expect, it } from 'vitest';
import { blockLanguage, isCjkLanguage, langAttribute } from '../../../../shared/reading/block-language';
import { readSharedText } from '../fixture-paths';

describe('blockLanguage', () => {
  it('marks a Chinese quotation in an English source and an English abstract in a Chinese one', () => {
    expect(blockLanguage('美日签署稀土供应框架协议，但短期内难以撼动中国在稀土领域的主导地位。', 'en')).toBe('zh');
    expect(blockLanguage('The agreement is unlikely to disrupt the dominant position of China in the rare earth sector in the short term, which is what the analysts of the region expected.', 'zh')).toBe('en');
  });

  it('marks only the seed summary’s Chinese title line; its English lines inherit the source’s lang', () => {
    const lines = readSharedText('fixtures/seed-summary-rare-earths.txt')
      .split(/\n+/)
      .filter((p) => p.trim() !== '');
    expect(lines.map((line) => blockLanguage(line, 'en')).filter((lang) => lang !== undefined)).toEqual(['zh']);
    expect(blockLanguage(lines.find((line) => line.includes('稀土')) ?? '', 'en')).toBe('zh');
    expect(blockLanguage('2025-10-30 04:49', 'zh')).toBeUndefined();
  });

  it('knows the CJK tags and gives no lang for an unknown language', () => {
    expect(isCjkLanguage('zh-Hant')).toBe(true);
    expect(isCjkLanguage('en')).toBe(false);
    expect(langAttribute('und')).toBeUndefined();
    expect(langAttribute('und-Latn')).toBe('und-Latn');
  });
});
