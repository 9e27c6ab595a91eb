import { detectLanguage } from '../ingest/detect-language';

// Word and the browsers choose a font per character class, and a curly quote or apostrophe belongs to both Latin and
// CJK text: set in a CJK font it is full-width ("China’ s"). So exported text is cut into runs by script, the
// punctuation, digits and spaces between going with the script around them, and each run names its own language and fonts.

/** Which fonts a run of text needs. */
export type Script = 'cjk' | 'latin';

/** A piece of text in one script. */
export interface ScriptRun {
  text: string;
  script: Script;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const LETTER = /\p{L}/u;

function scriptOf(ch: string): Script | null {
  if (CJK.test(ch)) return 'cjk';
  return LETTER.test(ch) ? 'latin' : null;
}

/**
 * Cuts text into runs of one script. A character of neither (punctuation, digits, spaces) joins the run before it, or
 * the first run when it leads; text with no letters at all is one run of `fallback`, the document's own script.
 */
export function splitByScript(text: string, fallback: Script): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = '';
  for (const ch of text) {
    const script = scriptOf(ch);
    const last = runs[runs.length - 1];
    if (script === null) {
      if (last) last.text += ch;
      else pending += ch;
    } else if (last?.script === script) {
      last.text += ch;
    } else {
      runs.push({ text: pending + ch, script });
      pending = '';
    }
  }
  if (runs.length === 0) return text === '' ? [] : [{ text: pending, script: fallback }];
  return runs;
}

/** The script a document's language writes in: CJK for Chinese, Japanese and Korean, Latin otherwise. */
export function scriptOfLanguage(lang: string): Script {
  return /^(zh|ja|ko)\b/iu.test(lang) ? 'cjk' : 'latin';
}

/** The `lang` of a run whose script differs from its document's: its detected language, `und-Latn` for Latin text too short to name. */
export function runLanguage(run: ScriptRun): string {
  const detected = detectLanguage(run.text);
  if (run.script === 'cjk') return detected === 'ja' || detected === 'ko' ? detected : 'zh';
  return detected === 'und' || detected === 'zh' || detected === 'ja' || detected === 'ko' ? 'und-Latn' : detected;
}
