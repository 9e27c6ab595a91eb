import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { describeStorageError } from '../../../../shared/ingest/plain-error-messages';
import { SETTINGS } from '../../../../shared/model';
import { loadSettings } from '../../db/settings';
import type { PickedFile } from '../../platform/platform';
import { IngestClient } from '../../workers/ingest-client';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { navigate, routeHref } from '../../app/route';
import { describeFailure, describeImported, summarize, type FileOutcome, type ImportProgress, type ImportSummary } from './import-outcomes';
import { chooseEarlierVersion, importFiles as importFilesService, importPastedText, PASTED_TEXT } from './import-service';
import { ImportProgressPanel, ImportSummaryDialog } from './ImportStatus';

interface ImportApi {
  importFiles(files: readonly PickedFile[]): Promise<void>;
  importPasted(text: string): Promise<boolean>;
  cancel(): void;
  busy: boolean;
}

const ImportContext = createContext<ImportApi | null>(null);

/** Runs imports for the whole app (buttons, menu, drop) through the import service, and shows their progress and summary. */
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
      setProgress({ total: files.length, done: 0, current: files[0]?.name ?? null, cancelling: false });
      const from = window.location.hash;
      let outcomes: FileOutcome[];
      try {
        outcomes = await importFilesService(db, client, files, {
          maxBytes: limitMB * 1024 * 1024,
          signal: controller.signal,
          onFile: (index, name) => setProgress((p) => p && { ...p, done: index, current: name }),
        });
      } finally {
        abort.current = null;
        setProgress(null);
      }
      finish(outcomes, files.length, from);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish reads only stable values
    [client, db, notify, limitMB],
  );

  // `from` is where the analyst was when the import began: the new source opens only if they are still there, so an
  // import that finishes while they work elsewhere never pulls them away from what they went on to do.
  function finish(outcomes: readonly FileOutcome[], fileCount: number, from: string): void {
    const s = summarize(outcomes);
    const last = s.imported[s.imported.length - 1] ?? s.duplicates[s.duplicates.length - 1];
    const stayed = window.location.hash === from;
    if (last && stayed) navigate({ view: 'library', sourceId: last.sourceId });
    const open = last && !stayed ? { label: `Open “${last.title}”`, href: routeHref({ view: 'library', sourceId: last.sourceId }) } : undefined;
    // A batch gets a summary to read through, and so does an import the analyst may want to store as a new version;
    // a single file otherwise a short message.
    if (fileCount > 1 || s.cancelled.length > 0 || s.imported.some((o) => o.versionCandidates.length > 0)) {
      setSummary(s);
      return;
    }
    const lines = [
      ...s.imported.flatMap((o) => [describeImported(o), ...o.notices.map((n) => `  ${n}`)]),
      ...s.duplicates.map((o) => `“${o.title}” is already in the workspace; no second copy was made.`),
    ];
    if (lines.length > 0) notify('success', lines.join('\n'), open);
    if (s.failed.length > 0) notify('error', s.failed.map((f) => `Not imported: ${describeFailure(f)}`).join('\n'));
  }

  const importPasted = useCallback(
    async (text: string): Promise<boolean> => {
      setProgress({ total: 1, done: 0, current: PASTED_TEXT, cancelling: false });
      const from = window.location.hash;
      try {
        const result = await importPastedText(db, client, text);
        if (!result.ok) {
          notify('error', result.error);
          return false;
        }
        finish(result.outcomes, 1, from);
        return true;
      } catch (error) {
        notify('error', `The text could not be imported: ${describeStorageError(error)}`);
        return false;
      } finally {
        setProgress(null);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish reads only stable values
    [client, db, notify],
  );

  const chooseVersion = useCallback((sourceId: string, previousId: string) => chooseEarlierVersion(db, sourceId, previousId), [db]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setProgress((p) => p && { ...p, cancelling: true });
  }, []);

  const api = useMemo(() => ({ importFiles, importPasted, cancel, busy: progress !== null }), [importFiles, importPasted, cancel, progress]);
  return (
    <ImportContext.Provider value={api}>
      {children}
      {progress && <ImportProgressPanel progress={progress} onCancel={cancel} />}
      <ImportSummaryDialog summary={summary} onClose={() => setSummary(null)} onChooseVersion={chooseVersion} />
    </ImportContext.Provider>
  );
}

/** The app's import operations. */
export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport must be used inside ImportProvider');
  return api;
}
