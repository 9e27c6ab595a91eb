/** Files larger than this are refused before they are read: 50 MB holds any real report, and keeps the UI responsive. It is the default of a setting. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A size in bytes as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is refused, or null when it is within the limit (default {@link MAX_IMPORT_BYTES}). */
export function sizeLimitError(size: number, maxBytes: number = MAX_IMPORT_BYTES): string | null {
  return size > maxBytes ? `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit.` : null;
}
