// A reference in the text to a footnote or endnote the file does not hold makes mammoth fail on the whole document
// ("Cannot read properties of null"). Such references are taken out before conversion, and the user told which.

const NOTE_REFERENCE = /<w:(footnote|endnote)Reference\s[^>]*>/gu;
const NOTE = /<w:(footnote|endnote)\s[^>]*>/gu;
const ID_ATTRIBUTE = /\bw:id="(-?\d+)"/u;

function noteIds(xml: string | undefined, kind: string): Set<string> {
  const ids = new Set<string>();
  for (const match of xml?.matchAll(NOTE) ?? []) {
    const id = match[1] === kind ? ID_ATTRIBUTE.exec(match[0])?.[1] : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** What was taken out of the text: each dangling reference's kind and id. */
export interface DanglingNoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
}

/** The document XML without references to notes the footnotes and endnotes parts do not hold, and those references. */
export function dropDanglingNoteReferences(documentXml: string, footnotesXml: string | undefined, endnotesXml: string | undefined): { xml: string; dropped: DanglingNoteReference[] } {
  const known = { footnote: noteIds(footnotesXml, 'footnote'), endnote: noteIds(endnotesXml, 'endnote') };
  const dropped: DanglingNoteReference[] = [];
  const xml = documentXml.replace(NOTE_REFERENCE, (tag: string, kind: 'footnote' | 'endnote') => {
    const id = ID_ATTRIBUTE.exec(tag)?.[1];
    // Word writes references self-closing; any other form is left for mammoth rather than unbalancing the XML.
    if (id === undefined || known[kind].has(id) || !tag.endsWith('/>')) return tag;
    dropped.push({ kind, id });
    return '';
  });
  return { xml, dropped };
}

/** The notice for references taken out, or null when there were none. */
export function describeDroppedNoteReferences(dropped: readonly DanglingNoteReference[]): string | null {
  if (dropped.length === 0) return null;
  const names = dropped.slice(0, 5).map((d) => `${d.kind} ${d.id}`).join(', ');
  return `The text refers to ${dropped.length === 1 ? 'a note' : `${dropped.length} notes`} the file does not contain (${names}${dropped.length > 5 ? ', …' : ''}); ${dropped.length === 1 ? 'that reference was' : 'those references were'} left out. Check the original in Word.`;
}
