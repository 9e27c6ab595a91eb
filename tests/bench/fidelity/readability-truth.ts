import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Truth } from './truth-file';

const MARKER = /^\[(?:\d+|[a-z] ?\d+)\]$/u;

/** The truth of a Readability test page: its expected metadata, and the paragraphs, headings and markers of its expected article. */
export function readabilityTruth(dir: string, file: string): Truth {
  const meta = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as { title?: string; lang?: string | null };
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${readFileSync(resolve(dir, 'expected.html'), 'utf8')}</body></html>`);
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const paragraphs = [...document.querySelectorAll('p')].map(text).filter((t) => t !== '');
  // Wikipedia's "[edit]" links sit inside its headings; they are not part of the heading's text.
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => text(h).replace(/\[edit\]$/u, '').trim());
  const truth: Truth = { file, headings: headings.filter((t) => t !== '') };
  if (meta.title) truth.title = meta.title;
  if (meta.lang) truth.lang = meta.lang;
  if (paragraphs.length > 0) {
    truth.paragraphs = paragraphs.length;
    truth.firstParagraph = paragraphs[0] ?? '';
    truth.lastParagraph = paragraphs[paragraphs.length - 1] ?? '';
  }
  const markers = [...document.querySelectorAll('sup')].map(text).filter((t) => MARKER.test(t));
  if (markers.length > 0) truth.markers = [...new Set(markers)];
  return truth;
}
