import { buildBriefingCompanion, serializeBriefingCompanion, type BriefingCompanion } from '../../../../../shared/briefing/briefing-companion';
import { buildBriefingDocument, type BriefingDocument } from '../../../../../shared/briefing/briefing-document';
import { isCitationStyleId } from '../../../../../shared/briefing/citation-style-catalog';
import { figureDisputesByClaim, type FigureConflict } from '../../../../../shared/briefing/claim-dispute';
import { buildClaimReviewJsonLd } from '../../../../../shared/briefing/claim-review-jsonld';
import { DEFAULT_FOOTNOTE_CONTENT } from '../../../../../shared/briefing/footnote-content';
import { renderHtml } from '../../../../../shared/briefing/render-html';
import { renderMarkdown } from '../../../../../shared/briefing/render-markdown';
import { sourcesToCslJson } from '../../../../../shared/briefing/source-to-csl';
import type { BriefingExportFormat } from '../../../../../shared/model';
import { loadBriefingBundle, recordBriefingExport, type BriefingBundle } from '../../../db/briefing-exports';
import { exportFileName } from '../../../db/briefings';
import type { FootnoteDatabase } from '../../../db/database';
import { findConflicts } from '../../../db/evidence';
import { nowIso, sha256Hex } from '../../../db/identity';
import type { FileFilter, Platform, SaveOutcome } from '../../../platform/platform';

/** The formats the export dialog offers (the companion goes beside one of them, not instead). */
export type ExportFormat = Exclude<BriefingExportFormat, 'companion'>;

/** Each format as the export dialog lists it. */
export const EXPORT_FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: 'docx', label: 'Word (.docx) with real footnotes' },
  { id: 'pdf', label: 'PDF (print view)' },
  { id: 'markdown', label: 'Markdown with footnotes' },
  { id: 'html', label: 'HTML, self-contained, with print styles' },
  { id: 'claimreview', label: 'Claims as ClaimReview JSON-LD' },
  { id: 'csl-json', label: 'Sources as CSL-JSON' },
];

/** Today's date (the analyst's own calendar day, not UTC's) as a briefing prints it when it has none of its own. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Lays a briefing out with its chosen style, language and footnote content, marking claims whose figures conflict with
 * another source's (`conflicts`, as findConflicts reports them); the CSL engine is loaded only when a CSL style is chosen.
 */
export async function layoutBriefing(bundle: BriefingBundle, conflicts: readonly FigureConflict[] = []): Promise<BriefingDocument> {
  const { briefing } = bundle;
  // citeproc and the style files are large; a dynamic import keeps them out of the bundle the app starts with.
  const formatter = isCitationStyleId(briefing.citationStyle) ? (await import('../../../../../shared/briefing/citation-styles')).cslFormatter : undefined;
  return buildBriefingDocument(briefing, bundle.lookup, briefing.date || todayIso(), {
    ...(briefing.lang ? { lang: briefing.lang } : {}),
    ...(briefing.footnoteContent ? { footnoteContent: briefing.footnoteContent } : {}),
    ...(formatter ? { formatter } : {}),
    figureDisputes: figureDisputesByClaim(conflicts),
  });
}

interface RenderedFile {
  name: string;
  data: Uint8Array | string;
  mime: string;
  filter: FileFilter;
}

async function renderFile(format: Exclude<ExportFormat, 'pdf'>, doc: BriefingDocument, bundle: BriefingBundle): Promise<RenderedFile> {
  switch (format) {
    case 'markdown':
      return { name: exportFileName(doc.title, 'md'), data: renderMarkdown(doc), mime: 'text/markdown;charset=utf-8', filter: { name: 'Markdown', extensions: ['md'] } };
    case 'html':
      return { name: exportFileName(doc.title, 'html'), data: renderHtml(doc), mime: 'text/html;charset=utf-8', filter: { name: 'HTML', extensions: ['html'] } };
    case 'docx': {
      // The docx package is loaded only for a Word export, like citeproc for a CSL style.
      const { renderDocx } = await import('./render-docx');
      return {
        name: exportFileName(doc.title, 'docx'),
        data: await renderDocx(doc),
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filter: { name: 'Word document', extensions: ['docx'] },
      };
    }
    case 'claimreview': {
      const claims = [...bundle.lookup.claims.values()];
      const graph = buildClaimReviewJsonLd({ claims, citationsByClaim: bundle.lookup.citationsByClaim, sources: bundle.lookup.sources });
      return { name: exportFileName(`${doc.title}.claims`, 'jsonld'), data: `${JSON.stringify(graph, null, 2)}\n`, mime: 'application/ld+json', filter: { name: 'JSON-LD', extensions: ['jsonld'] } };
    }
    case 'csl-json': {
      const items = sourcesToCslJson([...bundle.lookup.sources.values()]);
      return { name: exportFileName(`${doc.title}.sources`, 'json'), data: `${JSON.stringify(items, null, 2)}\n`, mime: 'application/json', filter: { name: 'CSL-JSON', extensions: ['json'] } };
    }
  }
}

/** The companion of a briefing as exported in a format. */
export function companionFor(bundle: BriefingBundle, doc: BriefingDocument, format: ExportFormat): BriefingCompanion {
  const documentFormat = format === 'markdown' || format === 'html' || format === 'docx' || format === 'pdf' ? format : undefined;
  const footnoteContent = { ...DEFAULT_FOOTNOTE_CONTENT, ...bundle.briefing.footnoteContent };
  return buildBriefingCompanion(bundle.briefing, bundle.lookup, nowIso(), documentFormat ? { format: documentFormat, style: doc.style, lang: doc.lang, footnoteContent } : undefined);
}

/** What an export did: the main file's outcome, and whether a companion was saved beside it. */
export interface ExportOutcome {
  outcome: SaveOutcome;
  fileName: string;
  companionSaved: boolean;
}

/**
 * Exports a briefing in one format as its claims stand now, saves it where the user chooses, and records the export
 * with the file's hash and the companion as its snapshot; with `withCompanion`, the companion is saved beside it.
 */
export async function exportBriefing(
  db: FootnoteDatabase,
  platform: Platform,
  briefingId: string,
  format: ExportFormat,
  options: { withCompanion?: boolean } = {},
): Promise<ExportOutcome> {
  const bundle = await loadBriefingBundle(db, briefingId);
  if (!bundle) throw new Error('That briefing no longer exists.');
  const doc = await layoutBriefing(bundle, await findConflicts(db));
  const snapshot = companionFor(bundle, doc, format);
  let fileName: string;
  let outcome: SaveOutcome;
  let hashed: Uint8Array | string;
  if (format === 'pdf') {
    fileName = exportFileName(doc.title, 'pdf');
    hashed = renderHtml(doc);
    // The PDF's bytes are made by the print engine (and, on the web, never seen by the page), so the record hashes the
    // print HTML, which fixes the PDF's content.
    outcome = await platform.printToPdf(hashed, fileName);
  } else {
    const file = await renderFile(format, doc, bundle);
    fileName = file.name;
    hashed = file.data;
    outcome = await platform.saveFile({ suggestedName: file.name, data: file.data, mime: file.mime, filters: [file.filter] });
  }
  if (!outcome.saved) return { outcome, fileName, companionSaved: false };
  await recordBriefingExport(db, briefingId, { format, style: doc.style, lang: doc.lang, fileName, sha256: await sha256Hex(hashed), snapshot });
  if (!options.withCompanion) return { outcome, fileName, companionSaved: false };
  const companionName = exportFileName(doc.title, 'footnote.json');
  const text = serializeBriefingCompanion(snapshot);
  const saved = await platform.saveFile({ suggestedName: companionName, data: text, mime: 'application/json', filters: [{ name: 'Footnote briefing', extensions: ['json'] }] });
  if (saved.saved) await recordBriefingExport(db, briefingId, { format: 'companion', style: doc.style, lang: doc.lang, fileName: companionName, sha256: await sha256Hex(text), snapshot });
  return { outcome, fileName, companionSaved: saved.saved };
}
