import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../renderer/src/features/briefings/export/render-docx';
import { buildBriefingDocument, type BriefingDocument } from '../../../../shared/briefing/briefing-document';
import { cslFormatter } from '../../../../shared/briefing/citation-styles';
import { briefingOf, lookupOf } from '../../shared/briefing/briefing-fixtures';
import { readDocxPart, wordFootnotes, wordText } from './read-docx-part';

const claimIds = ['claim-output', 'claim-script', 'claim-zh', 'claim-ref'];
const english = buildBriefingDocument(briefingOf(claimIds), lookupOf(), '2025-11-28', { style: 'chicago-notes', formatter: cslFormatter, footnoteContent: { quote: true } });
const chinese = buildBriefingDocument(
  briefingOf(['claim-zh', 'claim-output', 'claim-zh'], { title: '稀土：供应与政策', summary: '中国占全球产量的大部分。', audience: '外交组', citationStyle: 'gb7714' }),
  lookupOf(),
  '2025-11-28',
  { formatter: cslFormatter, footnoteContent: { quote: true, captureDate: true } },
);
const plain = buildBriefingDocument(briefingOf(claimIds), lookupOf(), '2025-11-28');

/** The footnote text behind each reference, in reading order: what Word's footnotes must hold. */
function notesInReadingOrder(doc: BriefingDocument): string[] {
  const byNumber = new Map(doc.footnotes.map((f) => [f.n, f.text]));
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? b.footnotes.map((n) => byNumber.get(n) ?? '') : [])));
}

function claimsOf(doc: BriefingDocument): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? [b.text] : [])));
}

describe('renderDocx', () => {
  for (const [name, doc] of [['Chicago, English', english], ["Footnote's own notes", plain]] as const) {
    it(`writes real Word footnotes, one per reference in reading order (${name})`, async () => {
      const bytes = await renderDocx(doc);
      const documentXml = readDocxPart(bytes, 'word/document.xml') ?? '';
      const footnotes = wordFootnotes(readDocxPart(bytes, 'word/footnotes.xml') ?? '');
      const expected = notesInReadingOrder(doc);
      const referenceIds = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(referenceIds).toEqual(expected.map((_, i) => i + 1));
      expect(referenceIds.map((id) => footnotes.get(id))).toEqual(expected);
      const body = wordText(documentXml);
      for (const text of [doc.title, ...claimsOf(doc), ...(doc.bibliography?.entries ?? [])]) expect(body).toContain(text);
    });
  }

  it('cites a numeric style by source number in raised text and lists each source once under it (GB/T 7714, Chinese)', async () => {
    const bytes = await renderDocx(chinese);
    const documentXml = readDocxPart(bytes, 'word/document.xml') ?? '';
    expect(documentXml).not.toContain('<w:footnoteReference');
    const raised = [...documentXml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:vertAlign w:val="superscript"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t>/gs)].map((m) => m[1]).join('');
    const shown = chinese.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'claim' ? [`[${b.footnotes.join(',')}]`] : []))).join('');
    expect(raised).toBe(shown);
    const body = wordText(documentXml);
    expect(body).toContain(chinese.notesHeading);
    for (const f of chinese.footnotes) expect(body).toContain(`[${f.n}] ${f.text}`);
  });

  it('gives Latin runs a Latin font in every slot and Chinese runs the East Asian font, each with its language', async () => {
    const documentXml = readDocxPart(await renderDocx(english), 'word/document.xml') ?? '';
    const runs = [...documentXml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gs)].map((m) => m[1] ?? '');
    const textOf = (run: string) => wordText(run);
    const latin = runs.filter((r) => /\p{Script=Latin}/u.test(textOf(r)) && !/\p{Script=Han}/u.test(textOf(r)));
    const han = runs.filter((r) => /\p{Script=Han}/u.test(textOf(r)));
    // The claim "…70% of the world's output" and its curly-quoted note are Latin runs: their quotes must not be set in a CJK font.
    expect(latin.some((r) => textOf(r).includes("world's output"))).toBe(true);
    for (const run of latin) {
      expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="Calibri"/);
      expect(run).toMatch(/<w:lang [^>]*w:val="en-US"[^>]*w:eastAsia="en-US"|<w:lang [^>]*w:eastAsia="en-US"[^>]*w:val="en-US"/);
    }
    expect(han.map(textOf)).toContain('中国稀土产量占全球的百分之七十');
    for (const run of han) {
      expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
      expect(run).toMatch(/<w:rFonts [^>]*w:hint="eastAsia"/);
      expect(run).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
      expect(textOf(run)).not.toMatch(/^\s*\p{Script=Latin}/u);
    }
  });

  it('sets an East Asian font and the document language', async () => {
    const styles = readDocxPart(await renderDocx(chinese), 'word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(styles).toMatch(/<w:lang [^>]*w:val="zh-CN"/);
  });
});

const libreOffice = ['libreoffice', 'soffice'].find((cmd) => (process.env['PATH'] ?? '').split(delimiter).some((dir) => existsSync(join(dir, cmd))));
const pdftotext = (process.env['PATH'] ?? '').split(delimiter).some((dir) => existsSync(join(dir, 'pdftotext')));
const canConvert = libreOffice !== undefined && pdftotext;
const pdffonts = (process.env['PATH'] ?? '').split(delimiter).some((dir) => existsSync(join(dir, 'pdffonts')));
// Converting starts a whole office suite: slow on a shared machine, however small the file.
const CONVERT_TIMEOUT_MS = 180_000;

describe('renderDocx, opened by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const title = canConvert
    ? 'converts to PDF with every claim and its footnote text, Chinese included'
    : `converts to PDF with every claim and its footnote text (skipped: ${libreOffice ? 'pdftotext' : 'libreoffice'} is not on PATH; install libreoffice-writer-nogui and poppler-utils, as .ci/install-system-packages does)`;

  it.skipIf(!canConvert)(
    title,
    async () => {
      const files = { english, chinese };
      for (const [name, doc] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc));
      // A profile of its own, so this run neither waits for nor disturbs another LibreOffice on the machine.
      execFileSync(
        libreOffice ?? 'libreoffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((n) => join(dir, `${n}.docx`))],
        { stdio: 'pipe', timeout: CONVERT_TIMEOUT_MS },
      );
      for (const [name, doc] of Object.entries(files)) {
        execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
        // Lines wrap anywhere in a PDF, so text is compared with all white space taken out.
        const squeeze = (s: string) => s.replace(/\s+/g, '');
        const pdfText = squeeze(readFileSync(join(dir, `${name}.txt`), 'utf8'));
        for (const text of [doc.title, ...claimsOf(doc), ...notesInReadingOrder(doc)]) expect(pdfText).toContain(squeeze(text));
      }
    },
    CONVERT_TIMEOUT_MS + 20_000,
  );

  it.skipIf(!canConvert || !pdffonts)(
    'sets an English briefing with curly quotes in Latin fonts only, and Chinese text in a CJK font',
    async () => {
      const latinOnly = buildBriefingDocument(briefingOf(['claim-ref'], { summary: 'China’s “dominant” position, as the sources put it.' }), lookupOf(), '2025-11-28');
      const mixed = buildBriefingDocument(briefingOf(['claim-output', 'claim-zh']), lookupOf(), '2025-11-28');
      const files = { 'latin-only': latinOnly, mixed };
      for (const [name, doc] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc));
      execFileSync(
        libreOffice ?? 'libreoffice',
        [`-env:UserInstallation=file://${join(dir, 'profile-fonts')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((n) => join(dir, `${n}.docx`))],
        { stdio: 'pipe', timeout: CONVERT_TIMEOUT_MS },
      );
      const fontsOf = (name: string) => execFileSync('pdffonts', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
      expect(fontsOf('latin-only')).not.toMatch(/CJK|YaHei|Han ?Sans|SimSun|Song/i);
      expect(fontsOf('mixed')).toMatch(/CJK|YaHei|Han ?Sans|SimSun|Song|Hei/i);
      execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'latin-only.pdf'), join(dir, 'latin-only.txt')]);
      expect(readFileSync(join(dir, 'latin-only.txt'), 'utf8')).toContain('China’s “dominant” position');
    },
    CONVERT_TIMEOUT_MS + 20_000,
  );
});
