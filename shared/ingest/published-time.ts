// A date, optionally followed by a time; the zone after it is dropped (see DocumentMeta.publishedAt).
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;
// PDF dates: D:YYYYMMDDHHmmSSOHH'mm', every part after the year optional.
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?/u;

/** A publication time as metadata states it (`2015-07-24T05:36:09+01:00`), as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; undefined when it is not a date. */
export function normalizePublishedTime(value: string | null | undefined): string | undefined {
  const match = ISO_LIKE.exec((value ?? '').trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm] = match;
  if (!validDate(Number(y), Number(m), Number(d))) return undefined;
  return hh !== undefined && mm !== undefined ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`;
}

/** A PDF date string (`D:20090324113315-06'00'`) as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; undefined when absent or invalid. */
export function normalizePdfDate(value: string | null | undefined): string | undefined {
  const match = PDF_DATE.exec((value ?? '').trim());
  if (!match) return undefined;
  const [, y, m = '01', d = '01', hh, mm] = match;
  if (!validDate(Number(y), Number(m), Number(d))) return undefined;
  if (match[2] === undefined) return y;
  return hh !== undefined && mm !== undefined ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
