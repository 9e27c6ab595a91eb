import type { BriefingLang } from './briefing-lang';

/** The words every export prints around the analyst's own, in the briefing's language. */
export interface DocumentLabels {
  audience: string;
  date: string;
  /** The heading over the footnotes. */
  notes: string;
  /** Separates a label from its value ("Audience: Desk", "受众：外交组"). */
  colon: string;
  backToText: string;
  /** Marks a claim none of whose citations is resolved to an original. */
  unresolved: string;
  /** Opens the visible marker of a claim whose evidence disagrees. */
  disputed: string;
  /** Brackets of the disputed marker, as each language writes an aside in running text. */
  asideOpen: string;
  asideClose: string;
}

/** Labels by language. */
export const DOCUMENT_LABELS: Readonly<Record<BriefingLang, DocumentLabels>> = {
  'en-US': {
    audience: 'Audience',
    date: 'Date',
    notes: 'Sources',
    colon: ': ',
    backToText: 'Back to text',
    unresolved: 'citation unresolved',
    disputed: 'Disputed',
    asideOpen: '[',
    asideClose: ']',
  },
  'zh-CN': { audience: '受众', date: '日期', notes: '注释', colon: '：', backToText: '返回正文', unresolved: '引用未解析', disputed: '有争议', asideOpen: '【', asideClose: '】' },
};
