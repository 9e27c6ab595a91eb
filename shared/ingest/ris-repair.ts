// A RIS tag line is two characters, two spaces, a hyphen and a space: `TY  - JOUR`. Some exporters get the spacing
// wrong (`TY -  BOOK`), which strict parsers reject; the tag and value are still unambiguous.
const STRICT_TAG = /^[A-Z][A-Z0-9] {2}-(?: |$)/u;
const LOOSE_TAG = /^([A-Z][A-Z0-9])[ \t]{0,3}-(.*)$/u;
const TYPE_LINE = /^TY {2}- (.+)$/u;

// EndNote writes its own type names where RIS has codes; parsers that only know the codes read such records as empty.
const ENDNOTE_TYPES: Readonly<Record<string, string>> = {
  'journal article': 'JOUR',
  'electronic article': 'EJOUR',
  'magazine article': 'MGZN',
  'newspaper article': 'NEWS',
  book: 'BOOK',
  'edited book': 'EDBOOK',
  'electronic book': 'EBOOK',
  'book section': 'CHAP',
  'conference paper': 'CPAPER',
  'conference proceedings': 'CONF',
  thesis: 'THES',
  report: 'RPRT',
  'government document': 'GOVDOC',
  'web page': 'ELEC',
  'online database': 'DBASE',
  dataset: 'DATA',
  patent: 'PAT',
  statute: 'STAT',
  'legal rule or regulation': 'LEGAL',
  'case': 'CASE',
  map: 'MAP',
  'film or broadcast': 'VIDEO',
  generic: 'GEN',
};

/** Rewrites RIS tag lines with wrong spacing, and EndNote type names, into standard RIS; says how many lines it changed. */
export function repairRisTags(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const lines = text.split(/\r?\n/u).map((line) => {
    let fixed = line;
    if (!STRICT_TAG.test(fixed)) {
      const loose = LOOSE_TAG.exec(fixed);
      if (loose) fixed = loose[2]?.trim() ? `${loose[1]}  - ${loose[2].trim()}` : `${loose[1]}  - `;
    }
    const type = TYPE_LINE.exec(fixed)?.[1]?.trim();
    const code = type ? ENDNOTE_TYPES[type.toLowerCase()] : undefined;
    if (code) fixed = `TY  - ${code}`;
    if (fixed !== line) repaired++;
    return fixed;
  });
  return { text: lines.join('\n'), repaired };
}
