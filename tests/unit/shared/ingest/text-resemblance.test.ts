import { describe, expect, it } from 'vitest';
import { readAsSameDocument, resemblance, SAME_DOCUMENT_RESEMBLANCE, sketchText } from '../../../../shared/ingest/text-resemblance';
import { readSharedText } from '../fixture-paths';

// Readability's expected output of a corpus page, as paragraphs of plain text (tags dropped; enough for wording).
function pageParagraphs(page: string): string[] {
  const html = readSharedText(`corpus/readability/${page}/expected.html`);
  return html
    .split(/<\/p>|<\/h\d>|<\/li>/u)
    .map((p) => p.replace(/<[^>]*>/gu, ' ').replace(/&[a-z#0-9]+;/giu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((p) => p.length > 0);
}

describe('text resemblance on real pages', () => {
  const bbc = pageParagraphs('bbc-1');
  const gmw = pageParagraphs('gmw');

  it('tells two different pages saved under one name apart (bbc-1 and gmw are both source.html)', () => {
    expect(resemblance(sketchText(bbc.join('\n')), sketchText(gmw.join('\n')))).toBeLessThan(0.05);
    expect(readAsSameDocument(bbc.join('\n'), gmw.join('\n'))).toBe(false);
  });

  it('tells two English news articles apart', () => {
    const a = pageParagraphs('nytimes-1').join('\n');
    const b = pageParagraphs('wapo-1').join('\n');
    expect(resemblance(sketchText(a), sketchText(b))).toBeLessThan(0.05);
  });

  it('tells two Wikipedia articles apart though they share the site’s boilerplate', () => {
    const a = pageParagraphs('wikipedia-3').join('\n');
    const b = pageParagraphs('wikipedia-4').join('\n');
    expect(readAsSameDocument(a, b)).toBe(false);
  });

  it('reads an edited re-save of a page as the same document: a paragraph dropped, one added, a figure changed', () => {
    const edited = bbc.filter((_, i) => i !== 3).map((p, i) => (i === 5 ? p.replace(/\d+/u, '42') : p));
    edited.splice(1, 0, 'Update: the White House later clarified the president’s remarks on gun laws.');
    const r = resemblance(sketchText(bbc.join('\n')), sketchText(edited.join('\n')));
    expect(r).toBeGreaterThan(0.75);
    expect(readAsSameDocument(bbc.join('\n'), edited.join('\n'))).toBe(true);
  });

  it('reads a Chinese page with one paragraph rewritten as the same document, and a tenth of it as not', () => {
    const rewritten = gmw.map((p, i) => (i === 2 ? '本段内容已由编辑重写。' : p)).join('\n');
    expect(readAsSameDocument(gmw.join('\n'), rewritten)).toBe(true);
    const tenth = gmw.join('\n').slice(0, Math.floor(gmw.join('\n').length / 10));
    expect(resemblance(sketchText(gmw.join('\n')), sketchText(tenth))).toBeLessThan(SAME_DOCUMENT_RESEMBLANCE);
  });

  it('reads a short report with most sentences reworded as the same document (the reader test’s re-import)', () => {
    const before = ['Team report', 'Team Alpha reduced latency by twelve percent in the spring release.', 'Storage costs rose slightly over the year as usage grew.', 'The review board met four times and approved the plan.'];
    const after = ['Team report', 'Team Beta reduced latency by ten percent in the autumn release.', 'Storage costs rose sharply over the year as usage grew.', 'A new opening line.', 'The review board met four times and approved the plan.'];
    expect(readAsSameDocument(before.join('\n'), after.join('\n'))).toBe(true);
  });

  it('finds no two of the thirteen different Readability pages alike', () => {
    const pages = ['bbc-1', 'gmw', 'nytimes-1', 'wapo-1', 'wikipedia-2', 'wikipedia-3', 'wikipedia-4', 'ietf-1', 'cnn', 'lemonde-1', 'medicalnewstoday', 'rtl-1', 'aktualne'];
    const sketches = pages.map((p) => sketchText(pageParagraphs(p).join('\n')));
    const highest = Math.max(...sketches.flatMap((a, i) => sketches.slice(i + 1).map((b) => resemblance(a, b))));
    expect(highest).toBeLessThan(0.02);
  });

  it('ignores case and full-width forms, and treats two empty texts as alike and empty against text as not', () => {
    expect(resemblance(sketchText('Rare Earth Output Rose'), sketchText('rare earth output rose'))).toBe(1);
    expect(resemblance(sketchText('ＡＢＣ　ｄｅｆ ghi jkl'), sketchText('ABC def ghi jkl'))).toBe(1);
    expect(resemblance(sketchText(''), sketchText(''))).toBe(1);
    expect(resemblance(sketchText(''), sketchText('some words here now'))).toBe(0);
  });

  it('keeps a bounded sketch of a long text', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `sentence ${i} of a long report`).join(' ');
    expect(sketchText(long).length).toBe(256);
  });
});
