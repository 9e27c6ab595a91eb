import { describe, expect, it } from 'vitest';
import { isFrontMatterLine, isPoorInfoAuthor, isPoorInfoTitle, personNames } from '../../../../shared/ingest/pdf-front-matter';
import { pdfDocument } from '../../../../shared/ingest/pdf-document';
import type { PdfLine, PdfTextItem } from '../../../../shared/ingest/pdf-lines';

const line = (text: string, y: number): PdfLine => ({ text, x: 50, right: 500, y, size: 9 });

describe('PDF metadata that is not the work’s title or author', () => {
  it('sets aside identifiers, file names, figure names and journal names as titles (04-valid.pdf, wonderland_short.pdf)', () => {
    expect(isPoorInfoTitle('sag-39-3-4-0902-21:sag-0')).toBe(true);
    expect(isPoorInfoTitle('fig3_nitric_oxide.eps')).toBe(true);
    expect(isPoorInfoTitle('Solar Energy Materials and Solar Cells journal')).toBe(true);
    expect(isPoorInfoTitle('zoo: An S3 Class and Methods for Indexed Totally Ordered Observations')).toBe(false);
  });

  it('sets aside an account name as author, keeps a person', () => {
    expect(isPoorInfoAuthor('tubitak')).toBe(true);
    expect(isPoorInfoAuthor('Achim Zeileis, Gabor Grothendieck')).toBe(false);
  });
});

describe('isFrontMatterLine', () => {
  // 02-valid.pdf: the journal's name drawn large on page 1 is in the running header of the pages after it.
  const pages = [1, 2, 3].map((page) => ({
    page,
    lines: [line('Y. Özen et al. / Solar Energy Materials & Solar Cells 137 (2015) 1–5', 780), line('body text', 400), line(String(page), 40)],
  }));

  it('tells the byline and the masthead from section headings', () => {
    expect(isFrontMatterLine('Yunus Özen a,b,n, Nihan Akın a,b, Barış Kınacı c, Süleyman Özçelik a,b', pages)).toBe(true);
    expect(isFrontMatterLine('Solar Energy Materials & Solar Cells', pages)).toBe(true);
    expect(isFrontMatterLine('1. Introduction', pages)).toBe(false);
    expect(personNames('Andreas Gal∗+, Brendan Eich∗, Mike Shaver∗')).toEqual(['Andreas Gal', 'Brendan Eich', 'Mike Shaver']);
  });

  it('does not take a heading for the masthead because its words turn up once at a page edge (the Bitcoin paper)', () => {
    const once = [{ page: 1, lines: [line('1. Introduction', 700)] }, { page: 2, lines: [line('[8] W. Feller, "An introduction to probability theory and its applications," 1957.', 60)] }];
    expect(isFrontMatterLine('1. Introduction', once)).toBe(false);
  });
});

describe('a metadata title that is the journal’s name', () => {
  // The layout of 04-valid.pdf (Turk J Med Sci 2009; 39 (3): 361-365): the journal's name top right on page 1 and at
  // the end of the running header of every later page.
  const item = (str: string, x: number, y: number, size = 11): PdfTextItem => ({ str, x, y, width: str.length * size * 0.5, size });
  const body = (y: number) => item('The benefits of exercising have been proven plenty of times. However, negative changes can also be expected.', 60, y);
  const page1 = [
    item('Turk J Med Sci', 413, 797, 9),
    item('Acute effect of speed exercise on nitric oxide (NO)', 180, 701, 16),
    item('level of footballers', 286, 682, 16),
    item('Özcan SAYGIN', 40, 660, 11),
    ...[600, 586, 572, 558].map(body),
  ];
  const later = [item('SAYGIN, Ö', 60, 790, 8), item('Effect of speed exercise on NO in footballers', 200, 790, 8), item('Turk J Med Sci', 450, 790, 8), ...[700, 686, 672].map(body)];
  const content = (title: string) => ({ pages: [{ page: 1, items: page1 }, { page: 2, items: later }, { page: 3, items: later }], info: { title, author: 'tubitak' } });

  it('is set aside for the printed title, as an identifier would be', () => {
    expect(pdfDocument(content('Turk J Med Sci'), 'file').meta.title).toBe('Acute effect of speed exercise on nitric oxide (NO) level of footballers');
  });

  it('while a real metadata title is kept', () => {
    expect(pdfDocument(content('Acute effect of speed exercise on nitric oxide level of footballers'), 'file').meta.title).toBe('Acute effect of speed exercise on nitric oxide level of footballers');
  });
});
