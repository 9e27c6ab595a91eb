/** Files larger than this are refused before they are read: 50 MB holds any real report, and keeps the UI responsive. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A size in bytes as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
