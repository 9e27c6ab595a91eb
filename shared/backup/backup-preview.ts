import type { BackupContents } from './backup-format';

/** The counts a restore would bring in, shown to the user before they confirm. */
export interface BackupPreview {
  workspace: string;
  createdAt: string;
  sources: number;
  claims: number;
  citations: number;
  annotations: number;
  briefings: number;
  originals: number;
  originalBytes: number;
}

/** Counts what a backup holds, for the confirmation before a restore and the notice after it. */
export function previewBackup(contents: BackupContents): BackupPreview {
  const t = contents.tables;
  return {
    workspace: contents.workspace,
    createdAt: contents.createdAt,
    sources: t.sources.length,
    claims: t.claims.length,
    citations: t.citations.length,
    annotations: t.annotations.length,
    briefings: t.briefings.length,
    originals: t.sourceFiles.length,
    originalBytes: t.sourceFiles.reduce((sum, f) => sum + f.bytes.length, 0),
  };
}

/** The preview as one line: "3 sources, 12 claims, …, 2 originals (1.2 MB)". */
export function describeBackupCounts(p: Omit<BackupPreview, 'workspace' | 'createdAt'>): string {
  return `${p.sources} sources, ${p.claims} claims, ${p.citations} citations, ${p.annotations} annotations, ${p.briefings} briefings, ${p.originals} original files (${formatSize(p.originalBytes)})`;
}

/** A byte count for people: B, KB, MB or GB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
