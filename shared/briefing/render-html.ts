import type { BriefingDocument, ClaimBlock } from './briefing-document';
import { DOCUMENT_LABELS } from './document-labels';
import { noteReferenceParts } from './note-references';
import { PRINT_STYLESHEET } from './print-stylesheet';
import { runLanguage, scriptOfLanguage, splitByScript } from './script-runs';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text and marks each run in another script than the document's with its `lang`, so the print stylesheet
 * sets it in fonts made for it (a Chinese source title in an English note, an English name in a Chinese briefing).
 */
export function escapeHtmlByScript(text: string, docLang: string): string {
  const docScript = scriptOfLanguage(docLang);
  return splitByScript(text, docScript)
    .map((run) => (run.script === docScript ? escapeHtml(run.text) : `<span lang="${escapeHtml(runLanguage(run))}">${escapeHtml(run.text)}</span>`))
    .join('');
}

// The exported file runs nothing and loads nothing: only its own inline style is allowed.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** Renders a briefing as one self-contained HTML file with print CSS: every claim footnoted, notes as an ordered list with links back, all text escaped. */
export function renderHtml(doc: BriefingDocument): string {
  const labels = DOCUMENT_LABELS[doc.lang];
  const text = (t: string) => escapeHtmlByScript(t, doc.lang);
  const refCount = new Map<number, number>();
  const references = (numbers: readonly number[]): string => {
    if (numbers.length === 0) return '';
    const parts = noteReferenceParts(numbers, doc.numbering).map((part) => {
      if (part.n === undefined) return escapeHtml(part.text);
      const k = (refCount.get(part.n) ?? 0) + 1;
      refCount.set(part.n, k);
      return `<a href="#fn-${part.n}" id="fnref-${part.n}-${k}" role="doc-noteref">${escapeHtml(part.text)}</a>`;
    });
    return `<sup class="fnref">${parts.join('')}</sup>`;
  };
  const dispute = (block: ClaimBlock): string => (block.dispute ? ` <strong class="disputed">${text(block.dispute)}</strong>` : '');
  const claim = (block: ClaimBlock): string =>
    `<li class="claim${block.unresolved ? ' unresolved' : ''}${block.dispute ? ' disputed' : ''}" data-claim-id="${escapeHtml(block.claimId)}">${text(block.text)}${references(block.footnotes)}${dispute(block)}</li>`;

  const body: string[] = [`<header><h1>${text(doc.title)}</h1>`];
  const meta = [doc.audience && `${labels.audience}${labels.colon}${doc.audience}`, `${labels.date}${labels.colon}${doc.date}`].filter(Boolean);
  body.push(`<p class="meta">${meta.map(text).join(' · ')}</p></header>`);
  if (doc.summary.trim()) body.push(`<p class="summary">${text(doc.summary)}</p>`);
  for (const section of doc.sections) {
    body.push('<section>');
    if (section.heading) body.push(`<h2>${text(section.heading)}</h2>`);
    let inList = false;
    for (const block of section.blocks) {
      if (block.kind === 'claim' && !inList) body.push('<ul class="claims">');
      if (block.kind === 'prose' && inList) body.push('</ul>');
      inList = block.kind === 'claim';
      body.push(block.kind === 'claim' ? claim(block) : `<p class="prose">${text(block.text)}</p>`);
    }
    if (inList) body.push('</ul>');
    body.push('</section>');
  }
  if (doc.bibliography) {
    body.push(`<section class="bibliography"><h2>${text(doc.bibliography.heading)}</h2><ul class="references">`);
    for (const entry of doc.bibliography.entries) body.push(`<li>${text(entry)}</li>`);
    body.push('</ul></section>');
  }
  if (doc.footnotes.length > 0) {
    const numeric = doc.numbering === 'source';
    body.push(`<section class="footnotes${numeric ? ' numeric' : ''}" role="doc-endnotes"><h2>${text(doc.notesHeading)}</h2><ol>`);
    for (const f of doc.footnotes) {
      const backs = Array.from({ length: refCount.get(f.n) ?? 0 }, (_, i) => `<a href="#fnref-${f.n}-${i + 1}" class="backref" role="doc-backlink" aria-label="${escapeHtml(labels.backToText)}">↩</a>`);
      // A numeric style's list reads "[1] entry", as the standard prints it; the number is text, so it survives copying.
      const label = numeric ? `<span class="note-label">[${f.n}]</span> ` : '';
      body.push(`<li id="fn-${f.n}" value="${f.n}">${label}${text(f.text)}${backs.join('')}</li>`);
    }
    body.push('</ol></section>');
  }

  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Footnote">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${PRINT_STYLESHEET}</style>`,
    '</head>',
    '<body>',
    '<article class="briefing">',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
