/** A CSL-JSON name: a person split into parts, or an organisation (or any name that must not be split) as a literal. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL-JSON date: one `[year, month?, day?]` part, as citeproc-js reads it. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** A CSL-JSON item: the fields Footnote writes are typed; others from imported references pass through unchanged. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  'original-title'?: string;
  author?: CslName[];
  publisher?: string;
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  [field: string]: unknown;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Reads the calendar date at the start of an ISO-8601 string (year, year-month or full date); undefined if there is none. */
export function isoToCslDate(iso: string | undefined): CslDate | undefined {
  const match = iso ? ISO_DATE.exec(iso.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined) return undefined;
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}
