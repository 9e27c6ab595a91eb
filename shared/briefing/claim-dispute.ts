import type { Claim, Quantity, Source } from '../model';
import type { BriefingLang } from './briefing-lang';
import { isCjkTitle, markCjkTitle } from './cjk-title';
import { DOCUMENT_LABELS } from './document-labels';

/** One side of a conflict of figures, as the evidence queries report it. */
export interface FigureConflictSide {
  claim: Claim;
  sources: readonly Source[];
  quantityIndex: number;
}

/** Two claims giving different figures for the same subject and measure (see shared/claims/quantities/conflicts). */
export interface FigureConflict {
  a: FigureConflictSide;
  b: FigureConflictSide;
}

/** A figure of a claim that another source gives differently: both figures as written, and where the other comes from. */
export interface FigureDispute {
  own: string;
  other: string;
  otherSource: Source | undefined;
}

/** The figure disputes of each claim, from the conflicts found across the workspace; each conflict counts for both its claims. */
export function figureDisputesByClaim(conflicts: readonly FigureConflict[]): Map<string, FigureDispute[]> {
  const byClaim = new Map<string, FigureDispute[]>();
  const add = (own: FigureConflictSide, other: FigureConflictSide): void => {
    const dispute = { own: figureText(own), other: figureText(other), otherSource: other.sources[0] };
    byClaim.set(own.claim.id, [...(byClaim.get(own.claim.id) ?? []), dispute]);
  };
  for (const c of conflicts) {
    add(c.a, c.b);
    add(c.b, c.a);
  }
  return byClaim;
}

function figureText(side: FigureConflictSide): string {
  const q: Quantity | undefined = side.claim.quantities[side.quantityIndex];
  if (!q) return '?';
  if (q.text) return q.text;
  return `${q.value}${q.high !== undefined ? `–${q.high}` : ''}${q.unit && q.unit !== '%' ? ' ' : ''}${q.unit}`;
}

const WORDS: Record<BriefingLang, { contradicted: (refs: string) => string; figures: (own: string, other: string, source: string | undefined) => string; separator: string }> = {
  'en-US': {
    contradicted: (refs) => `contradicted by ${refs}`,
    figures: (own, other, source) => `${own} here, ${other} ${source ? `in ${source}` : 'in another claim'}`,
    separator: '; ',
  },
  'zh-CN': {
    contradicted: (refs) => `${refs}与此相反`,
    figures: (own, other, source) => `此处为${own}，${source ?? '另一说法'}为${other}`,
    separator: '；',
  },
};

/** How a dispute names the notes that contradict a claim: "note 3", "notes 3, 5", "注3", or a numeric style's "[3,5]". */
function noteRefs(numbers: readonly number[], numbering: 'note' | 'source', lang: BriefingLang): string {
  if (numbering === 'source') return `${lang === 'zh-CN' ? '文献' : ''}[${numbers.join(',')}]`;
  if (lang === 'zh-CN') return `注${numbers.join('、')}`;
  return `${numbers.length === 1 ? 'note' : 'notes'} ${numbers.join(', ')}`;
}

function sourceName(source: Source | undefined, lang: BriefingLang): string | undefined {
  if (!source) return undefined;
  if (isCjkTitle(source.title, source.lang)) return markCjkTitle(source.title);
  return lang === 'zh-CN' ? `《${source.title}》` : `“${source.title}”`;
}

/**
 * The marker a reader sees after a claim whose evidence disagrees: the notes that contradict it, and the figures
 * other sources give side by side with its own. Null when nothing disputes it.
 */
export function disputeMarker(contradictedBy: readonly number[], figures: readonly FigureDispute[], numbering: 'note' | 'source', lang: BriefingLang): string | null {
  if (contradictedBy.length === 0 && figures.length === 0) return null;
  const w = WORDS[lang];
  const labels = DOCUMENT_LABELS[lang];
  const parts: string[] = [];
  if (contradictedBy.length > 0) parts.push(w.contradicted(noteRefs(contradictedBy, numbering, lang)));
  for (const f of figures) parts.push(w.figures(f.own, f.other, sourceName(f.otherSource, lang)));
  return `${labels.asideOpen}${labels.disputed}${labels.colon}${parts.join(w.separator)}${labels.asideClose}`;
}
