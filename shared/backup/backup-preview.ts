import type { BackupContents } from './backup-format';
import { countNoun } from '../wording/count-noun';

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
  const counts = [countNoun(p.sources, 'source'), countNoun(p.claims, 'claim'), countNoun(p.citations, 'citation'), countNoun(p.annotations, 'annotation'), countNoun(p.briefings, 'briefing')];
  return `${counts.join(', ')}, ${countNoun(p.originals, 'original file')} (${formatSize(p.originalBytes)})`;
}

/** A byte count for people: B, KB, MB or GB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
