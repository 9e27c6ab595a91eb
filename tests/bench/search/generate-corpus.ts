/**
 * A deterministic synthetic workspace for the search benchmark: sources of about 3,000 characters mixing English
 * paragraphs and Chinese paragraphs, and short claims. Every function here is self-contained (no imports, no outer
 * variables) because the browser benchmark sends its source text into the page with `Function.prototype.toString`.
 */

/** One generated source, claim and citation, shaped as the database rows the app writes. */
export interface CorpusRows {
  source: { id: string; title: string; lang: string; authors: string[]; publishedAt: string; kind: 'text'; contentHash: string; importedAt: string; importedFrom: { method: 'paste' }; tags: string[]; publisher: string };
  text: { sourceId: string; text: string; blocks: { id: string; kind: 'paragraph'; start: number; end: number; paragraph: number }[]; references: [] };
}

/** The generator: `source(i)` and `claim(i)` are pure functions of the index, so any slice can be generated alone. */
export function makeCorpusGenerator() {
  const en =
    'rare earth export quota magnet lithium cobalt nickel refining smelting mine output capacity price market supply chain government ministry policy agreement tariff sanction license processing separation oxide metal alloy battery vehicle wind turbine defense industry reserve deposit production import demand forecast analyst report company investment plant province region dispute negotiation treaty trade council committee survey estimate growth decline record shortage surplus inventory contract shipment port customs regulation environment pollution permit royalty strategic critical mineral graphite gallium germanium antimony tungsten vanadium'.split(
      ' ',
    );
  const accented = ['café', 'Zürich', 'Montréal', 'naïve', 'São', 'Paulo', 'Curaçao', 'résumé'];
  const zh =
    '稀土 中国 出口 磁铁 锂 钴 镍 冶炼 分离 矿山 产量 产能 价格 市场 供应链 政府 商务部 政策 协议 关税 制裁 许可证 加工 氧化物 金属 合金 电池 汽车 风电 国防 工业 储量 矿床 生产 进口 需求 预测 分析师 报告 公司 投资 工厂 省份 地区 争端 谈判 条约 贸易 委员会 调查 估计 增长 下降 纪录 短缺 过剩 库存 合同 运输 港口 海关 法规 环境 污染 许可 战略 关键矿产 石墨 镓 锗 锑 钨 钒 美国 日本 欧洲 澳大利亚 缅甸'.split(
      ' ',
    );
  const zhPunct = ['，', '。', '、', '；'];
  let state = 0;
  const reseed = (n: number) => {
    state = (n * 2654435761) >>> 0;
  };
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const englishSentence = () => {
    const n = 8 + Math.floor(rand() * 12);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(rand() < 0.02 ? pick(accented) : pick(en));
    const s = words.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + (rand() < 0.3 ? ` ${Math.floor(rand() * 900 + 10)} kt.` : '.');
  };
  const chineseSentence = () => {
    const n = 6 + Math.floor(rand() * 10);
    let s = '';
    for (let i = 0; i < n; i++) {
      s += pick(zh);
      if (rand() < 0.15) s += pick(zhPunct);
    }
    return s + (rand() < 0.3 ? `${Math.floor(rand() * 90 + 1)}万吨。` : '。');
  };
  const uuid = (kind: number, i: number) => {
    const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
    return `${hex(kind, 8)}-0000-4000-8000-${hex(i, 12)}`;
  };
  const paragraphs = (target: number, chinese: number) => {
    const out: string[] = [];
    let size = 0;
    while (size < target) {
      const isZh = rand() < chinese;
      let p = '';
      const sentences = 2 + Math.floor(rand() * 4);
      for (let k = 0; k < sentences; k++) p += isZh ? chineseSentence() : (k > 0 ? ' ' : '') + englishSentence();
      out.push(p);
      size += p.length + 2;
    }
    return out;
  };
  return {
    sourceId: (i: number) => uuid(1, i),
    claimId: (i: number) => uuid(2, i),
    /** Source i: about 3,000 characters; a third of the sources mostly Chinese, the rest mostly English. */
    source(i: number) {
      reseed(i + 1);
      const chinese = i % 3 === 0 ? 0.8 : 0.25;
      const title = chinese > 0.5 ? `${pick(zh)}${pick(zh)}${pick(zh)}报告 ${i}` : `Report ${i}: ${pick(en)} ${pick(en)} ${pick(en)}`;
      const paras = paragraphs(chinese > 0.5 ? 1500 : 3000, chinese);
      let text = '';
      const blocks: { id: string; kind: 'paragraph'; start: number; end: number; paragraph: number }[] = [];
      paras.forEach((p, n) => {
        if (n > 0) text += '\n\n';
        blocks.push({ id: `b${n}`, kind: 'paragraph', start: text.length, end: text.length + p.length, paragraph: n + 1 });
        text += p;
      });
      const id = uuid(1, i);
      const day = 1 + (i % 28);
      const month = 1 + (i % 12);
      return {
        source: {
          id,
          title,
          lang: chinese > 0.5 ? 'zh' : 'und-Latn',
          authors: [`Author ${i % 97}`],
          publishedAt: `20${String(15 + (i % 11)).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          kind: 'text' as const,
          contentHash: `bench-${id}`,
          importedAt: '2026-11-30T00:00:00.000Z',
          importedFrom: { method: 'paste' as const },
          tags: i % 10 === 0 ? ['bench-tag'] : [],
          publisher: i % 2 === 0 ? 'Reuters' : '新华社',
        },
        text: { sourceId: id, text, blocks, references: [] as [] },
      };
    },
    /** Claim i: one sentence, a third of them Chinese, cited from source i mod sources with a rotating stance. */
    claim(i: number, sources: number) {
      reseed(1_000_003 + i);
      const isZh = i % 3 === 1;
      const text = isZh ? chineseSentence() : englishSentence();
      const id = uuid(2, i);
      const sourceId = uuid(1, i % sources);
      const statuses = ['draft', 'supported', 'disputed', 'retracted'] as const;
      const stances = ['supports', 'contradicts', 'context'] as const;
      return {
        claim: { id, text, status: statuses[i % 4], tags: i % 7 === 0 ? ['bench-tag'] : [], note: '', originSourceId: sourceId, order: i, quantities: [], createdAt: '2026-11-30T00:00:00.000Z', updatedAt: '2026-11-30T00:00:00.000Z' },
        citation: { id: uuid(3, i), claimId: id, sourceId, locator: { paragraph: 1 }, stance: stances[i % 3], resolved: true, createdAt: '2026-11-30T00:00:00.000Z' },
      };
    },
  };
}
