import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BriefingDocument, ClaimBlock } from '../../../../../shared/briefing/briefing-document';
import { DOCUMENT_LABELS } from '../../../../../shared/briefing/document-labels';

// Word's own default Latin font, and the Chinese font every Windows since Vista has; Word for Mac and LibreOffice
// substitute a CJK font they hold when it is missing, which beats a Latin font showing boxes.
const LATIN_FONT = 'Calibri';
const EAST_ASIAN_FONT = 'Microsoft YaHei';
// Sizes in half-points: 11 pt body text and 9 pt footnotes, Word's defaults for a report.
const BODY_SIZE = 22;
const FOOTNOTE_SIZE = 18;
// A reference list hangs its second and later lines by half an inch (720 twentieths of a point), as styles ask.
const HANGING_INDENT = 720;

/**
 * Renders a briefing as a Word document with real footnotes: one Word footnote per reference in the text, because
 * Word numbers its notes itself and a note referenced twice would confuse it; a note the briefing shares between
 * claims is therefore repeated, with the same text, in each place.
 */
export async function renderDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const labels = DOCUMENT_LABELS[doc.lang];
  const noteText = new Map(doc.footnotes.map((f) => [f.n, f.text]));
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let nextWordNote = 1;
  const reference = (n: number): FootnoteReferenceRun => {
    const id = nextWordNote++;
    footnotes[String(id)] = { children: [new Paragraph({ children: [new TextRun({ text: noteText.get(n) ?? '', size: FOOTNOTE_SIZE })] })] };
    return new FootnoteReferenceRun(id);
  };
  // Adjacent note numbers are parted by a raised comma, or notes 2 and 3 would read as note 23.
  const claim = (block: ClaimBlock): Paragraph =>
    new Paragraph({
      bullet: { level: 0 },
      children: [new TextRun(block.text), ...block.footnotes.flatMap((n, i) => (i === 0 ? [reference(n)] : [new TextRun({ text: ',', superScript: true }), reference(n)]))],
    });

  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] })];
  const meta = [doc.audience && `${labels.audience}${labels.colon}${doc.audience}`, `${labels.date}${labels.colon}${doc.date}`].filter(Boolean);
  children.push(new Paragraph({ children: [new TextRun({ text: meta.join('    '), italics: true })] }));
  if (doc.summary.trim()) children.push(new Paragraph({ children: [new TextRun(doc.summary)] }));
  for (const section of doc.sections) {
    if (section.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) children.push(block.kind === 'claim' ? claim(block) : new Paragraph({ children: [new TextRun(block.text)] }));
  }
  if (doc.bibliography) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.bibliography.heading)] }));
    for (const entry of doc.bibliography.entries) {
      children.push(new Paragraph({ indent: { left: HANGING_INDENT, hanging: HANGING_INDENT }, children: [new TextRun(entry)] }));
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
