import CSL from 'citeproc';
import type { BriefingLang } from './briefing-lang';
import { STYLE_XML, styleLocale } from './bundled-styles';
import { guardCjkTitles } from './cjk-title-guard';
import type { CitationStyleId } from './citation-style-catalog';
import type { CitationFormatter, CslCite, FormatCitationsResult } from './citation-formatter';
import type { CslItem } from './csl-item';
import { notePositions } from './note-positions';

// An in-text style's citation ("[1]", "(Smith, 2025)") says nothing on its own at the foot of a page, so its footnote
// is the full reference with the place cited, written the way each language writes a pinpoint.
const LOCATOR_PHRASE: Record<BriefingLang, Record<NonNullable<CslCite['label']>, (locator: string) => string>> = {
  'en-US': { paragraph: (n) => `(para. ${n})`, page: (n) => `(p. ${n})` },
  'zh-CN': { paragraph: (n) => `（第 ${n} 段）`, page: (n) => `（第 ${n} 页）` },
};

/** Formats citations in one of the bundled CSL styles with citeproc-js: footnotes (Ibid. and short forms where the style says), in-text forms, and the reference list. */
export function formatCitations(style: CitationStyleId, lang: BriefingLang, items: readonly CslItem[], cites: readonly CslCite[]): FormatCitationsResult {
  const byId = new Map(items.map((item) => [item.id, item]));
  const missing = cites.find((c) => !byId.has(c.itemId));
  if (missing) return { ok: false, error: `A citation names an item that was not given (${missing.itemId}).` };
  // Ids are new on every call, so a reused engine never serves an item it cached from an earlier, older version.
  const generation = ++callCount;
  const engineId = (itemId: string): string => `${generation}:${itemId}`;
  try {
    const cached = engineFor(style, lang);
    const guard = guardCjkTitles(items);
    cached.items = new Map(guard.items.map((item) => [engineId(item.id), { ...item, id: engineId(item.id) }]));
    const engine = cached.engine;
    const kind = engine.opt.xclass === 'note' ? 'note' : 'in-text';
    // Items are registered once, in order of first citation, so a numeric style numbers them as the reader meets them.
    engine.updateItems([...new Set(cites.map((c) => engineId(c.itemId)))]);
    // Each cite is rendered on its own with the position worked out here, rather than through citeproc's document
    // state, which re-examines every earlier citation at each new one (9 s instead of 1 s for 1,500 notes).
    const positions = kind === 'note' ? notePositions(cites) : undefined;
    const rendered = new Map<string, string>();
    const inText = cites.map((cite, i) => {
      const item = { id: engineId(cite.itemId), ...(cite.locator ? { locator: cite.locator, label: cite.label ?? 'page' } : {}), ...(positions ? { position: positions[i] } : {}) };
      const key = JSON.stringify(item);
      let text = rendered.get(key);
      if (text === undefined) {
        text = guard.restore(engine.makeCitationCluster([item]).trim());
        rendered.set(key, text);
      }
      return text;
    });
    const entries = bibliographyEntries(engine, guard.restore);
    const notes =
      kind === 'note'
        ? inText
        : cites.map((cite) => {
            const entry = entries.byItem.get(engineId(cite.itemId)) ?? '';
            return cite.locator ? `${entry} ${LOCATOR_PHRASE[lang][cite.label ?? 'page'](cite.locator)}` : entry;
          });
    const entryByItem = new Map(items.map((item) => [item.id, entries.byItem.get(engineId(item.id)) ?? '']));
    return { ok: true, value: { kind, notes, inText, bibliography: entries.list, entryByItem } };
  } catch (error) {
    // An engine that threw half-way may hold half a state; the next call builds a fresh one.
    engines.delete(`${style}|${lang}`);
    return { ok: false, error: `The ${style} style could not format these citations: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface CachedEngine {
  engine: InstanceType<typeof CSL.Engine>;
  /** The items of the call in progress, which the engine's retrieveItem reads. */
  items: Map<string, CslItem>;
}

// Building an engine compiles the style, which takes about a second for APA; engines are kept per style and
// language and reused, each call registering its own items (updateItems replaces the previous call's).
const engines = new Map<string, CachedEngine>();
let callCount = 0;

function engineFor(style: CitationStyleId, lang: BriefingLang): CachedEngine {
  const key = `${style}|${lang}`;
  const existing = engines.get(key);
  if (existing) return existing;
  const cached: CachedEngine = {
    items: new Map(),
    engine: new CSL.Engine(
      {
        retrieveLocale: (locale: string) => styleLocale(style, locale),
        // citeproc annotates the objects it is given, so it gets copies and the caller's items stay as they were.
        retrieveItem: (id: string) => copyItem(cached.items.get(id)),
      },
      STYLE_XML[style],
      lang,
      true,
    ),
  };
  // Plain text: one string feeds Markdown, HTML and Word alike, each of which escapes it in its own way.
  cached.engine.setOutputFormat('text');
  engines.set(key, cached);
  return cached;
}

/** formatCitations, as the CitationFormatter the briefing builder takes. */
export const cslFormatter: CitationFormatter = formatCitations;

function bibliographyEntries(engine: InstanceType<typeof CSL.Engine>, restore: (text: string) => string): { list: string[]; byItem: Map<string, string> } {
  const bibliography = engine.makeBibliography();
  if (!bibliography) return { list: [], byItem: new Map() };
  const [meta, texts] = bibliography;
  const list = texts.map((t) => restore(t.trim()));
  const byItem = new Map<string, string>();
  meta.entry_ids.forEach((ids, i) => {
    for (const id of ids) byItem.set(String(id), list[i] ?? '');
  });
  return { list, byItem };
}

function copyItem(item: CslItem | undefined): object {
  return JSON.parse(JSON.stringify(item ?? {})) as object;
}
