/** Files larger than this are refused before they are read: 50 MB holds any real report, and keeps the UI responsive. It is the default of a setting. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A size in bytes as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is refused, or null when it is within the limit (default {@link MAX_IMPORT_BYTES}). Says what to do. */
export function sizeLimitError(size: number, maxBytes: number = MAX_IMPORT_BYTES): string | null {
  if (size <= maxBytes) return null;
  // Just over the limit, both sizes round to the same figure ("50.0 MB is over the 50.0 MB limit"): say it in bytes.
  const sizeText = formatBytes(size) === formatBytes(maxBytes) ? `${size.toLocaleString('en')} bytes` : formatBytes(size);
  const limitText = formatBytes(size) === formatBytes(maxBytes) ? `${maxBytes.toLocaleString('en')}-byte (${formatBytes(maxBytes)})` : formatBytes(maxBytes);
  return `It is ${sizeText}, over the ${limitText} import limit. Raise “Largest file to import” in Settings, or split the file.`;
}
