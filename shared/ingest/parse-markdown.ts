import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type Token from 'markdown-it/lib/token.mjs';
import type { BlockKind, ReferenceEntry } from '../model';
import { buildBlocks, type DraftBlock } from './build-blocks';
import { detectLanguage } from './detect-language';
import type { NormalizedDocument } from './normalized-document';

// @types/markdown-it-footnote describes the plugin against markdown-it's CommonJS typings, which differ in name only
// from the ESM ones imported here.
const footnotePlugin = footnote as unknown as PluginSimple;
const markdown = new MarkdownIt('commonmark').enable(['table', 'strikethrough']).use(footnotePlugin);

/**
 * Parses Markdown into headings, paragraphs, list items, quotes, code and tables; the first top-level heading is the
 * title. Footnotes (`[^1]`, `^[inline]`) become the reference list, and each reference to one reads `[n]` in the text.
 */
export function parseMarkdown(source: string, fallbackTitle: string): NormalizedDocument {
  const { body, frontTitle } = stripFrontMatter(source.replace(/\r\n?/g, '\n'));
  const tokens = markdown.parse(body, {});
  const { drafts, references } = draftsFromTokens(tokens);
  let title = frontTitle;
  const first = drafts[0];
  if (!title && first?.kind === 'heading' && first.level === 1) {
    title = first.text;
    drafts.shift();
  }
  const { text, blocks } = buildBlocks(drafts);
  return {
    kind: 'markdown',
    text,
    blocks,
    meta: { title: title || fallbackTitle, authors: [], lang: detectLanguage(text || title), tags: [] },
    references,
    notices: [],
  };
}

function stripFrontMatter(source: string): { body: string; frontTitle: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return { body: source, frontTitle: '' };
  const line = (match[1] ?? '').split('\n').find((l) => l.startsWith('title:'));
  const title = line === undefined ? '' : line.slice('title:'.length).trim().replace(/^["']|["']$/gu, '').trim();
  return { body: source.slice(match[0].length), frontTitle: title };
}

function draftsFromTokens(tokens: readonly Token[]): { drafts: DraftBlock[]; references: ReferenceEntry[] } {
  const drafts: DraftBlock[] = [];
  const references: ReferenceEntry[] = [];
  // Inside a footnote, text goes to its reference entry instead of the body.
  let note: { n: number; parts: string[]; url?: string } | null = null;
  // The innermost open container decides what a paragraph inside it becomes.
  const containers: BlockKind[] = [];
  let tableRows: string[] | null = null;
  let row: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        break;
      case 'list_item_open':
        containers.push('list-item');
        break;
      case 'blockquote_open':
        containers.push('quote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'heading_open':
        if (note) break;
        drafts.push({ kind: 'heading', text: '', level: Number(token.tag.slice(1)) });
        break;
      case 'paragraph_open':
        if (note) break;
        drafts.push({ kind: containers[containers.length - 1] ?? 'paragraph', text: '' });
        break;
      case 'table_open':
        tableRows = [];
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        tableRows?.push(row.join('\t'));
        break;
      case 'table_close':
        if (tableRows) drafts.push({ kind: 'table', text: tableRows.join('\n') });
        tableRows = null;
        break;
      case 'fence':
      case 'code_block':
        if (note) note.parts.push(token.content.trim());
        else drafts.push({ kind: 'code', text: token.content.replace(/\n$/, '') });
        break;
      case 'footnote_open':
        note = { n: footnoteNumber(token), parts: [] };
        break;
      case 'footnote_close':
        if (note) references.push(referenceEntry(note));
        note = null;
        break;
      case 'inline': {
        const text = inlineText(token);
        if (note) {
          note.parts.push(text);
          note.url ??= firstWebLink(token);
        } else if (tableRows) row.push(text);
        else {
          const last = drafts[drafts.length - 1];
          if (last) last.text = last.text ? `${last.text}\n${text}` : text;
        }
        break;
      }
      default:
        break;
    }
  }
  return { drafts, references: references.sort((a, b) => a.n - b.n) };
}

// markdown-it-footnote numbers footnotes from 0 in the order they are first referenced, as they are rendered.
function footnoteNumber(token: Token): number {
  const id: unknown = (token.meta as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id + 1 : 0;
}

function referenceEntry(note: { n: number; parts: string[]; url?: string }): ReferenceEntry {
  const entry: ReferenceEntry = { n: note.n, text: note.parts.filter((p) => p !== '').join(' ') };
  if (note.url) entry.url = note.url;
  return entry;
}

function firstWebLink(token: Token): string | undefined {
  for (const child of token.children ?? []) {
    const href = child.type === 'link_open' ? child.attrGet('href') : null;
    if (href && /^https?:\/\//i.test(href)) return href;
  }
  return undefined;
}

function inlineText(token: Token): string {
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') out += child.content;
    else if (child.type === 'softbreak') out += ' ';
    else if (child.type === 'hardbreak') out += '\n';
    else if (child.type === 'image') out += child.content;
    else if (child.type === 'footnote_ref') out += `[${footnoteNumber(child)}]`;
  }
  return out.trim();
}
