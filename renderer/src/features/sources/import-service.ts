// The import as the app runs it, without React: parse each file (in the worker), store each document with
// importDocument (one transaction: source, text, claims, version link and what it carries), and say what became of
// each. ImportProvider keeps only the UI state (progress, summary) and calls these.
import { sizeLimitError } from '../../../../shared/ingest/limits';
import { describeStorageError } from '../../../../shared/ingest/plain-error-messages';
import type { FootnoteDatabase } from '../../db/database';
import { importDocument, storeAsNewVersion, type ImportOutcome } from '../../db/import-source';
import { withImportLock } from '../../db/workspace-lock';
import { describeCarry } from '../../db/annotations';
import type { PickedFile } from '../../platform/platform';
import type { ParseFileOptions } from '../../workers/ingest-client';
import type { JobOutcome } from '../../workers/ingest-protocol';
import type { FileOutcome } from './import-outcomes';

/** What the service needs to read files and pasted text: the ingest worker's client, or a direct parser in tests. */
export interface DocumentParser {
  parseFile(name: string, bytes: Uint8Array, options?: ParseFileOptions): Promise<JobOutcome>;
  parseText(text: string): Promise<JobOutcome>;
}

/** How a batch runs: the size limit, a way to stop it, and a report after each file. */
export interface BatchOptions {
  maxBytes: number;
  signal: AbortSignal;
  onFile?: (index: number, name: string) => void;
}

/** The name pasted text goes by in outcomes and messages. */
export const PASTED_TEXT = 'pasted text';

/** Imports files one at a time: a bad file never stops the others, and each source is stored whole or not at all. */
export function importFiles(db: FootnoteDatabase, parser: DocumentParser, files: readonly PickedFile[], options: BatchOptions): Promise<FileOutcome[]> {
  // A restore in any tab waits for the batch to finish, and a batch waits for a restore (workspace-lock.ts).
  return withImportLock(db.name, () => importBatch(db, parser, files, options));
}

async function importBatch(db: FootnoteDatabase, parser: DocumentParser, files: readonly PickedFile[], options: BatchOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    options.onFile?.(index, file.name);
    if (options.signal.aborted) outcomes.push({ status: 'cancelled', file: file.name });
    else outcomes.push(...(await importFile(db, parser, file, options)));
  }
  return outcomes;
}

async function importFile(db: FootnoteDatabase, parser: DocumentParser, file: PickedFile, options: BatchOptions): Promise<FileOutcome[]> {
  const tooBig = sizeLimitError(file.bytes.length, options.maxBytes);
  if (tooBig) return [{ status: 'failed', file: file.name, error: tooBig }];
  const parsed = await parser.parseFile(file.name, file.bytes, { maxBytes: options.maxBytes, signal: options.signal });
  if (!parsed.ok) return ['cancelled' in parsed ? { status: 'cancelled', file: file.name } : { status: 'failed', file: file.name, error: parsed.error }];
  const out: FileOutcome[] = [];
  try {
    // A reference list holds one source per entry; the file's bytes are stored once, with the first.
    for (const [i, doc] of parsed.docs.entries()) {
      const outcome = await importDocument(db, {
        doc,
        origin: { method: 'file', fileName: file.name, mime: file.mime, size: file.bytes.length },
        file: { name: file.name, mime: file.mime || 'application/octet-stream', bytes: file.bytes },
        storeFileBytes: i === 0,
      });
      out.push({ ...outcome, file: file.name });
    }
  } catch (error) {
    out.push({ status: 'failed', file: file.name, error: describeStorageError(error) });
  }
  return out;
}

/** Imports pasted text; a parse failure is the message to show, with nothing stored. */
export async function importPastedText(db: FootnoteDatabase, parser: DocumentParser, text: string): Promise<{ ok: true; outcomes: FileOutcome[] } | { ok: false; error: string }> {
  const parsed = await parser.parseText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const outcomes: FileOutcome[] = [];
  for (const doc of parsed.docs) {
    const outcome: ImportOutcome = await importDocument(db, { doc, origin: { method: 'paste', mime: 'text/plain', size: text.length } });
    outcomes.push({ ...outcome, file: PASTED_TEXT });
  }
  return { ok: true, outcomes };
}

/** Stores an imported source as a new version of the one the analyst chose, carrying its annotations; returns the line to show. */
export async function chooseEarlierVersion(db: FootnoteDatabase, sourceId: string, previousId: string): Promise<string> {
  const carried = await storeAsNewVersion(db, sourceId, previousId);
  return carried.carried > 0 ? `Stored as a new version. Annotations and citations carried: ${describeCarry(carried)}.` : 'Stored as a new version; the earlier one had no annotations or citations to carry.';
}
