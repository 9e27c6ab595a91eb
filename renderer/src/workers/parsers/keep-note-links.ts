import { hrefFragment } from '../../../../shared/ingest/html-dom';
import { findReferenceEntryIds } from '../../../../shared/ingest/html-references';

// Prefix of the neutral ids note entries get before Readability reads the page. It matches the note-id pattern the
// reference finder knows (`fn-…`) and none of the words Readability treats as page furniture.
const KEPT_ID_PREFIX = 'fn-kept-';

/**
 * Readability drops any element whose id or class looks like page furniture: on Wikipedia's New Zealand page the
 * marker `<sup id="cite_ref-2013religiouscommentary_294-0">` and its entry `<li id="cite_note-2013religiouscommentary-294">`
 * both contain "comment" and vanish, taking the page's `[283]` with them. Before extraction, each note entry gets a
 * neutral id (its links follow it) and each marker's wrapper loses its id, which only served the entry's back link.
 * Returns how many entries were renamed.
 */
export function keepNoteLinks(document: Document): number {
  if (!document.body) return 0;
  const renamed = new Map<string, string>();
  let k = 0;
  for (const id of findReferenceEntryIds(document.body)) {
    const item = document.getElementById(id);
    if (!item || renamed.has(id)) continue;
    k += 1;
    renamed.set(id, `${KEPT_ID_PREFIX}${k}`);
    item.setAttribute('id', `${KEPT_ID_PREFIX}${k}`);
  }
  if (renamed.size === 0) return 0;
  for (const link of document.querySelectorAll('a[href*="#"]')) {
    const fragment = hrefFragment(link.getAttribute('href'));
    const kept = fragment === null ? undefined : renamed.get(fragment);
    if (kept === undefined) continue;
    link.setAttribute('href', `#${kept}`);
    const wrapper = link.parentElement;
    if (wrapper?.tagName.toLowerCase() === 'sup') wrapper.removeAttribute('id');
  }
  return renamed.size;
}
