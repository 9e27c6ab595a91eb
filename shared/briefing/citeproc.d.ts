// citeproc-js ships no types; these cover the part of its API that citation-styles.ts uses.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object;
  }
  export interface CiteprocBibliographyMeta {
    entry_ids: string[][];
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    opt: { xclass: 'note' | 'in-text' };
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    /** Registers the items cited, in order (numeric styles number them so) and settles their disambiguation. */
    updateItems(ids: string[]): void;
    /** Renders one cluster from the registered items, without recording it; `position` is CSL's (0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator). */
    makeCitationCluster(items: { id: string; locator?: string; label?: string; position?: number }[]): string;
    makeBibliography(): [CiteprocBibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
