/** The languages a briefing's exports are written in: labels, citation locale and document language follow it. */
export type BriefingLang = 'en-US' | 'zh-CN';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
// A Chinese briefing quotes English names and figures freely, and one Han character stands for a whole word where
// Latin needs several letters; so a fifth of the letters being Han already means the prose is Chinese.
const CHINESE_HAN_SHARE = 0.2;

/** Guesses the language a briefing is written in from its own words (title, summary, headings, claims). */
export function detectBriefingLang(texts: readonly string[]): BriefingLang {
  let han = 0;
  let latin = 0;
  for (const text of texts) {
    han += text.match(HAN)?.length ?? 0;
    latin += text.match(LATIN)?.length ?? 0;
  }
  return han > 0 && han / (han + latin) >= CHINESE_HAN_SHARE ? 'zh-CN' : 'en-US';
}
