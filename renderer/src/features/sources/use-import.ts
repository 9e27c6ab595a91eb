import { useCallback, useMemo, useState } from 'react';
import { formatBytes, MAX_IMPORT_BYTES } from '../../../../shared/ingest/limits';
import { importDocument, type ImportOutcome } from '../../db/import-source';
import type { PickedFile } from '../../platform/platform';
import { IngestClient } from '../../workers/ingest-client';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { navigate } from '../../app/route';

type FileOutcome = ImportOutcome | { status: 'failed'; name: string; error: string };

/** Import operations for the UI: parse off the UI thread, store in one transaction per source, report what happened. */
export function useImport() {
  const { db } = useServices();
  const notify = useNotify();
  const client = useMemo(() => new IngestClient(), []);
  const [busy, setBusy] = useState(false);

  const importFiles = useCallback(
    async (files: readonly PickedFile[]) => {
      if (files.length === 0) return;
      setBusy(true);
      const outcomes: FileOutcome[] = [];
      try {
        // One file at a time: a bad file never stops the others, and each success is stored on its own.
        for (const file of files) {
          if (file.bytes.length > MAX_IMPORT_BYTES) {
            outcomes.push({ status: 'failed', name: file.name, error: `${formatBytes(file.bytes.length)} is over the ${formatBytes(MAX_IMPORT_BYTES)} limit` });
            continue;
          }
          const parsed = await client.parseFile(file.name, file.bytes);
          if (!parsed.ok) {
            outcomes.push({ status: 'failed', name: file.name, error: parsed.error });
            continue;
          }
          try {
            // A reference list holds one document per entry; every other file holds one.
            for (const doc of parsed.docs) {
              outcomes.push(
                await importDocument(db, {
                  doc,
                  origin: { method: 'file', fileName: file.name, mime: file.mime, size: file.bytes.length },
                  file: { name: file.name, mime: file.mime || 'application/octet-stream', bytes: file.bytes },
                }),
              );
            }
          } catch (error) {
            outcomes.push({ status: 'failed', name: file.name, error: error instanceof Error ? error.message : String(error) });
          }
        }
      } finally {
        setBusy(false);
      }
      report(outcomes, notify);
    },
    [client, db, notify],
  );

  const importPasted = useCallback(
    async (text: string): Promise<boolean> => {
      setBusy(true);
      try {
        const parsed = await client.parseText(text);
        if (!parsed.ok) {
          notify('error', parsed.error);
          return false;
        }
        const outcomes: ImportOutcome[] = [];
        for (const doc of parsed.docs) outcomes.push(await importDocument(db, { doc, origin: { method: 'paste', mime: 'text/plain', size: text.length } }));
        report(outcomes, notify);
        return true;
      } catch (error) {
        notify('error', `The text could not be imported: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, db, notify],
  );

  return { importFiles, importPasted, busy };
}

function report(outcomes: readonly FileOutcome[], notify: ReturnType<typeof useNotify>): void {
  const imported = outcomes.filter((o) => o.status === 'imported');
  const duplicates = outcomes.filter((o) => o.status === 'duplicate');
  const failed = outcomes.filter((o) => o.status === 'failed');
  const lines: string[] = [];
  for (const o of imported) {
    const claims = o.claims > 0 ? `: ${o.claims} claims, ${o.citations} citations` : '';
    lines.push(`Imported “${o.title}”${claims}.`);
    for (const n of o.notices) lines.push(`  ${n}`);
  }
  for (const o of duplicates) lines.push(`“${o.title}” is already in the workspace; no second copy was made.`);
  if (lines.length > 0) notify('success', lines.join('\n'));
  if (failed.length > 0) notify('error', failed.map((f) => `Not imported: ${f.error.includes(f.name) ? f.error : `${f.name}: ${f.error}`}`).join('\n'));
  const last = imported[imported.length - 1] ?? duplicates[duplicates.length - 1];
  if (last) navigate({ view: 'library', sourceId: last.sourceId });
}
