import { isCjkTitle, markCjkTitle } from './cjk-title';
import type { CslItem } from './csl-item';

// citeproc applies the style's English typography to every title: it puts a quoted title's inner quotation marks
// into single quotes and moves the following comma or period inside the quotes ("中国‘封锁,’"). A CJK title follows
// its own language instead, so it goes through citeproc as an opaque token (private-use characters, which no text
// case or quote rule touches) and is put back afterwards, marked and punctuated as its language writes it.
const TOKEN = /([“‘"]?)\uE000(\d+)\uE001([.,;:!?]?)([”’"]?)/gu;

/** Items with their CJK titles swapped for tokens, and the function that puts the titles back into formatted text. */
export interface CjkTitleGuard {
  items: CslItem[];
  restore: (text: string) => string;
}

/** Hides the CJK titles of the items from citeproc's English typography (see above). */
export function guardCjkTitles(items: readonly CslItem[]): CjkTitleGuard {
  const titles: string[] = [];
  const guarded = items.map((item) => {
    const title = item.title;
    if (typeof title !== 'string' || !isCjkTitle(title, typeof item.language === 'string' ? item.language : undefined)) return item;
    titles.push(title);
    return { ...item, title: `\uE000${titles.length - 1}\uE001` };
  });
  if (titles.length === 0) return { items: guarded, restore: (text) => text };
  return {
    items: guarded,
    restore: (text) =>
      text.replace(TOKEN, (whole, open: string, k: string, punct: string, close: string) => {
        const title = titles[Number(k)];
        if (title === undefined) return whole;
        // Quoted by the style: the title takes its own language's title marks, and the punctuation stays outside.
        if (open && close) return `${markCjkTitle(title)}${punct}`;
        return `${open}${title}${punct}${close}`;
      }),
  };
}
