// Document metadata is often written by software, not people: a PDF's title field holds a file code
// ("sag-39-3-4-0902-21:sag-0"), its author field a login or an acronym in lower case ("tubitak"), a Word file's
// title "Microsoft Word - draft_v2.docx". Printed in a reference list they read as if they were the work's title and
// author, so the briefing checks flag them for the analyst to correct before export.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const FILE_NAME = /\.(pdf|docx?|rtf|odt|txt|html?|xlsx?|pptx?|tex|indd|qxd)$/i;
const OFFICE_PREFIX = /^(microsoft (word|powerpoint|excel)|untitled|document\d*|doc\d+)\b/i;
const DIGIT_GROUP = /\d+/g;
const UUID_OR_HEX = /^[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}$|^[0-9a-f]{16,}$/i;
// A single token joining three or more groups of digits ("sag-39-3-4-0902-21:sag-0") is a code; one or two groups
// still make words such as "COVID-19" or "H5N1".
const MIN_DIGIT_GROUPS = 3;
const PLACEHOLDER_AUTHORS = /^(admin|administrator|user|owner|author|unknown|anonymous|default|guest|root)$/i;
const LOGIN = /^[a-z][a-z0-9._-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Why a title reads as a file code rather than a work's title; undefined when it reads as a title. */
export function identifierLikeTitle(title: string): string | undefined {
  const t = title.trim();
  if (t === '') return 'it is empty';
  if (FILE_NAME.test(t)) return 'it is a file name';
  if (OFFICE_PREFIX.test(t)) return 'it is the name software gave the file';
  if (CJK.test(t) || /\s/.test(t)) return undefined;
  if (UUID_OR_HEX.test(t)) return 'it is a code';
  const groups = t.match(DIGIT_GROUP)?.length ?? 0;
  if (groups >= MIN_DIGIT_GROUPS) return 'it is a code';
  if (/[_:]/.test(t) && groups > 0) return 'it is a code';
  return undefined;
}

/** Why an author reads as a login, an address or a placeholder rather than a person's or organisation's name; undefined when it reads as a name. */
export function identifierLikeAuthor(author: string): string | undefined {
  const a = author.trim();
  if (a === '' || CJK.test(a)) return undefined;
  if (EMAIL.test(a)) return 'it is an e-mail address';
  if (PLACEHOLDER_AUTHORS.test(a)) return 'it is a placeholder';
  if (/\d/.test(a)) return 'it holds digits';
  // People and organisations are written with capitals; a single lower-case word is a login or an acronym typed in a field.
  if (LOGIN.test(a)) return 'it is one lower-case word';
  return undefined;
}
