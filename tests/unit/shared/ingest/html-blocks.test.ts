import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { htmlToBlocks, markersWithoutEntryNotice } from '../../../../shared/ingest/html-blocks';

// The block builder only needs a DOM; linkedom gives one here as it does in the ingest worker.
function blocksOf(body: string, title?: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const result = htmlToBlocks(document.body, title === undefined ? {} : { title });
  return { drafts: result.drafts.map((d) => [d.kind, d.text, ...(d.level ? [d.level] : [])]), references: result.references };
}

describe('htmlToBlocks', () => {
  it('reads headings, paragraphs, list items, quotes, code and loose text as blocks', () => {
    const { drafts } = blocksOf(`
      <h1>Title</h1><h2>Supply <span class="mw-editsection">[edit]</span></h2>
      <div>Loose text in a div <b>with bold</b></div>
      <p>Para one,<br>second line.</p>
      <ul><li>Item one<ul><li>Nested item</li></ul></li><li><p>Item two</p></li></ul>
      <blockquote><p>Quoted.</p></blockquote>
      <pre>  indented
code</pre>
      <script>alert(1)</script><style>p{}</style><p hidden>secret</p>`, 'Title');
    expect(drafts).toEqual([
      ['heading', 'Supply', 2],
      ['paragraph', 'Loose text in a div with bold'],
      ['paragraph', 'Para one,\nsecond line.'],
      ['list-item', 'Item one'],
      ['list-item', 'Nested item'],
      ['list-item', 'Item two'],
      ['quote', 'Quoted.'],
      ['code', '  indented\ncode'],
    ]);
  });

  it('writes data tables as tab-separated rows and reads layout tables as blocks', () => {
    expect(blocksOf('<table><caption>Output</caption><tr><th>Country</th><th>Share</th></tr><tr><td>China</td><td>70%</td></tr></table>').drafts).toEqual([
      ['paragraph', 'Output'],
      ['table', 'Country\tShare\nChina\t70%'],
    ]);
    expect(blocksOf('<table><tr><td><p>Note</p></td></tr><tr><td><p>A layout cell.</p><p>Two paragraphs.</p></td></tr></table>').drafts).toEqual([
      ['paragraph', 'Note'],
      ['paragraph', 'A layout cell.'],
      ['paragraph', 'Two paragraphs.'],
    ]);
  });

  it('joins CJK text wrapped in the source without a space, and keeps Latin word spaces', () => {
    expect(blocksOf('<p>中国的稀土\n  产量 is high\n  in 2024</p>').drafts).toEqual([['paragraph', '中国的稀土产量 is high in 2024']]);
  });

  it('takes a Wikipedia reference list out of the text and writes markers as [n]', () => {
    const { drafts, references } = blocksOf(`
      <p>Claim.<sup class="reference"><a href="#cite_note-a-1">[1]</a></sup> Again<sup><a href="https://en.wikipedia.org/wiki/X#cite_note-2">[2]</a></sup>.</p>
      <h2>References</h2>
      <div class="reflist"><ol class="references">
        <li id="cite_note-a-1"><span class="mw-cite-backlink"><a href="#cite_ref-a_1-0">^</a></span> <span class="reference-text"><a href="/wiki/Author">Author</a>. <a class="external" href="https://example.org/book">Book</a>.</span></li>
        <li id="cite_note-2"><b><a href="#cite_ref-2">^</a></b> Second.</li>
      </ol></div>`);
    expect(drafts).toEqual([['paragraph', 'Claim.[1] Again[2].']]);
    expect(references).toEqual([
      { n: 1, text: 'Author. Book.', url: 'https://example.org/book' },
      { n: 2, text: 'Second.' },
    ]);
  });

  it('reads an ordered list under a 参考文献 heading as references, numbered by position', () => {
    const { drafts, references } = blocksOf('<p>正文<a href="#r2">[2]</a>。</p><h3>参考文献</h3><ol><li id="r1">甲</li><li id="r2">乙</li></ol><h3>后记</h3><p>完。</p>');
    expect(references.map((r) => [r.n, r.text])).toEqual([
      [1, '甲'],
      [2, '乙'],
    ]);
    expect(drafts).toEqual([
      ['paragraph', '正文[2]。'],
      ['heading', '后记', 3],
      ['paragraph', '完。'],
    ]);
  });

  it('renumbers Word endnotes by position and drops their back links', () => {
    const { drafts, references } = blocksOf(
      '<p>Ouch<sup><a href="#endnote-2" id="endnote-ref-2">[1]</a></sup>.</p><ol><li id="endnote-2"><p> A tachyon. <a href="#endnote-ref-2">↑</a></p></li></ol>',
    );
    expect(drafts).toEqual([['paragraph', 'Ouch[1].']]);
    expect(references).toEqual([{ n: 1, text: 'A tachyon.' }]);
  });

  it('keeps two note lists apart: labels from the markers, or the list\'s own numbering (start) where no marker points', () => {
    const { document } = parseHTML(`<!doctype html><html><head></head><body>
      <p>A note.<sup><a href="#cite_note-a">[n 1]</a></sup> A source.<sup><a href="#cite_note-b">1</a></sup> Lost.<sup><a href="#cite_note-gone">[7]</a></sup></p>
      <h2>Notes</h2><ol class="references"><li id="cite_note-a">The note.</li></ol>
      <h2>Sources</h2><ol class="references" start="1"><li id="cite_note-b">First.</li><li id="cite_note-c">Second, never cited.</li></ol>
    </body></html>`);
    const result = htmlToBlocks(document.body);
    expect(result.drafts.map((d) => d.text)).toEqual(['A note.[n 1] A source.[1] Lost.[7]']);
    expect(result.references).toEqual([
      { n: 1, text: 'The note.', list: 'Notes', label: 'n 1' },
      { n: 2, text: 'First.', list: 'Sources', label: '1' },
      { n: 3, text: 'Second, never cited.', list: 'Sources', label: '2' },
    ]);
    expect(result.markersWithoutEntry).toEqual(['[7]']);
    expect(markersWithoutEntryNotice(['[7]', '[8]'])).toMatch(/^2 markers in the text \(\[7\], \[8\]\) name reference entries missing/u);
    expect(markersWithoutEntryNotice(result.markersWithoutEntry)).toBe(
      "1 marker in the text ([7]) names a reference entry missing from the page's lists; it is kept as written, and cannot be resolved.",
    );
  });

  it('leaves an ordinary ordered list and its links alone', () => {
    const { drafts, references } = blocksOf('<h2>Steps</h2><ol><li>One <a href="#top">[1]</a></li><li>Two</li></ol>');
    expect(references).toEqual([]);
    expect(drafts).toEqual([
      ['heading', 'Steps', 2],
      ['list-item', 'One [1]'],
      ['list-item', 'Two'],
    ]);
  });

  it('uses the TeX of Wikipedia formula images and ignores other images', () => {
    const { drafts } = blocksOf('<p>If <img alt="{\\displaystyle A}"> is Hermitian <img alt="A photo of a matrix"> then.</p>');
    expect(drafts).toEqual([['paragraph', 'If A is Hermitian then.']]);
  });

  it("keeps the TeX of MediaWiki's formula images whose alt text is not wrapped in \\displaystyle", () => {
    // From the corpus page readability/wikipedia-3 (Hermitian matrix): the MathML beside the image is hidden.
    const { drafts } = blocksOf(
      '<p>for any pair of vectors <span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;">' +
        '<math alttext="{\\displaystyle v,w}"><semantics><annotation encoding="application/x-tex">{\\displaystyle v,w}</annotation></semantics></math></span>' +
        '<img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/6425c6e94fa47976601cb44d7564b5d04dcfbfef" class="mwe-math-fallback-image-inline" aria-hidden="true" alt="v,w" /></span>, ' +
        'where <img class="mwe-math-fallback-image-inline" aria-hidden="true" alt="{\\displaystyle \\langle \\cdot ,\\cdot \\rangle }" /> denotes the inner product; ' +
        'the minimum value <img class="mwe-math-fallback-image-inline" aria-hidden="true" alt="\\lambda_\\min" />.</p>',
    );
    expect(drafts).toEqual([['paragraph', 'for any pair of vectors v,w , where \\langle \\cdot ,\\cdot \\rangle denotes the inner product; the minimum value \\lambda_\\min .']]);
  });

  it('lays blocks end to end with paragraph numbers that skip headings', () => {
    const { document } = parseHTML('<!doctype html><html><head></head><body><h2>H</h2><p>A</p><ul><li>B</li></ul></body></html>');
    const { blocks } = buildBlocks(htmlToBlocks(document.body).drafts);
    expect(blocks.map((b) => b.paragraph)).toEqual([undefined, 1, 2]);
  });
});
