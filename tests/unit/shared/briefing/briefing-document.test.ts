import { describe, expect, it } from 'vitest';
import { buildBriefingDocument } from '../../../../shared/briefing/briefing-document';
import { cslFormatter } from '../../../../shared/briefing/citation-styles';
import { detectBriefingLang } from '../../../../shared/briefing/briefing-lang';
import { asCitedIn } from '../../../../shared/briefing/footnote-text';
import type { Citation } from '../../../../shared/model';
import { briefingOf, citations, claims, lookupOf } from './briefing-fixtures';

const DATE = '2025-11-28';
const all = ['claim-output', 'claim-script', 'claim-zh', 'claim-ref'];

describe('buildBriefingDocument with Footnote notes (the default)', () => {
  const doc = buildBriefingDocument(briefingOf(all), lookupOf(), DATE);

  it('writes notes for the reader: source, place, and a marker never resolved as cited in its summary', () => {
    expect(doc.style).toBe('footnote-notes');
    expect(doc.footnotes.map((f) => f.text)).toEqual([
      'Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31, paragraph 8.',
      'As cited in 美日稀土协议难破中国“封锁”, 搜狐财经, 2025-10-30 04:49, marker [8].',
      'Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31, page 12.',
      '美日稀土协议难破中国“封锁”, 搜狐财经, 2025-10-30 04:49, paragraph 3.',
      'Rare earth supply chains, Li Wei, page 104.',
      'Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31, paragraph 8.',
    ]);
    expect(doc.footnotes.map((f) => f.text).join(' ')).not.toMatch(/unresolved|workspace/);
    expect(doc.bibliography).toBeNull();
  });

  it('cites every note once, numbered in reading order, so Word and Markdown number them alike', () => {
    const claimRef = doc.sections[0]?.blocks.find((b) => b.kind === 'claim' && b.claimId === 'claim-ref');
    expect(claimRef).toMatchObject({ footnotes: [5, 6] });
    const cited = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? b.footnotes : [])));
    expect(cited).toEqual(doc.footnotes.map((f) => f.n));
    expect(doc.footnotes[0]?.citationIds).toEqual(['cit-1']);
  });

  it('writes Chinese notes in a Chinese briefing', () => {
    const zh = buildBriefingDocument(briefingOf(['claim-output']), lookupOf(), DATE, { lang: 'zh-CN' });
    expect(zh.footnotes.map((f) => f.text)).toEqual([
      'Mineral commodity summaries 2025，Jane Smith，U.S. Geological Survey，2025-01-31，第 8 段。',
      '转引自《美日稀土协议难破中国“封锁”》，搜狐财经，2025-10-30 04:49，标注[8]。',
    ]);
  });

  it('keeps prose, marks deleted claims, and detects an English briefing', () => {
    const withDeleted = buildBriefingDocument(briefingOf(['gone', 'claim-output']), lookupOf(), DATE);
    expect(withDeleted.sections[0]?.blocks.slice(0, 2)).toEqual([
      { kind: 'prose', text: 'Context first.' },
      { kind: 'prose', text: '[A claim in this briefing has been deleted.]' },
    ]);
    expect(withDeleted.lang).toBe('en-US');
  });

  it('says so when a CSL style is chosen but no formatter is given, and falls back', () => {
    const fallback = buildBriefingDocument(briefingOf(all, { citationStyle: 'apa' }), lookupOf(), DATE);
    expect(fallback.style).toBe('footnote-notes');
    expect(fallback.warnings).toEqual([expect.stringContaining('apa')]);
  });
});

describe('buildBriefingDocument with footnote content options', () => {
  it('appends the quote, the capture date and the short version hash after the citation', () => {
    const doc = buildBriefingDocument(briefingOf(['claim-output']), lookupOf(), DATE, {
      footnoteContent: { quote: true, captureDate: true, versionHash: true },
    });
    expect(doc.footnotes[0]?.text).toBe(
      'Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31, paragraph 8. “Mine production was 270,000 tons”. Captured 2025-11-28. Source version 0f1e2d3c.',
    );
  });

  it('leaves the place out when asked', () => {
    const doc = buildBriefingDocument(briefingOf(['claim-output']), lookupOf(), DATE, { footnoteContent: { location: false } });
    expect(doc.footnotes[0]?.text).toBe('Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31.');
  });
});

describe('buildBriefingDocument with CSL styles', () => {
  it('gives each citation its own note in a note style, so repeats read Ibid. or short', () => {
    const doc = buildBriefingDocument(briefingOf(['claim-output', 'claim-script', 'claim-ref']), lookupOf(), DATE, { style: 'chicago-notes', formatter: cslFormatter });
    expect(doc.style).toBe('chicago-notes');
    expect(doc.footnotes.map((f) => f.n)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.footnotes[1]?.text).toBe('As cited in 《美日稀土协议难破中国“封锁”》, 搜狐财经, October 30, 2025, https://www.sohu.com/a/1, marker [8].');
    expect(doc.footnotes[2]?.text).toBe('Smith, “Mineral Commodity Summaries 2025,” 12.');
    expect(doc.footnotes[4]?.text).toBe('Smith, “Mineral Commodity Summaries 2025,” para. 8.');
    expect(doc.bibliography?.heading).toBe('Bibliography');
  });

  it('writes a Chinese briefing in GB/T 7714 with Chinese labels and extras', () => {
    const zh = buildBriefingDocument(briefingOf(['claim-zh'], { title: '稀土供应', summary: '中国的份额', citationStyle: 'gb7714' }), lookupOf(), DATE, {
      formatter: cslFormatter,
      footnoteContent: { quote: true, captureDate: true },
    });
    expect(zh.lang).toBe('zh-CN');
    expect(zh.numbering).toBe('source');
    expect(zh.notesHeading).toBe('参考文献');
    expect(zh.footnotes.map((f) => f.text)).toEqual(['美日稀土协议难破中国“封锁”[N/OL]. 搜狐财经, 2025-10-30[2025-11-27]. https://www.sohu.com/a/1. 采集于 2025-11-27。本简报引用：第 3 段“占全球产量的70%”。']);
    expect(zh.bibliography).toBeNull();
  });

  it('gathers the markers a numeric style cites through one summary, and keeps a contradicting place apart', () => {
    const extra: Citation[] = [
      { ...citations[1]!, id: 'cit-2b', locator: { marker: '[15]', markerNumber: 15 } },
      { ...citations[1]!, id: 'cit-2c', locator: { marker: '[8]', markerNumber: 8 } },
      { ...citations[3]!, id: 'cit-4b', stance: 'contradicts', locator: { paragraph: 5 } },
    ];
    const doc = buildBriefingDocument(briefingOf(['claim-output']), lookupOf(claims, [...citations, ...extra.map((c) => ({ ...c, claimId: 'claim-output' }))]), DATE, {
      style: 'gb7714',
      formatter: cslFormatter,
    });
    expect(doc.footnotes.map((f) => f.n)).toEqual([1, 2]);
    expect(doc.footnotes[1]?.text).toBe(
      '美日稀土协议难破中国“封锁”[N/OL]. 搜狐财经, 2025-10-30[2025-11-27]. https://www.sohu.com/a/1. In this briefing: as cited in this work, markers [8], [15]; Contra: para. 5.',
    );
  });

  it('says in every style when a quoted passage could not be placed, instead of naming a source with no place', () => {
    const { resolvedSourceId: _resolved, ...first } = citations[0]!;
    const unplaced: Citation = { ...first, id: 'cit-unplaced', resolved: false, sourceId: 'src-usgs', locator: { selectors: [{ type: 'TextQuoteSelector', exact: 'Mine production was 270,000 tons' }] } };
    const lookup = lookupOf(claims, [unplaced]);
    const notes = (style: string, lang: 'en-US' | 'zh-CN' = 'en-US') =>
      buildBriefingDocument(briefingOf(['claim-output']), lookup, DATE, { style, formatter: cslFormatter, lang }).footnotes.map((f) => f.text);
    expect(notes('footnote-notes')).toEqual(['Mineral commodity summaries 2025, Jane Smith, U.S. Geological Survey, 2025-01-31. The passage cited could not be placed in this source.']);
    expect(notes('footnote-notes', 'zh-CN')[0]).toMatch(/所引段落未能在此来源中定位。$/u);
    expect(notes('chicago-notes')[0]).toMatch(/\. The passage cited could not be placed in this source\.$/u);
    expect(notes('apa')[0]).toMatch(/The passage cited could not be placed in this source\.$/u);
    expect(notes('gb7714')[0]).toMatch(/In this briefing: a passage that could not be placed in this work\.$/u);
    expect(notes('gb7714', 'zh-CN')[0]).toMatch(/本简报引用：未能在该文中定位的段落。$/u);
  });

  it('notes a citation whose source is gone without asking the style about it', () => {
    const lookup = lookupOf(claims, citations, []);
    const doc = buildBriefingDocument(briefingOf(['claim-output']), lookup, DATE, { style: 'apa', formatter: cslFormatter });
    expect(doc.footnotes.map((f) => f.text)).toEqual(['A source that is no longer in the workspace.', 'A source that is no longer in the workspace, marker [8].']);
  });
});

describe('detectBriefingLang', () => {
  it('reads mostly Han text as Chinese, and English with a few Chinese names as English', () => {
    expect(detectBriefingLang(['稀土供应', '中国占全球产量的70% (USGS)'])).toBe('zh-CN');
    expect(detectBriefingLang(["China's share of rare earths, per 搜狐财经"])).toBe('en-US');
    expect(detectBriefingLang([''])).toBe('en-US');
  });
});

describe('asCitedIn', () => {
  it('wraps a styled note, keeping the full stop of an abbreviation', () => {
    expect(asCitedIn('“Title,” Publisher, October 30, 2025.', '[8]', 'en-US')).toBe('As cited in “Title,” Publisher, October 30, 2025, marker [8].');
    expect(asCitedIn('Ibid.', '[15]', 'en-US')).toBe('As cited in ibid., marker [15].');
    expect(asCitedIn('同上.', '[15]', 'zh-CN')).toBe('转引自同上，标注[15]。');
  });
});
