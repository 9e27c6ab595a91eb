// Generates a realistic large workspace file (sources in English and Chinese with ~3,000 characters of text each,
// claims with figures, 1–2 citations per claim, some annotations), deterministically from a seed, for the scale
// benchmark and tests. Claims carry their quantities already read, as import stores them. Reusable by any bench
// or test that needs a big workspace: `generateWorkspace({ sources: 1_000 })`.
import { createHash } from 'node:crypto';
import type { Annotation, Block, Citation, Claim, Quantity, Source, SourceText, Stance, WorkspaceFile } from '../../../shared/model';
import { seededRandom as random } from '../support/seeded-random';

/** What to generate. */
export interface WorkspaceSpec {
  sources: number;
  claimsPerSource?: number;
  /** Characters of text per source, about. */
  charsPerSource?: number;
  /** Share of sources written in Chinese. */
  chineseShare?: number;
  /** One annotation every this many sources. */
  annotationEvery?: number;
  seed?: number;
}

const SUBJECTS_EN = ['China', 'US', 'Japan', 'EU', 'Australia', 'Myanmar', 'Russia', 'India', 'Indonesia', 'Vietnam', 'Brazil', 'Canada', 'Malaysia', 'Thailand', 'Korea'];
const SUBJECTS_ZH: Record<string, string> = { China: '中国', US: '美国', Japan: '日本', EU: '欧盟', Australia: '澳大利亚', Myanmar: '缅甸', Russia: '俄罗斯', India: '印度', Indonesia: '印度尼西亚' };
const MEASURES = ['production', 'exports', 'imports', 'reserves', 'refining', 'consumption', 'capacity', 'mining'];
const MEASURES_ZH: Record<string, string> = { production: '生产', exports: '出口', imports: '进口', reserves: '储量', refining: '精炼', consumption: '消费', capacity: '产能', mining: '开采' };
const COMPANIES = 'Northern Minerals,Lynas,Iluka,MP Materials,Shenghe,China Rare Earth Group,Neo Performance,Arafura,Energy Fuels,Solvay'.split(',');
const FILLER_EN =
  'The ministry said output recovered after the winter, while refiners reported tighter supply of separated oxides and higher costs for reagents. Analysts expect prices to stay volatile as new projects come online and export controls are reviewed. '.split(' ');
const FILLER_ZH = '据报道稀土产业链在过去一年中持续调整，冶炼分离产能向头部企业集中，出口管制与环保检查使供应趋紧，下游磁材企业加快布局海外项目。'.split('');

/** The generated workspace file, ready to restore. */
export function generateWorkspace(spec: WorkspaceSpec): WorkspaceFile {
  const rand = random(spec.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const claimsPer = spec.claimsPerSource ?? 10;
  const chars = spec.charsPerSource ?? 3_000;
  const chineseShare = spec.chineseShare ?? 0.3;
  const annotationEvery = spec.annotationEvery ?? 3;
  const base = Date.UTC(2024, 0, 1);
  const sources: Source[] = [];
  const texts: SourceText[] = [];
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const annotations: Annotation[] = [];
  // Subjects beyond the known countries (companies, regions) spread the figures over many subject-and-measure keys,
  // as months of reading do; a few keys still gather many claims.
  const subjects = [...SUBJECTS_EN, ...COMPANIES, ...Array.from({ length: Math.max(50, Math.floor(spec.sources / 4)) }, (_, i) => `Province ${i + 1}`)];

  for (let s = 0; s < spec.sources; s++) {
    const zh = rand() < chineseShare;
    const id = `src-${s}`;
    const importedAt = new Date(base + s * 60_000).toISOString();
    const sentences: { text: string; quantity: Quantity | undefined }[] = [];
    for (let c = 0; c < claimsPer; c++) {
      const subject = pick(subjects);
      const measure = pick(MEASURES);
      const year = 2015 + Math.floor(rand() * 10);
      const share = rand() < 0.5;
      const value = share ? 10 + Math.floor(rand() * 80) : 1_000 + Math.floor(rand() * 90_000);
      const unit = share ? '%' : 'tonnes';
      const withFigure = rand() < 0.6;
      const zhSubject = SUBJECTS_ZH[subject];
      const text =
        zh && zhSubject
          ? withFigure
            ? `${year}年${zhSubject}稀土${MEASURES_ZH[measure]}${share ? `占全球的${value}%` : `达到${value}吨`}。`
            : `${zhSubject}表示将继续推进稀土产业整合（第${c + 1}点）。`
          : withFigure
            ? `In ${year}, ${subject} ${measure} of rare earths ${share ? `was ${value}% of the world total` : `reached ${value.toLocaleString('en')} tonnes`} (point ${c + 1}).`
            : `${subject} said it would keep reviewing rare earth policy, point ${c + 1} of the report.`;
      const quantity: Quantity | undefined = withFigure ? { kind: 'amount', subject: zh && zhSubject ? zhSubject : subject, measure, value, unit, period: String(year), approx: false } : undefined;
      sentences.push({ text, quantity });
    }
    // Paragraphs: each claim's sentence with filler around it, until the text is about `chars` long.
    const paragraphs: string[] = [];
    const perParagraph = Math.max(1, Math.floor(chars / claimsPer));
    for (const { text } of sentences) {
      let p = text;
      while (p.length < perParagraph) p += zh ? pick(FILLER_ZH) : ` ${pick(FILLER_EN)}`;
      paragraphs.push(p);
    }
    const title = zh ? `稀土市场报告 第${s + 1}期` : `Rare earth market report ${s + 1}`;
    let text = `${title}\n\n`;
    const blocks: Block[] = [{ id: `${id}-b0`, kind: 'heading', start: 0, end: title.length, level: 1 }];
    const starts: number[] = [];
    paragraphs.forEach((p, i) => {
      starts.push(text.length);
      blocks.push({ id: `${id}-b${i + 1}`, kind: 'paragraph', start: text.length, end: text.length + p.length, paragraph: i + 1 });
      text += `${p}\n\n`;
    });
    // The real SHA-256 of the text, as import stores it: the provenance audit checks it.
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
    sources.push({
      id,
      title,
      lang: zh ? 'zh' : 'en',
      publisher: pick(['USGS', 'Reuters', '新华社', 'Mining Weekly', 'Argus', '财新']),
      authors: [],
      publishedAt: new Date(base - s * 3_600_000).toISOString().slice(0, 10),
      kind: 'text',
      contentHash,
      importedAt,
      importedFrom: { method: 'paste' },
      tags: s % 7 === 0 ? ['watchlist'] : [],
    });
    texts.push({ sourceId: id, text, blocks, references: [] });

    sentences.forEach(({ text: claimText, quantity }, c) => {
      const claimId = `${id}-c${c}`;
      const r = rand();
      claims.push({
        id: claimId,
        text: claimText,
        status: r < 0.6 ? 'draft' : r < 0.85 ? 'supported' : r < 0.97 ? 'disputed' : 'retracted',
        ...(rand() < 0.5 ? { confidence: Math.round(rand() * 100) / 100 } : {}),
        tags: rand() < 0.1 ? [pick(['supply', 'policy', 'prices', '出口'])] : [],
        note: '',
        originSourceId: id,
        order: c,
        quantities: quantity ? [quantity] : [],
        createdAt: importedAt,
        updatedAt: importedAt,
      });
      const start = starts[c]!;
      citations.push({
        id: `${claimId}-t0`,
        claimId,
        sourceId: id,
        locator: { paragraph: c + 1, selectors: [{ type: 'TextQuoteSelector', exact: claimText }, { type: 'TextPositionSelector', start, end: start + claimText.length }] },
        stance: 'supports',
        resolved: true,
        createdAt: importedAt,
      });
      if (rand() < 0.5 && spec.sources > 1) {
        const other = (s + 1 + Math.floor(rand() * (spec.sources - 1))) % spec.sources;
        const q = rand();
        const stance: Stance = q < 0.6 ? 'supports' : q < 0.75 ? 'contradicts' : 'context';
        citations.push({ id: `${claimId}-t1`, claimId, sourceId: `src-${other}`, locator: { paragraph: 1 }, stance, resolved: true, createdAt: importedAt });
      }
    });
    if (s % annotationEvery === 0) {
      const p = paragraphs[0]!;
      const exact = p.slice(0, Math.min(40, p.length));
      annotations.push({
        id: `${id}-a0`,
        sourceId: id,
        selectors: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start: starts[0]!, end: starts[0]! + exact.length }],
        note: zh ? '需核实' : 'Check against the USGS figure.',
        tags: [],
        colour: 'yellow',
        anchor: 'anchored',
        sourceHash: contentHash,
        createdAt: importedAt,
        updatedAt: importedAt,
      });
    }
  }
  return {
    format: 'footnote-workspace',
    formatVersion: 1,
    schemaVersion: 7,
    workspace: 'Default',
    exportedAt: new Date(base).toISOString(),
    tables: { sources, sourceFiles: [], texts, annotations, claims, citations, briefings: [], history: [], settings: [], briefingExports: [] },
  };
}
