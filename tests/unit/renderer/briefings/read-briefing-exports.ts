import { parseHTML } from 'linkedom';
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';
import { noteReferenceParts, parseNoteReference } from '../../../../shared/briefing/note-references';
import { readDocxPart, wordFootnotes, wordText } from './read-docx-part';

// Reads an exported briefing back as its recipient sees it: each claim's words, the note numbers shown after it and
// its dispute marker, and each note's number and text in the order printed. Every format is read with a parser made
// for it (markdown-it with markdown-it-footnote, an HTML DOM, the parts of the .docx), never with our own renderer.

/** A claim as read back from an export. */
export interface ReadClaim {
  text: string;
  notes: number[];
  dispute: string;
}

/** A briefing as read back from an export. */
export interface ReadBriefing {
  claims: ReadClaim[];
  notes: { n: number; text: string }[];
}

const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A numeric style's reference as printed after a claim ("[1,3-5]"), for finding it in extracted text. */
export function numericReference(numbers: readonly number[]): string {
  return noteReferenceParts(numbers, 'source')
    .map((p) => p.text)
    .join('');
}

/** What every export of the document must show: the document itself, read the same way. */
export function expectedReading(doc: BriefingDocument): ReadBriefing {
  return {
    claims: doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? [{ text: squeeze(b.text), notes: b.footnotes, dispute: squeeze(b.dispute) }] : []))),
    notes: doc.footnotes.map((f) => ({ n: f.n, text: squeeze(f.text) })),
  };
}

// @types/markdown-it-footnote types the plugin against markdown-it's CommonJS typings, which differ in name only.
const footnotePlugin = markdownItFootnote as unknown as PluginSimple;

/** A Markdown export as markdown-it with markdown-it-footnote shows it (the numbers are the plugin's own captions). */
export function readMarkdown(markdown: string): ReadBriefing {
  const html = new MarkdownIt('commonmark').use(footnotePlugin).render(markdown);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const claims = [...document.querySelectorAll('li')]
    .filter((li) => !li.closest('section.footnotes') && li.querySelector('sup.footnote-ref'))
    .map((li) => {
      const notes = [...li.querySelectorAll('sup.footnote-ref a')].map((a) => Number(/\[(\d+)/.exec(a.textContent ?? '')?.[1]));
      const dispute = squeeze(li.querySelector('strong')?.textContent);
      for (const el of li.querySelectorAll('sup, strong')) el.remove();
      return { text: squeeze(li.textContent), notes, dispute };
    });
  const notes = [...document.querySelectorAll('section.footnotes li.footnote-item')].map((li) => {
    for (const back of li.querySelectorAll('a.footnote-backref')) back.remove();
    return { n: Number(/\d+/.exec(li.getAttribute('id') ?? '')?.[0]), text: squeeze(li.textContent) };
  });
  return { claims, notes };
}

/** An HTML export (and so the print view a PDF is made from) as a browser shows it. */
export function readHtml(html: string): ReadBriefing {
  const { document } = parseHTML(html);
  return readDom(document, { claim: 'li.claim', refs: 'sup.fnref', dispute: 'strong.disputed', notes: 'section.footnotes li', label: '.note-label', back: 'a.backref' });
}

/** The preview as the app renders it (static markup of the React component). */
export function readPreview(markup: string): ReadBriefing {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);
  return readDom(document, { claim: 'p.briefing-claim', refs: 'sup.note-refs', dispute: 'strong.briefing-disputed', notes: 'section.footnotes li', label: '.note-label', back: 'a.backref' });
}

interface DomSelectors {
  claim: string;
  refs: string;
  dispute: string;
  notes: string;
  label: string;
  back: string;
}

function readDom(document: ReturnType<typeof parseHTML>['document'], sel: DomSelectors): ReadBriefing {
  const claims = [...document.querySelectorAll(sel.claim)].map((el) => {
    const notes = [...el.querySelectorAll(sel.refs)].flatMap((sup) => parseNoteReference(sup.textContent ?? ''));
    const dispute = squeeze(el.querySelector(sel.dispute)?.textContent);
    for (const child of el.querySelectorAll(`${sel.refs}, ${sel.dispute}`)) child.remove();
    return { text: squeeze(el.textContent), notes, dispute };
  });
  const notes = [...document.querySelectorAll(sel.notes)].map((li) => {
    // The number the reader sees: a numeric style's printed "[n]", else the ordered list's own number.
    const label = li.querySelector(sel.label);
    const n = label ? parseNoteReference(label.textContent ?? '')[0] : Number(li.getAttribute('value'));
    for (const el of li.querySelectorAll(`${sel.label}, ${sel.back}`)) el.remove();
    return { n: n ?? NaN, text: squeeze(li.textContent) };
  });
  return { claims, notes };
}

/**
 * A Word export as Word shows it: footnotes numbered in the order their references appear (whatever their ids), or,
 * in a numeric style, the raised "[1,3]" after each claim and the "[n] entry" paragraphs under the notes heading.
 */
export function readDocx(bytes: Uint8Array, notesHeading: string): ReadBriefing {
  const documentXml = readDocxPart(bytes, 'word/document.xml') ?? '';
  const footnoteTexts = wordFootnotes(readDocxPart(bytes, 'word/footnotes.xml') ?? '');
  const paragraphs = [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
  const claims: ReadClaim[] = [];
  const notes: { n: number; text: string }[] = [];
  let wordNote = 0;
  let inNotes = false;
  for (const p of paragraphs) {
    const text = squeeze(wordText(p));
    if (/<w:numPr>/.test(p)) {
      let words = '';
      let raised = '';
      let dispute = '';
      const numbers: number[] = [];
      for (const run of p.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
        const body = run[1] ?? '';
        const ref = /<w:footnoteReference w:id="(\d+)"\/>/.exec(body);
        if (ref) {
          wordNote += 1;
          numbers.push(wordNote);
          notes.push({ n: wordNote, text: squeeze(footnoteTexts.get(Number(ref[1]))) });
        } else if (/<w:vertAlign w:val="superscript"\/>/.test(body)) raised += wordText(body);
        else if (/<w:b\/>/.test(body)) dispute += wordText(body);
        else words += wordText(body);
      }
      // Word footnotes are separated by raised commas; a numeric style's raised text is the whole reference.
      claims.push({ text: squeeze(words), notes: numbers.length > 0 ? numbers : parseNoteReference(raised), dispute: squeeze(dispute) });
    } else if (/<w:pStyle w:val="Heading1"\/>/.test(p)) {
      inNotes = text === notesHeading;
    } else if (inNotes) {
      const m = /^\[(\d+)\] ([\s\S]*)$/.exec(text);
      if (m) notes.push({ n: Number(m[1]), text: squeeze(m[2]) });
    }
  }
  return { claims, notes };
}
