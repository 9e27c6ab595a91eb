import { foldText } from './fold-text';

/** A command as the palette lists it. */
export interface PaletteCommand {
  id: string;
  title: string;
  /** Where it lives (a menu or a view), shown beside it and matched too. */
  group: string;
  shortcut?: string;
}

/** The commands whose title or group contains every word of the query (folded), titles that start with it first. */
export function matchCommands<C extends PaletteCommand>(commands: readonly C[], query: string): C[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const scored = commands.flatMap((c) => {
    const title = foldText(c.title);
    const hay = `${title} ${foldText(c.group)}`;
    if (!words.every((w) => hay.includes(w))) return [];
    return [{ c, score: title.startsWith(words[0] ?? '') ? 0 : 1 }];
  });
  return scored.sort((a, b) => a.score - b.score).map((s) => s.c);
}
