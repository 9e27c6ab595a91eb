import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { BlockKind } from '../model';
import { buildBlocks, type DraftBlock } from './build-blocks';
import { detectLanguage } from './detect-language';
import type { NormalizedDocument } from './normalized-document';

const markdown = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

/** Parses Markdown into headings, paragraphs, list items, quotes, code and tables; the first top-level heading is the title. */
export function parseMarkdown(source: string, fallbackTitle: string): NormalizedDocument {
  const { body, frontTitle } = stripFrontMatter(source.replace(/\r\n?/g, '\n'));
  const tokens = markdown.parse(body, {});
  const drafts = draftsFromTokens(tokens);
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
    references: [],
    notices: [],
  };
}

function stripFrontMatter(source: string): { body: string; frontTitle: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return { body: source, frontTitle: '' };
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(match[1] ?? '')?.[1] ?? '';
  return { body: source.slice(match[0].length), frontTitle: title };
}

function draftsFromTokens(tokens: readonly Token[]): DraftBlock[] {
  const drafts: DraftBlock[] = [];
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
        drafts.push({ kind: 'heading', text: '', level: Number(token.tag.slice(1)) });
        break;
      case 'paragraph_open':
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
        drafts.push({ kind: 'code', text: token.content.replace(/\n$/, '') });
        break;
      case 'inline': {
        const text = inlineText(token);
        if (tableRows) row.push(text);
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
  return drafts;
}

function inlineText(token: Token): string {
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') out += child.content;
    else if (child.type === 'softbreak') out += ' ';
    else if (child.type === 'hardbreak') out += '\n';
    else if (child.type === 'image') out += child.content;
  }
  return out.trim();
}
