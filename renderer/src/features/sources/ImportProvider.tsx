import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sizeLimitError } from '../../../../shared/ingest/limits';
import { describeStorageError } from '../../../../shared/ingest/plain-error-messages';
import { SETTINGS } from '../../../../shared/model';
import { importDocument } from '../../db/import-source';
import { carryToNewVersion, describeCarry } from '../../db/annotations';
import { loadSettings } from '../../db/settings';
import type { PickedFile } from '../../platform/platform';
import { IngestClient } from '../../workers/ingest-client';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { navigate } from '../../app/route';
import { describeFailure, describeImported, summarize, type FileOutcome, type ImportProgress, type ImportSummary } from './import-outcomes';
import { ImportProgressPanel, ImportSummaryDialog } from './ImportStatus';

interface ImportApi {
  importFiles(files: readonly PickedFile[]): Promise<void>;
  importPasted(text: string): Promise<boolean>;
  cancel(): void;
  busy: boolean;
}

const ImportContext = createContext<ImportApi | null>(null);

/** Runs imports for the whole app (buttons, menu, drop): parse in a worker, store each source in one transaction, show progress and a summary. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const notify = useNotify();
  const client = useMemo(() => new IngestClient(), []);
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const abort = useRef<AbortController | null>(null);
  const limitMB = settings?.importSizeLimitMB ?? SETTINGS.importSizeLimitMB.default;

  const importFiles = useCallback(
    async (files: readonly PickedFile[]) => {
      if (files.length === 0 || abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      const maxBytes = limitMB * 1024 * 1024;
      const outcomes: FileOutcome[] = [];
      setProgress({ total: files.length, done: 0, current: files[0]?.name ?? null, cancelling: false });
      try {
        // One file at a time: a bad file never stops the others, and each source is stored whole or not at all.
        for (const [index, file] of files.entries()) {
          setProgress((p) => p && { ...p, done: index, current: file.name });
          if (controller.signal.aborted) {
            outcomes.push({ status: 'cancelled', file: file.name });
            continue;
          }
          outcomes.push(...(await importOne(file, maxBytes, controller.signal)));
        }
      } finally {
        abort.current = null;
        setProgress(null);
      }
      finish(outcomes, files.length);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- importOne and finish read only stable values
    [client, db, notify, limitMB],
  );

  async function importOne(file: PickedFile, maxBytes: number, signal: AbortSignal): Promise<FileOutcome[]> {
    const tooBig = sizeLimitError(file.bytes.length, maxBytes);
    if (tooBig) return [{ status: 'failed', file: file.name, error: tooBig }];
    const parsed = await client.parseFile(file.name, file.bytes, { maxBytes, signal });
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
        // A new version takes over the old one's annotations and anchored citations, re-anchored in its text.
        if (outcome.status === 'imported' && outcome.previousVersionId) {
          const carried = await carryToNewVersion(db, outcome.previousVersionId, outcome.sourceId);
          if (carried.carried > 0) outcome.notices = [...outcome.notices, `Annotations and citations carried to this version: ${describeCarry(carried)}.`];
        }
        out.push({ ...outcome, file: file.name });
      }
    } catch (error) {
      out.push({ status: 'failed', file: file.name, error: describeStorageError(error) });
    }
    return out;
  }

  function finish(outcomes: readonly FileOutcome[], fileCount: number): void {
    const s = summarize(outcomes);
    const last = s.imported[s.imported.length - 1] ?? s.duplicates[s.duplicates.length - 1];
    if (last) navigate({ view: 'library', sourceId: last.sourceId });
    // A batch gets a summary to read through; a single file a short message.
    if (fileCount > 1 || s.cancelled.length > 0) {
      setSummary(s);
      return;
    }
    const lines = [
      ...s.imported.flatMap((o) => [describeImported(o), ...o.notices.map((n) => `  ${n}`)]),
      ...s.duplicates.map((o) => `“${o.title}” is already in the workspace; no second copy was made.`),
    ];
    if (lines.length > 0) notify('success', lines.join('\n'));
    if (s.failed.length > 0) notify('error', s.failed.map((f) => `Not imported: ${describeFailure(f)}`).join('\n'));
  }

  const importPasted = useCallback(
    async (text: string): Promise<boolean> => {
      setProgress({ total: 1, done: 0, current: 'pasted text', cancelling: false });
      try {
        const parsed = await client.parseText(text);
        if (!parsed.ok) {
          notify('error', parsed.error);
          return false;
        }
        const outcomes: FileOutcome[] = [];
        for (const doc of parsed.docs) outcomes.push({ ...(await importDocument(db, { doc, origin: { method: 'paste', mime: 'text/plain', size: text.length } })), file: 'pasted text' });
        finish(outcomes, 1);
        return true;
      } catch (error) {
        notify('error', `The text could not be imported: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      } finally {
        setProgress(null);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish reads only stable values
    [client, db, notify],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setProgress((p) => p && { ...p, cancelling: true });
  }, []);

  const api = useMemo(() => ({ importFiles, importPasted, cancel, busy: progress !== null }), [importFiles, importPasted, cancel, progress]);
  return (
    <ImportContext.Provider value={api}>
      {children}
      {progress && <ImportProgressPanel progress={progress} onCancel={cancel} />}
      <ImportSummaryDialog summary={summary} onClose={() => setSummary(null)} />
    </ImportContext.Provider>
  );
}

/** The app's import operations. */
export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport must be used inside ImportProvider');
  return api;
}
