// Libraries fail with messages written for their own developers ("[xmldom error] element parse error", "Maximum call
// stack size exceeded", "The serialized value is too large"). These functions say instead what happened and what to
// do. Only a failure none of these names keeps the library's words, shortened, in brackets, for a bug report.

const MAX_DETAIL = 160;

function messageOf(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const record = error as { name?: unknown; message?: unknown };
    return { name: String(record.name), message: typeof record.message === 'string' ? record.message : '' };
  }
  return { name: '', message: String(error) };
}

function detail(message: string): string {
  const oneLine = message.replace(/\s+/gu, ' ').trim();
  if (oneLine === '') return '';
  return ` (${oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL)}…` : oneLine})`;
}

/** Why a parser failed on a file, in words a user can act on; `what` names the file's kind, e.g. "this Word file". */
export function describeParserError(error: unknown, what = 'this file'): string {
  const { name, message } = messageOf(error);
  if (/maximum call stack/iu.test(message)) {
    return `${capitalize(what)} is nested too deeply to read (the reader ran out of stack). Open it in the program that made it and save it again, or save it as PDF.`;
  }
  if (/allocation failed|invalid array length|invalid string length|out of memory/iu.test(message)) {
    return `${capitalize(what)} needs more memory than an import may use. Split it, or save it as PDF or plain text.`;
  }
  if (/xmldom|element parse error|not well-formed/iu.test(message)) {
    return `Part of ${what} is damaged: its XML is malformed (cut off or edited by hand). Open it in Word or LibreOffice and save it again.`;
  }
  if (name === 'TypeError') {
    return `${capitalize(what)} has a structure the reader did not expect, perhaps from an unusual program. Open it in the program that made it, save it again, and import that.`;
  }
  return `${capitalize(what)} could not be read${detail(message) || '.'}`;
}

/** Why storing an import failed, in words a user can act on. */
export function describeStorageError(error: unknown): string {
  const { name, message } = messageOf(error);
  if (name === 'QuotaExceededError' || /quota/iu.test(message)) {
    return 'There is no room left to store it: the disk (or the space the browser allows Footnote) is full. Free disk space, or back up the workspace, delete sources you no longer need (Library ▸ the source ▸ Delete source…) and empty the trash (Workspace ▸ Storage ▸ Empty trash), then import it again. Nothing was stored.';
  }
  if (/serialized value is too large|too large|DataCloneError/iu.test(`${name} ${message}`)) {
    return 'It is too large to store in one piece (the browser’s database refused it). Split it, or import a version without pictures. Nothing was stored.';
  }
  return `It could not be stored; nothing was stored. Try again; if it fails again, export the workspace and report the message${detail(message) || '.'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
