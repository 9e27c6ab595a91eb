import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../../../shared/briefing/citation-styles';
import { sourceToCsl } from '../../../../shared/briefing/source-to-csl';
import type { Source } from '../../../../shared/model';

// Sources made from the examples GB/T 7714-2015 itself gives (its section 8 and appendix A), run through Footnote's
// mapping of sources to CSL and the bundled GB/T 7714 numeric style; each must print as the standard prints it. Where
// Footnote cannot know a field (a newspaper's page number), the example is quoted without it.

function source(fields: Partial<Source> & Pick<Source, 'id' | 'title' | 'kind'>): Source {
  return { lang: 'zh', authors: [], contentHash: `hash-${fields.id}`, importedAt: '2025-11-30T00:00:00.000Z', importedFrom: { method: 'file' }, tags: [], ...fields };
}

const EXAMPLES: { what: string; source: Source; standard: string }[] = [
  {
    what: 'a newspaper article [N], full date',
    source: source({ id: 'n', kind: 'clipping', title: '数字革命与竞争国际化', authors: ['丁文祥'], publisher: '中国青年报', publishedAt: '2000-11-20' }),
    standard: '丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20.',
  },
  {
    what: 'an online newspaper article [N/OL], full date, access date and URL',
    source: source({
      id: 'n-ol',
      kind: 'html',
      title: '我们的科技一直在追赶: 访中国工程院院长周济',
      authors: ['余建斌'],
      publisher: '人民日报',
      publishedAt: '2013-01-12',
      importedAt: '2013-03-20T09:00:00.000Z',
      url: 'http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
    }),
    standard: '余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12[2013-03-20]. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.',
  },
  {
    what: 'a web page [EB/OL] naming no publisher',
    source: source({
      id: 'eb',
      kind: 'html',
      title: '出版业信息化迈入快车道',
      authors: ['萧钰'],
      publishedAt: '2001-12-19',
      importedAt: '2002-04-15T09:00:00.000Z',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
    }),
    standard: '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
  },
  {
    what: 'a report [R/OL] imported as a PDF',
    source: source({
      id: 'r',
      kind: 'pdf',
      title: '国防白皮书: 中国武装力量的多样化运用',
      authors: ['中华人民共和国国务院新闻办公室'],
      publishedAt: '2013-04-16',
      importedAt: '2014-06-11T09:00:00.000Z',
      url: 'http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm',
    }),
    standard: '中华人民共和国国务院新闻办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL]. (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm.',
  },
  {
    what: 'a book [M] from an imported reference list',
    source: source({
      id: 'm',
      kind: 'reference',
      title: '中国森林群落分类及其群落学特征',
      csl: {
        type: 'book',
        title: '中国森林群落分类及其群落学特征',
        author: [{ literal: '蒋有绪' }, { literal: '郭泉水' }, { literal: '马娟' }, { literal: '田野' }],
        'publisher-place': '北京',
        publisher: '科学出版社',
        issued: { 'date-parts': [[1998]] },
        language: 'zh',
      },
    }),
    standard: '蒋有绪, 郭泉水, 马娟, 等. 中国森林群落分类及其群落学特征[M]. 北京: 科学出版社, 1998.',
  },
  {
    what: 'a journal article [J] from an imported reference list',
    source: source({
      id: 'j',
      kind: 'reference',
      title: '互联网药品可信交易环境中主体资质审核备案模式',
      csl: {
        type: 'article-journal',
        title: '互联网药品可信交易环境中主体资质审核备案模式',
        author: [{ literal: '于潇' }, { literal: '刘义' }, { literal: '柴跃廷' }, { literal: '孙宏波' }],
        'container-title': '清华大学学报(自然科学版)',
        volume: '52',
        issue: '11',
        page: '1518-1523',
        issued: { 'date-parts': [[2012]] },
        language: 'zh',
      },
    }),
    standard: '于潇, 刘义, 柴跃廷, 等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报(自然科学版), 2012, 52(11): 1518-1523.',
  },
];

describe('GB/T 7714-2015 against the standard’s own examples', () => {
  const items = EXAMPLES.map((e) => sourceToCsl(e.source));
  const result = formatCitations('gb7714', 'zh-CN', items, items.map((i) => ({ itemId: i.id })));
  if (!result.ok) throw new Error(result.error);
  EXAMPLES.forEach((example, i) => {
    it(`prints ${example.what} as the standard does`, () => {
      expect(result.value.bibliography[i]?.replace(/^\[\d+\]\s*/, '')).toBe(example.standard);
    });
  });
});
