import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifierLikeAuthor, identifierLikeTitle } from '../../../../shared/briefing/identifier-metadata';
import { authorsFromByline } from '../../../../shared/ingest/byline';
import { readSharedText, SHARED_DIR } from '../fixture-paths';

interface CslLike {
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
}

/** Titles and author names people wrote, from the real corpus: Readability's page metadata and three reference lists. */
function corpusMetadata(): { titles: string[]; authors: string[] } {
  const titles: string[] = [];
  const authors: string[] = [];
  const pages = join(SHARED_DIR, 'corpus/readability');
  for (const page of readdirSync(pages).filter((p) => existsSync(join(pages, p, 'expected-metadata.json')))) {
    const meta = JSON.parse(readSharedText(`corpus/readability/${page}/expected-metadata.json`)) as { title?: string; byline?: string | null };
    if (meta.title) titles.push(meta.title);
    authors.push(...authorsFromByline(meta.byline));
  }
  for (const file of ['commonmeta-py/csl-list.json', 'citation-js/bibtex-csl.json', 'citation-js/biblatex-csl.json']) {
    const items = JSON.parse(readSharedText(`corpus/citations/${file}`)) as CslLike[];
    for (const item of items) {
      if (item.title) titles.push(item.title);
      for (const a of item.author ?? []) authors.push(a.literal ?? [a.given, a.family].filter(Boolean).join(' '));
    }
  }
  return { titles, authors };
}

describe('identifier-like metadata', () => {
  it('flags the file code and login a PDF gives as its title and author (pdf-parse 1.1.1 test data, 04-valid.pdf)', () => {
    expect(identifierLikeTitle('sag-39-3-4-0902-21:sag-0')).toBe('it is a code');
    expect(identifierLikeAuthor('tubitak')).toBe('it is one lower-case word');
  });

  it('flags what office software writes into the fields', () => {
    expect(identifierLikeTitle('Microsoft Word - rare_earths_v2.docx')).toBeDefined();
    expect(identifierLikeTitle('report_final.pdf')).toBe('it is a file name');
    expect(identifierLikeTitle('Untitled')).toBeDefined();
    expect(identifierLikeTitle('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe('it is a code');
    expect(identifierLikeAuthor('Administrator')).toBe('it is a placeholder');
    expect(identifierLikeAuthor('jdoe@example.org')).toBe('it is an e-mail address');
    expect(identifierLikeAuthor('user01')).toBe('it holds digits');
  });

  it('leaves every real title and author of the corpus alone', () => {
    const { titles, authors } = corpusMetadata();
    expect(titles.length).toBeGreaterThan(50);
    expect(authors.length).toBeGreaterThan(50);
    expect(titles.filter((t) => identifierLikeTitle(t) !== undefined)).toEqual([]);
    expect(authors.filter((a) => identifierLikeAuthor(a) !== undefined)).toEqual([]);
  });

  it('leaves short titles with a number or two, and the seed summary’s titles, alone', () => {
    for (const title of ['COVID-19', 'H5N1', 'remoteStorage', 'Hermitian matrix', '美日稀土协议难破中国“封锁”', 'Mineral commodity summaries 2025', 'RFC 2119']) {
      expect(identifierLikeTitle(title)).toBeUndefined();
    }
    for (const author of ['Sou Hu Cai Jing', '肖春芳', 'Jong, Michiel de', 'U.S. Geological Survey']) expect(identifierLikeAuthor(author)).toBeUndefined();
  });
});
