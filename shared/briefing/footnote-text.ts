import type { Citation, Source } from '../model';

/** How a date the source gave is shown in a footnote: ISO order, readable in English and Chinese alike. */
export function formatSourceDate(publishedAt: string | undefined): string | undefined {
  if (!publishedAt) return undefined;
  return publishedAt.replace('T', ' ');
}

/** Names a source the way a footnote does: title, publisher, date. */
export function describeSource(source: Source): string {
  const parts = [source.title];
  if (source.authors.length > 0) parts.push(source.authors.join(', '));
  if (source.publisher) parts.push(source.publisher);
  const date = formatSourceDate(source.publishedAt);
  if (date) parts.push(date);
  return parts.join(', ');
}

/** Where in the source a citation points: the paragraph once resolved, the marker until then. */
export function describeLocator(citation: Citation): string {
  const { locator } = citation;
  const parts: string[] = [];
  if (citation.resolved && locator.paragraph !== undefined) parts.push(`paragraph ${locator.paragraph}`);
  if (locator.page !== undefined) parts.push(`page ${locator.page}`);
  if (locator.marker) parts.push(`marker ${locator.marker}`);
  if (!citation.resolved && locator.markerNumber !== undefined && locator.marker && locator.marker !== `[${locator.markerNumber}]`) {
    parts.push(`entry ${locator.markerNumber}`);
  }
  return parts.join(', ');
}

/** The full footnote for a citation: the cited source, where in it, and whether the original is linked. */
export function footnoteText(citation: Citation, citingSource: Source, resolvedSource?: Source): string {
  if (citation.resolved && resolvedSource) {
    const via = resolvedSource.id === citingSource.id ? '' : ` Cited in ${describeSource(citingSource)}.`;
    return `${describeSource(resolvedSource)}, ${describeLocator(citation)}.${via}`;
  }
  const where = describeLocator(citation);
  const unresolved = citation.locator.marker ? ' (unresolved: the original is not in the workspace)' : '';
  return `${describeSource(citingSource)}${where ? `, ${where}` : ''}${unresolved}.`;
}
