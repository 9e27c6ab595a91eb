import type { ImportOutcome } from '../../db/import-source';
import { countNoun } from '../../../../shared/wording/count-noun';

/** What became of one file, or of one entry of a reference list. */
export type FileOutcome =
  | (ImportOutcome & { file: string })
  | { status: 'failed'; file: string; error: string }
  | { status: 'cancelled'; file: string };

/** How far a batch has got. */
export interface ImportProgress {
  total: number;
  done: number;
  current: string | null;
  cancelling: boolean;
}

/** A finished batch, sorted for the summary. */
export interface ImportSummary {
  imported: Extract<FileOutcome, { status: 'imported' }>[];
  duplicates: Extract<FileOutcome, { status: 'duplicate' }>[];
  failed: Extract<FileOutcome, { status: 'failed' }>[];
  cancelled: Extract<FileOutcome, { status: 'cancelled' }>[];
}

/** Sorts outcomes into the four groups of the summary. */
export function summarize(outcomes: readonly FileOutcome[]): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: [] };
  for (const o of outcomes) {
    if (o.status === 'imported') summary.imported.push(o);
    else if (o.status === 'duplicate') summary.duplicates.push(o);
    else if (o.status === 'failed') summary.failed.push(o);
    else summary.cancelled.push(o);
  }
  return summary;
}

/** One line for an imported source: its title, and what came with it. */
export function describeImported(o: Extract<FileOutcome, { status: 'imported' }>): string {
  const claims = o.claims > 0 ? `: ${countNoun(o.claims, 'claim')}, ${countNoun(o.citations, 'citation')}` : '';
  const version = o.previousVersionId ? ' (a new version of a source already here)' : '';
  return `Imported “${o.title}”${claims}${version}.`;
}

/** The reason a file failed, naming the file once. */
export function describeFailure(o: Extract<FileOutcome, { status: 'failed' }>): string {
  return o.error.includes(o.file) ? o.error : `${o.file}: ${o.error}`;
}
