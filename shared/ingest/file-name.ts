/** The lower-case extension of a file name, without the dot; empty when there is none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The file name without its extension, for use as a title of last resort. */
export function baseName(name: string): string {
  const lower = name.toLowerCase();
  // `refs.csl.json` is named `refs`, not `refs.csl`.
  if (lower.endsWith('.csl.json')) return name.slice(0, -'.csl.json'.length);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}
