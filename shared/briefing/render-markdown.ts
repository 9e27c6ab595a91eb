import type { BriefingDocument } from './briefing-document';

// Characters that would start Markdown syntax inside a line of claim text.
const MARKDOWN_SPECIAL = /([\\`*_[\]{}<>#|~])/g;

/** Escapes text so a CommonMark renderer shows it as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, '\\$1')
    .replace(/^(\s*)([-+])(\s)/u, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/u, '$1\\$2$3')
    .replace(/\s*\n\s*/g, ' ');
}

/** Renders a briefing as CommonMark with footnotes (`[^n]`), one bullet a claim, sources at the end. */
export function renderMarkdown(doc: BriefingDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  const meta = [doc.audience && `Audience: ${escapeMarkdown(doc.audience)}`, `Date: ${doc.date}`].filter(Boolean);
  out.push(meta.join('  \n'), '');
  if (doc.summary.trim()) out.push(escapeMarkdown(doc.summary), '');
  for (const section of doc.sections) {
    if (section.heading) out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'prose') out.push(escapeMarkdown(block.text), '');
      else out.push(`- ${escapeMarkdown(block.text)}${block.footnotes.map((n) => `[^${n}]`).join('')}`);
    }
    out.push('');
  }
  if (doc.footnotes.length > 0) {
    out.push('## Sources', '');
    for (const f of doc.footnotes) out.push(`[^${f.n}]: ${escapeMarkdown(f.text)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
