import type { Stance } from '../model';
import type { BriefingLang } from './briefing-lang';

// The signal a note opens with when its source does not simply support the claim: legal and academic citation
// conventions ("Contra", "See also"), and their usual Chinese equivalents.
const SIGNALS: Record<BriefingLang, Record<Exclude<Stance, 'supports'>, string>> = {
  'en-US': { contradicts: 'Contra: ', context: 'See also: ' },
  'zh-CN': { contradicts: '反对：', context: '参见：' },
};

/** The signal a note of this stance opens with ('' for a supporting citation). */
export function stanceSignal(stance: Stance, lang: BriefingLang): string {
  return stance === 'supports' ? '' : SIGNALS[lang][stance];
}

/** A note's text opened by the signal of its citation's stance, so a reader sees a contradicting source for what it is. */
export function withStance(note: string, stance: Stance, lang: BriefingLang): string {
  return `${stanceSignal(stance, lang)}${note}`;
}
