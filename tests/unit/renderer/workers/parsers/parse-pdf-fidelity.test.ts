import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdfFile } from '../../../../../renderer/src/workers/parsers/parse-pdf';

// Journal PDFs from tests/fixtures/pdf (origins in tests/fixtures/MANIFEST.md).
const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../fixtures/pdf');

async function parse(name: string) {
  const result = await parsePdfFile(new Uint8Array(readFileSync(resolve(FIXTURES, name))), name.replace(/\.pdf$/u, ''));
  if (!result.ok) throw new Error(result.error);
  const doc = result.doc;
  const texts = (kind?: string) => doc.blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
  return { doc, texts };
}

describe('PDF titles and authors from the first page', () => {
  it('takes the printed title and author when the metadata holds an identifier and an account name (04-valid.pdf)', async () => {
    const { doc, texts } = await parse('04-valid.pdf');
    expect(doc.meta.title).toBe('Acute effect of speed exercise on nitric oxide (NO) level of footballers');
    expect(doc.meta.authors).toEqual(['Özcan SAYGIN']);
    expect(doc.meta.lang).toBe('en');
    // The title is the source's title, not its first heading.
    expect(texts('heading')).not.toContain(doc.meta.title);
  });

  it('skips the journal masthead printed above the title, and reads the byline without affiliation marks (02-valid.pdf)', async () => {
    const { doc } = await parse('02-valid.pdf');
    expect(doc.meta.title).toBe('Performance evaluation of a GaInP/GaAs solar cell structure with the integration of AlGaAs tunnel junction');
    expect(doc.meta.authors).toEqual(['Yunus Özen', 'Nihan Akın', 'Barış Kınacı', 'Süleyman Özçelik']);
  });

  it('reads a byline over three lines without the affiliations under it (01-valid.pdf)', async () => {
    const { doc } = await parse('01-valid.pdf');
    expect(doc.meta.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(doc.meta.authors).toHaveLength(16);
    expect(doc.meta.authors[0]).toBe('Andreas Gal');
    expect(doc.meta.authors[15]).toBe('Michael Franz');
  });

  it('keeps a good metadata title and splits its comma-separated authors (zoo.pdf)', async () => {
    const { doc } = await parse('zoo.pdf');
    expect(doc.meta.title).toBe('zoo: An S3 Class and Methods for Indexed Totally Ordered Observations');
    expect(doc.meta.authors).toEqual(['Achim Zeileis', 'Gabor Grothendieck']);
  });
});

describe('PDF noise', () => {
  it('drops running headers set on alternate pages, and the masthead line of page 1 (zoo.pdf, 04-valid.pdf)', async () => {
    const zoo = await parse('zoo.pdf');
    expect(zoo.texts().filter((t) => t.includes('Achim Zeileis, Gabor Grothendieck'))).toEqual([]);
    const turk = await parse('04-valid.pdf');
    expect(turk.texts().filter((t) => t.includes('Effect of speed exercise on NO in footballers'))).toEqual([]);
  });

  it('strips control characters that fonts with their own encodings produce (04-valid.pdf, 02-valid.pdf)', async () => {
    for (const name of ['04-valid.pdf', '02-valid.pdf']) {
      const { doc } = await parse(name);
      // eslint-disable-next-line no-control-regex -- control characters are what must be absent
      expect(doc.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    }
    const { texts } = await parse('04-valid.pdf');
    expect(texts().some((t) => t.startsWith('Figure 1. Average serum NO (U/ml) Levels of footballers'))).toBe(true);
  });
});

describe('PDF reference lists that are not numbered', () => {
  it('reads 12 author–year entries set with a hanging indent across a page break, out of the body (zoo.pdf)', async () => {
    const { doc, texts } = await parse('zoo.pdf');
    expect(doc.references).toHaveLength(12);
    expect(doc.references[0]?.text).toBe('Heywood G (2009). its: Irregular Time Series. Portfolio & Risk Advisory Group and Commerzbank Securities. R package version 1.1.8, URL https://CRAN.R-project.org/src/ contrib/Archive/its/.');
    expect(doc.references[6]?.text).toMatch(/^Wickham H \(2009\)\. ggplot2/u);
    expect(doc.references[7]?.text).toMatch(/^Wuertz D \(2016\)\. Rmetrics: An Environment and Software Collection for Teaching Financial Engineering/u);
    expect(doc.references[11]?.text).toMatch(/^Zeileis A, Leisch F, Hornik K, Kleiber C \(2002\)\. “strucchange/u);
    expect(texts().filter((t) => /^(?:Heywood G|Zeileis A, Leisch F) \(/u.test(t))).toEqual([]);
    // The appendix after the list is body text again.
    expect(texts('heading')).toContain('A. Reference card');
  });

  it('still reads numbered lists in two columns (01-valid.pdf, 04-valid.pdf)', async () => {
    expect((await parse('01-valid.pdf')).doc.references).toHaveLength(19);
    const turk = await parse('04-valid.pdf');
    expect(turk.doc.references).toHaveLength(23);
    expect(turk.doc.references[22]?.text).toMatch(/^Jungersten L, Ambring A, Wall B and Wennmalm A\./u);
  });
});

describe('PDF section headings set in body-size type', () => {
  it('keeps the usual section names as headings, numbered or not (04-valid.pdf, 02-valid.pdf)', async () => {
    const turk = await parse('04-valid.pdf');
    expect(turk.texts('heading')).toEqual(expect.arrayContaining(['Introduction', 'Materials and Methods', 'Results', 'Discussion']));
    const solar = await parse('02-valid.pdf');
    expect(solar.texts('heading')).toEqual(expect.arrayContaining(['1. Introduction', '2. Experimental method', '3. Results and discussion', '4. Conclusion']));
  });
});

describe('PDF subsection titles set in body-size type', () => {
  it('keeps two-level numbered titles as headings under their section, apart from the paragraph they open (zoo.pdf, 01-valid.pdf)', async () => {
    const zoo = await parse('zoo.pdf');
    const zooHeadings = zoo.texts('heading');
    expect(zooHeadings).toEqual(expect.arrayContaining(['2.1. Creation of "zoo" objects', '2.8. NA handling', '3.1. strucchange: Empirical fluctuation processes', '3.4. The classes "yearmon" and "yearqtr": Roll your own index']));
    // After code output that ends in no full stop, the title still stands apart.
    expect(zooHeadings).toContain('2.5. Mathematical operations');
    const section = zoo.doc.blocks.find((b) => zoo.doc.text.slice(b.start, b.end) === '2. The class "zoo" and its methods');
    const subsection = zoo.doc.blocks.find((b) => zoo.doc.text.slice(b.start, b.end) === '2.1. Creation of "zoo" objects');
    expect(subsection?.level).toBeGreaterThan(section?.level ?? 9);
    const pldi = await parse('01-valid.pdf');
    expect(pldi.texts('heading')).toEqual(expect.arrayContaining(['3.1 Traces', '5.1 Optimizations', '6.1 Calling Compiled Traces', '6.6 Correctness']));
    expect(pldi.texts().some((t) => t.startsWith('Because traces are in SSA form'))).toBe(true);
  });

  it('does not take a paragraph line that opens with a decimal for a title (02-valid.pdf: "1.5 global radiation (AM1.5)")', async () => {
    const { texts } = await parse('02-valid.pdf');
    expect(texts('heading').filter((t) => /^\d/u.test(t))).toEqual(['1. Introduction', '2. Experimental method', '3. Results and discussion', '4. Conclusion']);
    expect(texts().some((t) => t.includes('under both dark and air mass 1.5 global radiation (AM1.5)'))).toBe(true);
  });
});

describe('PDF headings that are not sections', () => {
  it('keeps the byline and the journal masthead of page 1 as text, not headings (01-valid.pdf, 02-valid.pdf)', async () => {
    const pldi = await parse('01-valid.pdf');
    expect(pldi.texts('heading').filter((t) => t.includes('Brendan Eich'))).toEqual([]);
    expect(pldi.texts('paragraph').some((t) => t.startsWith('Andreas Gal'))).toBe(true);
    const solar = await parse('02-valid.pdf');
    expect(solar.texts('heading').filter((t) => /Yunus Özen|Solar Energy Materials/u.test(t))).toEqual([]);
    expect(solar.texts('paragraph')).toContain('Solar Energy Materials & Solar Cells');
  });

  it('reads a letter-spaced "a b s t r a c t" as the Abstract heading, and a second title in another language as a heading (02-valid.pdf, 04-valid.pdf)', async () => {
    expect((await parse('02-valid.pdf')).texts('heading')).toContain('abstract');
    expect((await parse('04-valid.pdf')).texts('heading')).toContain('Futbolcularda sürat egzersizinin nitrik oksit (NO) düzeyi üzerine akut etkisi');
  });

  it('does not make headings of a formula set large (the Bitcoin paper, section 11)', async () => {
    const result = await parsePdfFile(new Uint8Array(readFileSync(resolve(FIXTURES, '../../../../shared/corpus/documents/pdf/recognizePDF_test_title.pdf'))), 'bitcoin');
    if (!result.ok) throw new Error(result.error);
    const { doc } = result;
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(headings).toEqual([
      '1. Introduction', '2. Transactions', '3. Timestamp Server', '4. Proof-of-Work', '5. Network', '6. Incentive', '7. Reclaiming Disk Space',
      '8. Simplified Payment Verification', '9. Combining and Splitting Value', '10. Privacy', '11. Calculations', '12. Conclusion',
    ]);
  });
});

describe('PDF paragraphs broken by columns, pages and figures', () => {
  it('rejoins a sentence cut at a column or page foot, past captions and the masthead, and keeps the captions (02-valid.pdf)', async () => {
    const { texts } = await parse('02-valid.pdf');
    const containing = (s: string) => texts().filter((t) => t.includes(s));
    expect(containing('Fig. 5a and b shows')[0]).toContain('defects. It is well known that RMS roughness');
    expect(containing('Tunnel junctions (TJs) are highly doped')[0]).toContain('(AlGaAs/AlGaAs, GaAs/GaAs, AlGaAs/InGaP, AlGaAs/GaAs) for multi-junction SCs');
    expect(containing('According to literature, solar cells')[0]).toContain('bandgaps [39]. III–V Group ternary alloy materials');
    expect(texts()).toContain('Fig. 3. Dispersions of the dopant elements (Si and Be) in the layer.');
    expect(texts().filter((t) => /^(?:defects\.|bandgaps|\(AlGaAs\/AlGaAs)/u.test(t))).toEqual([]);
  });
});

describe('PDF sentences cut by a column or page break, or by a figure set in their way', () => {
  it('joins a short paragraph to the lower-case words that go on with it in the next column (04-valid.pdf)', async () => {
    const { texts } = await parse('04-valid.pdf');
    expect(texts()).toContain('Yamamato et al. state that there is no meaningful difference between the plasma and serum NO levels before and immediately after exercise for aerobic type physical exercise (17).');
    // A caption cut the same way is joined too.
    expect(texts()).toContain('Figure 1. Average serum NO (U/ml) Levels of footballers before and immediately after speed exercise.');
  });

  it('joins a word hyphenated across columns, and a sentence past figures and their captions (01-valid.pdf)', async () => {
    const { texts } = await parse('01-valid.pdf');
    const containing = (s: string) => texts().filter((t) => t.includes(s));
    expect(containing('Researchers have shown how to generate native code with nearly the same structure')).toHaveLength(1);
    expect(containing('the first recorded trace may be a cycle through the inner loop, {i2, i3, i5, α}.')).toHaveLength(1);
    // "Figure 7 shows ..." is a sentence about a figure, not a caption; "Figure 12." at the head of a page is one.
    expect(containing('within the inner loops (because inner loops become hot first), leading to much greater tail duplication.')).toHaveLength(1);
    expect(texts().some((t) => t.startsWith('Figure 12. Fraction of time spent on major VM activities.'))).toBe(true);
  });

  it('keeps the labels of a reference card in place: rows are not pulled above the label they sit under (zoo.pdf, appendix A)', async () => {
    const { texts } = await parse('zoo.pdf');
    const all = texts();
    const label = all.indexOf('Creation of regular series');
    const row = all.findIndex((t) => t.startsWith('zoo(x, order.by, freq) works as above'));
    expect(label).toBeGreaterThan(0);
    expect(row).toBe(label + 1);
    expect(all).toContain('Mathematical operations');
    expect(all).toContain('Rolling functions');
  });

  it('leaves out chart labels drawn in a font whose glyphs map to punctuation codes (01-valid.pdf)', async () => {
    const { texts } = await parse('01-valid.pdf');
    expect(texts().filter((t) => /K\?<\/676|!"# \$!"#/u.test(t))).toEqual([]);
  });
});

describe('Tables and figures placed on the pages of a reference list', () => {
  it('keeps a table drawn after the list in the body, not inside the entry that runs on to the next page (02-valid.pdf)', async () => {
    const { doc, texts } = await parse('02-valid.pdf');
    expect(doc.references).toHaveLength(44);
    expect(doc.references[14]?.text).toBe('J. Chantana, D. Hironiwa, T. Watanabe, S. Teraji, K. Kawamura, T. Minemoto, Controlled back slope of Ga/(InþGa) profile in Cu(In,Ga)Se2 absorber fabricated by multi layer precursor method for improvement of its photovoltaic performance, Sol. Energy Mater. Sol. Cells 133 (2015) 223–228.');
    expect(texts().some((t) => t.startsWith('Table 1 Experimental values of device parameters'))).toBe(true);
    expect(texts('table')).toContainEqual(expect.stringContaining('RMS (nm)\t0.99\t1.75\nVoc (V)\t0.50\t1.38'));
    expect(texts().some((t) => t.startsWith('Fig. 6. The current–voltage characteristic'))).toBe(true);
  });
});

describe('PDF tables', () => {
  it('keeps a table as a table block, a row a line and its cells apart (04-valid.pdf)', async () => {
    const { texts } = await parse('04-valid.pdf');
    const tables = texts('table');
    expect(tables).toHaveLength(2);
    expect(tables[0]?.split('\n')).toEqual([
      'Arithmetic Mean\tStandard Deviation\tMinimum\tMaximum',
      'Age (years)\t24.21\t3.41\t18.00\t32.00',
      'Height (cm)\t173.2\t7.04\t162\t185',
      'Weight (kg)\t67.85\t5.17\t62.32\t77.67',
    ]);
    // Its caption stays a paragraph of its own, before it.
    expect(texts()).toContain('Table 1. Age (years), height (cm) and weight (kg) of footballers.');
  });
});

describe('a journal article as its publisher printed it (stringdist-rjournal.pdf, The R Journal 6/1)', () => {
  it('drops the journal line and ISSN at the foot of every page and the running head over it, and joins the sentence they cut', async () => {
    const { doc, texts } = await parse('stringdist-rjournal.pdf');
    expect(doc.text).not.toMatch(/The R Journal Vol\.|ISSN 2073-4859|C ?ONTRIBUTED R ?ESEARCH/u);
    // Page 1 ends mid-sentence above a footnote; page 2 goes on in quotes after the footer and header.
    expect(texts().some((t) => /implements various distance measures on “state sequence objects” including the Hamming \(1950\) distance/u.test(t))).toBe(true);
    expect(texts().filter((t) => t.startsWith('“state sequence objects”'))).toEqual([]);
  });

  it('reads the byline under the title, not the running head above it', async () => {
    const { doc, texts } = await parse('stringdist-rjournal.pdf');
    expect(doc.meta.title).toBe('The stringdist Package for Approximate String Matching');
    expect(doc.meta.authors).toEqual(['Mark P.J. van der Loo']);
    expect(texts('heading')).not.toContain('by Mark P.J. van der Loo');
  });

  it('reads 28 initials-first entries across two page breaks as the "Bibliography", the address after them left in the text', async () => {
    const { doc, texts } = await parse('stringdist-rjournal.pdf');
    expect(doc.references).toHaveLength(28);
    expect(doc.references[0]).toMatchObject({ list: 'Bibliography', text: 'A. Borg and M. Sariyar. RecordLinkage: Record Linkage in R, 2012. URL http://CRAN.R-project.org/ package=RecordLinkage. R package version 0.4-1. [p111]' });
    expect(doc.references[3]?.text).toMatch(/^C\. T\. Butts\. sna:/u);
    expect(doc.references[26]?.text).toMatch(/^M\. van der Loo, E\. de Jonge, and S\. Scholtus\. deducorrect/u);
    expect(doc.references[27]?.text).toBe('W. Winkler. String comparator metrics and enhanced decision rules in the Fellegi-Sunter model of record linkage. Proceedings of the Section on Survey Research Methods (American Statistical Association), page 354–359, 1990. [p119]');
    expect(texts().filter((t) => /^(?:A\. Borg|W\. Winkler)\. /u.test(t))).toEqual([]);
    expect(texts()).toContain('Mark P.J. van der Loo http://www.markvanderloo.eu mark.vanderloo@gmail.com');
  });
});

describe('letter-spaced section names', () => {
  it('reads Elsevier\'s "a r t i c l e i n f o" and "a b s t r a c t" as headings, their words apart (02-valid.pdf)', async () => {
    const { texts } = await parse('02-valid.pdf');
    expect(texts('heading').slice(0, 2)).toEqual(['article info', 'abstract']);
    expect(texts().filter((t) => t.includes('i n f o'))).toEqual([]);
  });
});
