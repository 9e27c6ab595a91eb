import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BriefingDocument, ClaimBlock } from '../../../../../shared/briefing/briefing-document';
import { DOCUMENT_LABELS } from '../../../../../shared/briefing/document-labels';
import { noteReferenceParts } from '../../../../../shared/briefing/note-references';
import { scriptOfLanguage, splitByScript, type Script } from '../../../../../shared/briefing/script-runs';

// Word's own default Latin font, and the Chinese font every Windows since Vista has; Word for Mac and LibreOffice
// substitute a CJK font they hold when it is missing, which beats a Latin font showing boxes.
const LATIN_FONT = 'Calibri';
const EAST_ASIAN_FONT = 'Microsoft YaHei';
// A run of Latin text names a Latin font in every slot, East Asian included: Word sets quotes and apostrophes in the
// East Asian font when the language is Chinese, and "China’s" would read "China’ s". A CJK run keeps both fonts and
// hints that its shared characters are East Asian, so Chinese quotes stay full-width.
const RUN_FONTS: Record<Script, { ascii: string; hAnsi: string; cs: string; eastAsia: string; hint?: string }> = {
  latin: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: LATIN_FONT },
  cjk: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: EAST_ASIAN_FONT, hint: 'eastAsia' },
};
const LATIN_LANGUAGE = 'en-US';
const EAST_ASIAN_LANGUAGE = 'zh-CN';

type RunStyle = { size?: number; bold?: boolean; italics?: boolean; superScript?: boolean };

/** The text as runs, one per script, each with its own fonts and language (Latin runs in a Chinese document are English). */
function scriptRuns(text: string, docLang: string, style: RunStyle = {}): TextRun[] {
  const docScript = scriptOfLanguage(docLang);
  // Latin text is in the document's language when the document is Latin-script, else (a name, a title) in English.
  const latinLanguage = docScript === 'latin' ? docLang : LATIN_LANGUAGE;
  const language: Record<Script, { value: string; eastAsia: string }> = {
    latin: { value: latinLanguage, eastAsia: latinLanguage },
    cjk: { value: latinLanguage, eastAsia: docScript === 'cjk' ? docLang : EAST_ASIAN_LANGUAGE },
  };
  return splitByScript(text, docScript).map((run) => new TextRun({ ...style, text: run.text, font: RUN_FONTS[run.script], language: language[run.script] }));
}

// Sizes in half-points: 11 pt body text and 9 pt footnotes, Word's defaults for a report.
const BODY_SIZE = 22;
const FOOTNOTE_SIZE = 18;
// A reference list hangs its second and later lines by half an inch (720 twentieths of a point), as styles ask.
const HANGING_INDENT = 720;

/**
 * Renders a briefing as a Word document. Notes become real Word footnotes: the document cites each note exactly once,
 * in order, so Word's own numbering is the briefing's. A numeric style (GB/T 7714) cites sources instead, by the same
 * number wherever they recur, so its references are raised "[1,3]" in the text and listed under that number at the end.
 */
export async function renderDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const labels = DOCUMENT_LABELS[doc.lang];
  const numeric = doc.numbering === 'source';
  const noteText = new Map(doc.footnotes.map((f) => [f.n, f.text]));
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const runs = (text: string, style?: RunStyle) => scriptRuns(text, doc.lang, style);
  const references = (numbers: readonly number[]): (TextRun | FootnoteReferenceRun)[] =>
    noteReferenceParts(numbers, doc.numbering).map((part) => {
      if (numeric || part.n === undefined) return new TextRun({ text: part.text, superScript: true });
      footnotes[String(part.n)] = { children: [new Paragraph({ children: runs(noteText.get(part.n) ?? '', { size: FOOTNOTE_SIZE }) })] };
      return new FootnoteReferenceRun(part.n);
    });
  const claim = (block: ClaimBlock): Paragraph =>
    new Paragraph({
      bullet: { level: 0 },
      children: [...runs(block.text), ...references(block.footnotes), ...(block.dispute ? runs(` ${block.dispute}`, { bold: true }) : [])],
    });

  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) })];
  const meta = [doc.audience && `${labels.audience}${labels.colon}${doc.audience}`, `${labels.date}${labels.colon}${doc.date}`].filter(Boolean);
  children.push(new Paragraph({ children: runs(meta.join('    '), { italics: true }) }));
  if (doc.summary.trim()) children.push(new Paragraph({ children: runs(doc.summary) }));
  for (const section of doc.sections) {
    if (section.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.heading) }));
    for (const block of section.blocks) children.push(block.kind === 'claim' ? claim(block) : new Paragraph({ children: runs(block.text) }));
  }
  if (doc.bibliography) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(doc.bibliography.heading) }));
    for (const entry of doc.bibliography.entries) {
      children.push(new Paragraph({ indent: { left: HANGING_INDENT, hanging: HANGING_INDENT }, children: runs(entry) }));
    }
  }
  if (numeric && doc.footnotes.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(doc.notesHeading) }));
    for (const f of doc.footnotes) {
      children.push(new Paragraph({ indent: { left: HANGING_INDENT, hanging: HANGING_INDENT }, children: runs(`[${f.n}] ${f.text}`) }));
    }
  }

  const document = new Document({
    title: doc.title,
    creator: 'Footnote',
    styles: {
      default: {
        document: {
          run: {
            size: BODY_SIZE,
            font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: EAST_ASIAN_FONT },
            language: { value: doc.lang, eastAsia: 'zh-CN' },
          },
        },
      },
    },
    footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
