import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../../shared/ingest/html-blocks';

function read(body: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const result = htmlToBlocks(document.body);
  return { drafts: result.drafts.map((d) => [d.kind, d.text]), references: result.references, missing: result.markersWithoutEntry };
}

describe('reference lists that are not <ol>', () => {
  it('reads DocBook footnotes (div.footnotes > div.footnote) as the note list, the marker kept as written (Debian reference ch01)', () => {
    const { drafts, references, missing } = read(`
      <p>The recent <code class="literal">vim</code>(1) starts itself in the sane "<code class="literal">nocompatible</code>" option and enters into the <code class="literal">NORMAL</code> mode.<a href="#ftn.idm2039" class="footnote" id="idm2039"><sup class="footnote">[1]</sup></a> </p>
      <div class="footnotes">
        <br/>
        <hr/>
        <div id="ftn.idm2039" class="footnote">
          <p><a href="#idm2039" class="para"><sup class="para">[1] </sup></a>Even the older <code class="literal">vim</code> can starts in the sane "<code class="literal">nocompatible</code>" mode by starting it with the "<code class="literal">-N</code>" option.</p>
        </div>
      </div>`);
    expect(drafts).toEqual([['paragraph', 'The recent vim(1) starts itself in the sane "nocompatible" option and enters into the NORMAL mode.[1]']]);
    expect(references).toEqual([{ n: 1, text: 'Even the older vim can starts in the sane "nocompatible" mode by starting it with the "-N" option.' }]);
    expect(missing).toEqual([]);
  });

  it('reads a definition list under "References" as keyed entries (an RFC in xml2rfc v3 HTML), the key as label', () => {
    const { drafts, references } = read(`
      <p>Servers MUST comply with HTTP/1.1 [<a href="#HTTP" class="xref">HTTP</a>] and [<a href="#RFC2119" class="xref">RFC2119</a>].</p>
      <section id="references"><h2 id="name-references">9. References</h2>
      <dl class="references">
        <dt id="HTTP">[HTTP]</dt>
        <dd><span class="refAuthor">Fielding, R., Ed.</span>, <span class="refTitle">"HTTP Semantics"</span>, <span class="seriesInfo">RFC 9110</span>, June 2022, <span>&lt;<a href="https://www.rfc-editor.org/info/rfc9110">https://www.rfc-editor.org/info/rfc9110</a>&gt;</span>.</dd>
        <dt id="RFC2119">[RFC2119]</dt>
        <dd><span class="refAuthor">Bradner, S.</span>, <span class="refTitle">"Key words for use in RFCs to Indicate Requirement Levels"</span>, BCP 14, RFC 2119, March 1997.</dd>
      </dl></section>`);
    // The heading over the list that was taken out goes with it.
    expect(drafts).toEqual([['paragraph', 'Servers MUST comply with HTTP/1.1 [HTTP] and [RFC2119].']]);
    expect(references).toEqual([
      { n: 1, label: 'HTTP', text: 'Fielding, R., Ed., "HTTP Semantics", RFC 9110, June 2022, <https://www.rfc-editor.org/info/rfc9110>.', url: 'https://www.rfc-editor.org/info/rfc9110' },
      { n: 2, label: 'RFC2119', text: 'Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.' },
    ]);
  });

  it('reads paragraphs under 参考文献 or Works cited as entries, a printed key as the label, and keeps them out of the body', () => {
    const zh = read(`
      <p>稀土储量约占全球的三分之一[1]。</p>
      <h2>参考文献</h2>
      <p>[1] 美国地质调查局. 矿产品概要2024[R]. 2024.</p>
      <p>[2] 王小明. 稀土产业发展报告[M]. 北京: 科学出版社, 2023.</p>
      <h2>附录</h2><p>附录正文。</p>`);
    expect(zh.drafts).toEqual([
      ['paragraph', '稀土储量约占全球的三分之一[1]。'],
      ['heading', '附录'],
      ['paragraph', '附录正文。'],
    ]);
    expect(zh.references).toEqual([
      { n: 1, text: '美国地质调查局. 矿产品概要2024[R]. 2024.' },
      { n: 2, text: '王小明. 稀土产业发展报告[M]. 北京: 科学出版社, 2023.' },
    ]);
    const en = read(`<h3>Works cited</h3><p>Achebe, Chinua. <i>Things Fall Apart</i>. Heinemann, 1958.</p><p>Said, Edward. <i>Orientalism</i>. Pantheon, 1978.</p>`);
    expect(en.references.map((r) => r.text)).toEqual(['Achebe, Chinua. Things Fall Apart. Heinemann, 1958.', 'Said, Edward. Orientalism. Pantheon, 1978.']);
    expect(en.drafts).toEqual([]);
  });

  it('leaves paragraphs that introduce a real list under "Notes" in the body', () => {
    const { drafts, references } = read(`<h2>Notes</h2><p>Sources are listed in order of citation.</p><ol><li>First source.</li><li>Second source.</li></ol>`);
    expect(drafts).toEqual([
      ['heading', 'Notes'],
      ['paragraph', 'Sources are listed in order of citation.'],
    ]);
    expect(references.map((r) => r.text)).toEqual(['First source.', 'Second source.']);
  });
});

// Pages written by others (tests/fixtures/html, origins in tests/fixtures/MANIFEST.md): R vignettes made by
// rmarkdown, whose "References" section is paragraphs in `div.section`, with Pandoc's footnotes after it.
describe('reference sections written as paragraphs, on real pages', () => {
  const fixture = (name: string) => readFileSync(resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../fixtures/html', name), 'utf8');
  const page = (name: string) => {
    const { document } = parseHTML(fixture(name));
    const result = htmlToBlocks(document.body);
    return { texts: result.drafts.map((d) => d.text), references: result.references };
  };

  it('reads the two paragraphs under "References" as its entries, and the footnotes after the section as "Footnotes" (brms_missings.html)', () => {
    const { texts, references } = page('brms_missings.html');
    expect(references.map((r) => [r.list, r.text.slice(0, 48)])).toEqual([
      ['References', 'Buuren, S. V. & Groothuis-Oudshoorn, K. (2010). '],
      ['References', 'Zhou, X. & Reiter, J. P. (2010). A Note on Bayes'],
      ['Footnotes', 'Actually, there is a third approach that only ap'],
      ['Footnotes', 'We don’t really need this for bmi, since bmi is '],
    ]);
    expect(references[1]?.text).toBe('Zhou, X. & Reiter, J. P. (2010). A Note on Bayesian Inference After Multiple Imputation. The American Statistician, 64(2), 159-163. doi.org/10.1198/tast.2010.09109');
    expect(texts.filter((t) => /^(?:Buuren|Zhou), /u.test(t))).toEqual([]);
    expect(texts).toContain('Summarizing and post-processing the model continues to work as usual.');
  });

  it('reads five paragraph entries with links and an anchor in them (graphical-ppcs.html)', () => {
    const { texts, references } = page('graphical-ppcs.html');
    expect(references.map((r) => r.text.slice(0, 30))).toEqual(['Buerkner, P. (2017). brms: Bay', 'Gabry, J., and Goodrich, B. (2', 'Gabry, J. , Simpson, D. , Veht', 'Gelman, A., Carlin, J. B., Ste', 'Stan Development Team. Stan Mo']);
    expect(references[0]?.url).toBe('https://CRAN.R-project.org/package=brms');
    expect(texts.filter((t) => t.startsWith('Stan Development Team.'))).toEqual([]);
  });
});
