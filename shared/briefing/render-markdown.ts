import type { BriefingDocument } from './briefing-document';
import { DOCUMENT_LABELS } from './document-labels';

// Characters that would start Markdown syntax inside a line of claim text: `&` an entity such as `&copy;`, and `^`
// before a footnote reference an inline footnote (`^[...]`) for markdown-it-footnote.
const MARKDOWN_SPECIAL = /([\\`*_[\]{}<>#|~&^])/g;

/** Escapes text so a CommonMark renderer shows it as written. */
export function escapeMarkdown(text: string): string {
  // Leading spaces would make an indented code block, and a leading - + = a list item, a rule or a heading underline.
  return text
    .trim()
    .replace(MARKDOWN_SPECIAL, '\\$1')
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d+)([.)])(\s|$)/u, '$1\\$2$3')
    .replace(/(?<!\s)\s*\n\s*/g, ' ');
}

/** Renders a briefing as CommonMark with footnotes (`[^n]`, the note's or, in a numeric style, the source's number), one bullet a claim with its dispute marker in bold, the reference list and the notes at the end. */
export function renderMarkdown(doc: BriefingDocument): string {
  const labels = DOCUMENT_LABELS[doc.lang];
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  const meta = [doc.audience && `${labels.audience}${labels.colon}${escapeMarkdown(doc.audience)}`, `${labels.date}${labels.colon}${escapeMarkdown(doc.date)}`].filter(Boolean);
  out.push(meta.join('  \n'), '');
  if (doc.summary.trim()) out.push(escapeMarkdown(doc.summary), '');
  for (const section of doc.sections) {
    if (section.heading) out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'prose') out.push(escapeMarkdown(block.text), '');
      else out.push(`- ${escapeMarkdown(block.text)}${block.footnotes.map((n) => `[^${n}]`).join('')}${block.dispute ? ` **${escapeMarkdown(block.dispute)}**` : ''}`);
    }
    out.push('');
  }
  if (doc.bibliography) {
    out.push(`## ${escapeMarkdown(doc.bibliography.heading)}`, '');
    for (const entry of doc.bibliography.entries) out.push(`- ${escapeMarkdown(entry)}`);
    out.push('');
  }
  if (doc.footnotes.length > 0) {
    out.push(`## ${escapeMarkdown(doc.notesHeading)}`, '');
    for (const f of doc.footnotes) out.push(`[^${f.n}]: ${escapeMarkdown(f.text)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
