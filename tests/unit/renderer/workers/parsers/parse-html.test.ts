import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitationMarkers } from '../../../../../shared/claims/parse-citation-markers';
import { findMarkerTarget } from '../../../../../shared/claims/resolve-markers';
import type { NormalizedDocument } from '../../../../../shared/ingest/normalized-document';
import { parseHtmlFile, parseHtmlPage } from '../../../../../renderer/src/workers/parsers/parse-html';
import { referenceLabel } from '../../../../../shared/model';
import { readShared, SHARED_DIR } from '../../../shared/fixture-paths';
import { comparable, pageNotes } from '../../../shared/page-notes';

// The Readability test pages: each has the page as captured and Readability's expected metadata and article body.
// Every folder is picked up: to add a page, copy one of Readability's test-page folders (source.html, expected.html,
// expected-metadata.json) into ../shared/corpus/readability/ and list it in MANIFEST.md.
const READABILITY_DIR = resolve(SHARED_DIR, 'corpus/readability');
const PAGES = readdirSync(READABILITY_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// The bar: the extracted title matches the expected one on at least 90% of the pages.
const MIN_TITLE_MATCH_RATIO = 0.9;
// Readability's own body and ours differ at the edges (captions, a list turned into paragraphs); a fifth either way still keeps the article.
const PARAGRAPH_COUNT_TOLERANCE = 0.2;

interface ExpectedMetadata {
  title: string;
  byline: string | null;
  lang?: string;
  siteName: string | null;
  publishedTime: string | null;
  dir: string | null;
}

function parsePage(page: string): NormalizedDocument {
  const result = parseHtmlPage(readFileSync(resolve(READABILITY_DIR, page, 'source.html'), 'utf8'), page);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

function expectedOf(page: string): { meta: ExpectedMetadata; paragraphs: string[] } {
  const meta = JSON.parse(readFileSync(resolve(READABILITY_DIR, page, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const html = readFileSync(resolve(READABILITY_DIR, page, 'expected.html'), 'utf8');
  const paragraphs = [...html.matchAll(/<p[\s>][\s\S]*?<\/p>/gu)].map((m) =>
    m[0].replace(/<[^>]+>/gu, '').replace(/&#?\w+;/gu, ' ').replace(/\s+/gu, ' ').trim(),
  );
  return { meta, paragraphs };
}

function blockTexts(doc: NormalizedDocument, kinds: readonly string[]): string[] {
  return doc.blocks.filter((b) => kinds.includes(b.kind)).map((b) => doc.text.slice(b.start, b.end));
}

const docs = new Map(PAGES.map((page) => [page, parsePage(page)]));

describe('parseHtmlPage on the Readability corpus', () => {
  it(`extracts the expected title on at least ${MIN_TITLE_MATCH_RATIO * 100}% of the pages`, () => {
    const matches = PAGES.filter((page) => docs.get(page)?.meta.title === expectedOf(page).meta.title);
    const ratio = matches.length / PAGES.length;
    console.log(`title match ${matches.length}/${PAGES.length} (${(ratio * 100).toFixed(0)}%)`);
    expect(ratio).toBeGreaterThanOrEqual(MIN_TITLE_MATCH_RATIO);
  });

  it.each(PAGES)('%s keeps the article paragraphs', (page) => {
    const doc = docs.get(page);
    if (!doc) throw new Error(page);
    const { paragraphs } = expectedOf(page);
    const ours = blockTexts(doc, ['paragraph', 'list-item', 'quote']);
    const substantial = paragraphs.filter((p) => p.length >= 40);
    expect(ours.length).toBeGreaterThanOrEqual(Math.floor(substantial.length * (1 - PARAGRAPH_COUNT_TOLERANCE)));
    // Three paragraphs from the start, middle and end of Readability's body appear in ours.
    for (const probe of [0, 0.5, 1].map((at) => substantial[Math.min(substantial.length - 1, Math.floor(at * substantial.length))])) {
      if (!probe) continue;
      const sample = probe.slice(0, 30).replace(/\s+\S*$/u, '');
      expect(doc.text.replace(/\s+/gu, ' ')).toContain(sample);
    }
  });

  it.each(PAGES)('%s carries the expected metadata', (page) => {
    const doc = docs.get(page);
    const { meta } = expectedOf(page);
    if (!doc) throw new Error(page);
    if (meta.siteName) expect(doc.meta.publisher).toBe(meta.siteName);
    if (meta.byline) expect(doc.meta.authors.length).toBeGreaterThan(0);
    if (meta.publishedTime) expect(doc.meta.publishedAt).toBe(meta.publishedTime.slice(0, 16));
    if (meta.dir === 'rtl') expect(doc.meta.dir).toBe('rtl');
    expect(doc.blocks.every((b) => b.paragraph === undefined || b.paragraph > 0)).toBe(true);
  });

  it('reads the Chinese article (no lang attribute) as Chinese, with its byline', () => {
    const doc = docs.get('gmw');
    expect(doc?.meta.lang).toBe('zh');
    expect(doc?.meta.authors).toEqual(['肖春芳']);
  });

  it('splits multi-author and "By" bylines into names', () => {
    expect(docs.get('lemonde-1')?.meta.authors).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
    expect(docs.get('medicalnewstoday')?.meta.authors).toEqual(['Ana Sandoiu']);
    expect(docs.get('lemonde-1')?.meta.lang).toBe('fr');
  });

  it('makes the Hermitian matrix references a 5-entry list, with 6 markers left in the text', () => {
    const doc = docs.get('wikipedia-3');
    if (!doc) throw new Error('wikipedia-3');
    expect(doc.references).toHaveLength(5);
    expect(doc.references[0]?.text).toMatch(/^Frankel, Theodore \(2004\)\. The Geometry of Physics/u);
    expect(doc.references[0]?.url).toMatch(/^https:\/\/books\.google\.com/u);
    const markers = parseCitationMarkers(doc.text);
    expect(markers).toHaveLength(6);
    expect(markers.flatMap((m) => m.numbers).every((n) => n >= 1 && n <= 5)).toBe(true);
    // The list is not body text, and its section heading and the "[edit]" links are gone.
    expect(doc.text).not.toContain('The Geometry of Physics');
    expect(doc.text).not.toContain('[edit]');
    expect(blockTexts(doc, ['heading'])).not.toContain('References');
  });

  it('reads the time-loop films list: 80 entries, markers with absolute URLs resolved, the big table as rows', () => {
    const doc = docs.get('wikipedia-4');
    if (!doc) throw new Error('wikipedia-4');
    expect(doc.references).toHaveLength(80);
    const markers = parseCitationMarkers(doc.text);
    expect(markers.length).toBeGreaterThanOrEqual(80);
    expect(Math.max(...markers.flatMap((m) => m.numbers))).toBe(80);
    const table = blockTexts(doc, ['table'])[0] ?? '';
    expect(table.split('\n').length).toBeGreaterThan(50);
    expect(table.split('\n')[1]?.split('\t').length).toBeGreaterThanOrEqual(3);
  });
});

describe('parseHtmlFile on other real pages', () => {
  it('reads the Hypothesis Wikipedia baseline with its 10 references', async () => {
    const result = await parseHtmlFile(readShared('corpus/hypothesis/html-baselines/wikipedia-regression-testing.html'), 'w');
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.references).toHaveLength(10);
    expect(parseCitationMarkers(result.doc.text).length).toBeGreaterThanOrEqual(10);
  });

  it('reads the Debian Reference preface in English and Simplified Chinese', async () => {
    const en = await parseHtmlFile(readShared('corpus/documents/debian-reference/pr01.en.html'), 'pr01.en');
    const zh = await parseHtmlFile(readShared('corpus/documents/debian-reference/pr01.zh-cn.html'), 'pr01.zh-cn');
    if (!en.ok || !zh.ok) throw new Error('debian-reference');
    // The English page declares no language, so only its script is known.
    expect(en.doc.meta.lang).toBe('en');
    expect(zh.doc.meta.lang).toBe('zh');
    expect(en.doc.blocks.length).toBeGreaterThan(5);
    expect(zh.doc.blocks.length).toBeGreaterThan(5);
    expect(zh.doc.text).toMatch(/\p{Script=Han}{4}/u);
  });

  it('decodes a GBK page by its http-equiv charset', async () => {
    const result = await parseHtmlFile(readShared('corpus/documents/text/charsets/gbk.html'), 'gbk');
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.meta.title).toBe('标题');
    expect(result.doc.text).toContain('主体');
    expect(result.doc.meta.lang).toBe('zh');
  });
});

describe('parseHtmlPage on hostile pages', () => {
  const XSS_PAGE = `<!doctype html><html lang="en"><head><title>Payloads</title>
    <meta http-equiv="refresh" content="0;url=javascript:alert(1)"><script>alert('head')</script></head>
    <body onload="alert('body')"><article><h1>Payloads</h1>
    <p>First paragraph with an image <img src=x onerror="alert('img')"> and a <a href="javascript:alert('link')">link</a>.</p>
    <p onclick="alert('p')">Second paragraph <svg onload="alert('svg')"><script>alert('svg script')</script></svg>
    <iframe src="javascript:alert('iframe')"></iframe><a href="  JaVaScRiPt:alert('mixed')">mixed case</a>.</p>
    <script>document.write('<p>injected</p>')</script><noscript><p title="</noscript><img src=x onerror=alert('noscript')>">x</p></noscript>
    <p>Third paragraph is long enough to be a real article paragraph that Readability will keep around for us.</p>
    <ol class="references"><li id="cite_note-1"><a href="javascript:alert('ref')">Evil ref</a> <a href="data:text/html,<script>alert(1)</script>">data</a></li></ol>
    </article></body></html>`;

  it('lets no script, handler or javascript: URL into any output', () => {
    const result = parseHtmlPage(XSS_PAGE, 'xss');
    if (!result.ok) throw new Error(result.error);
    const output = JSON.stringify(result.doc);
    expect(output).not.toMatch(/<script|javascript:|onerror|onload|onclick|alert\(|data:text/iu);
    expect(result.doc.text).toContain('First paragraph with an image and a link.');
    expect(result.doc.references).toEqual([{ n: 1, text: 'Evil ref data' }]);
  });
});

describe('parseHtmlPage keeps keyed markers as written (an RFC page)', () => {
  it('keeps [HTTP], [WORDS] and the other keys of ietf-1 in the text, never numbered', () => {
    const doc = docs.get('ietf-1');
    if (!doc) throw new Error('ietf-1');
    for (const key of ['[WORDS]', '[HTTP]', '[HTTPS]', '[OAUTH]', '[KERBEROS]', '[WEBFINGER]']) expect(doc.text).toContain(key);
    // Its keyed reference list, preformatted text across three pages, becomes the reference list, each entry under
    // its key, and leaves the body.
    expect(doc.text).not.toMatch(/Fielding et al\., "Hypertext Transfer Protocol/u);
    expect(doc.references.map((r) => r.label)).toEqual([
      'WORDS', 'IRI', 'WEBFINGER', 'OAUTH', 'HTTPS', 'HTTP', 'COND', 'RANGE', 'SPDY', 'JSON-LD', 'CORS', 'MANIFEST', 'DATASTORE', 'KERBEROS', 'BEARER', 'AUTHORING',
    ]);
    expect(doc.references.find((r) => r.label === 'HTTP')?.text).toBe('Fielding et al., "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content", RFC7231, June 2014.');
    // The entry split by a page break is one entry, without the page's footer and header.
    expect(doc.references.find((r) => r.label === 'CORS')?.text).toBe(
      'van Kesteren, Anne (ed), "Cross-Origin Resource Sharing -- W3C Candidate Recommendation 29 January 2013", http://www.w3.org/TR/cors/, January 2013.',
    );
    // A URL the page wrapped at the margin is joined, so the link goes where the page means.
    expect(doc.references.find((r) => r.label === 'AUTHORING')?.url).toBe('https://github.com/michielbdejong/resite/wiki/Using-remoteStorage-for-web-authoring');
  });

  it('resolves a [HTTP] marker to the entry keyed HTTP, and never a key the page does not show', () => {
    const doc = docs.get('ietf-1');
    if (!doc) throw new Error('ietf-1');
    const found = findMarkerTarget(doc, 0, 'reference', 'HTTP');
    expect(found.ok && found.target.kind === 'reference' ? found.target.entry.text : null).toMatch(/^Fielding et al\., "Hypertext Transfer Protocol \(HTTP\/1\.1\): Semantics/u);
    expect(findMarkerTarget(doc, 0, 'reference', 'IRI')).toMatchObject({ ok: true, target: { entry: { label: 'IRI' } } });
    // The draft cites RFC 2119 as [WORDS]; [RFC2119] is not a marker of this page.
    expect(findMarkerTarget(doc, 0, 'reference', 'RFC2119')).toMatchObject({ ok: false, problem: 'no-marker' });
  });
});

describe('parseHtmlPage keeps a page with several note lists as written (Wikipedia, New Zealand)', () => {
  const html = readFileSync(resolve(READABILITY_DIR, 'wikipedia-2', 'source.html'), 'utf8');
  const truth = pageNotes(html);
  const doc = docs.get('wikipedia-2');
  if (!doc) throw new Error('wikipedia-2');

  it('keeps the 11 explanatory notes and the 368 references as two lists, each with its own labels', () => {
    const footnotes = doc.references.filter((r) => r.list === 'Footnotes');
    const citations = doc.references.filter((r) => r.list === 'Citations');
    expect(footnotes.map(referenceLabel)).toEqual(Array.from({ length: 11 }, (_, i) => `n ${i + 1}`));
    expect(citations.map(referenceLabel)).toEqual(Array.from({ length: 368 }, (_, i) => String(i + 1)));
    expect(new Set(doc.references.map((r) => r.n)).size).toBe(doc.references.length);
  });

  it('keeps every marker exactly as the page shows it, [17] as [17] and [n 11] as [n 11]', () => {
    const shown = [...doc.text.matchAll(/\[(?:n )?\d+\]/gu)].map((m) => m[0]);
    expect(new Set(shown)).toEqual(new Set([...truth.keys()].filter((m) => shown.includes(m))));
    expect(doc.text).toContain('"land of the long white cloud")[17]');
    expect(doc.text).toContain('they had no religion.[n 11][283]');
    expect(shown.filter((m) => m.startsWith('[n ')).length).toBeGreaterThanOrEqual(11);
  });

  it('labels each entry as its markers read: the entry labelled 17 is the one the page links [17] to', () => {
    expect(truth.size).toBeGreaterThan(370);
    for (const [marker, note] of truth) {
      const label = marker.slice(1, -1);
      const entries = doc.references.filter((r) => referenceLabel(r) === label);
      expect(entries, marker).toHaveLength(1);
      expect(comparable(entries[0]?.text ?? '')).toContain(comparable(note.text).slice(0, 40));
    }
  });

  it('keeps the marker and entry whose ids look like comments to Readability ([283]), and names markers without entries', () => {
    expect(doc.references.find((r) => r.label === '283')?.text).toMatch(/^"2013 Census QuickStats about culture and identity/u);
    expect(doc.notices.some((n) => n.includes('missing'))).toBe(false);
    const cut = parseHtmlPage(html.replace(/<li id="cite_note-FOOTNOTEKing200341-23">[\s\S]*?<\/li>/u, ''), 'cut');
    if (!cut.ok) throw new Error(cut.error);
    expect(cut.doc.text).toContain('"land of the long white cloud")[17]');
    expect(cut.doc.references.some((r) => r.label === '17')).toBe(false);
    expect(cut.doc.notices).toContainEqual(expect.stringContaining('([17])'));
  });
});
