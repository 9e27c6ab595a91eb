const BYTES_PER_MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / BYTES_PER_MEGABYTE;
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} MB`;
}

/** A message telling the user why a file is refused, or null when it is within the limit. */
export function oversizeProblem(fileName: string, sizeBytes: number, limitBytes: number): string | null {
  if (sizeBytes <= limitBytes) return null;
  return `"${fileName}" is ${megabytes(sizeBytes)}; Footnote can open files up to ${megabytes(limitBytes)}.`;
}
