import type { BackupSink, FileFilter, MenuCommand, PickedFile, Platform, SaveOutcome } from './platform';

/** Reads files chosen in an <input type=file> or dropped on the window into memory. */
export async function readPickedFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({ name: file.name, mime: file.type, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified })),
  );
}

// In a browser the keyboard shortcuts stand in for the native menu's accelerators.
const SHORTCUTS: { key: string; shift: boolean; command: MenuCommand }[] = [
  { key: 'o', shift: false, command: 'import-files' },
  { key: 'v', shift: true, command: 'paste-text' },
  { key: 'e', shift: false, command: 'export-briefing' },
  { key: 's', shift: true, command: 'export-workspace' },
];

/** The browser implementation of the platform: file inputs, downloads, and keyboard shortcuts for the menu. */
export function createWebPlatform(): Platform {
  return {
    openFiles({ filters, multiple }) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = multiple;
        input.accept = acceptFor(filters);
        input.addEventListener('change', () => void readPickedFiles(input.files ?? []).then(resolve));
        input.addEventListener('cancel', () => resolve([]));
        input.click();
      });
    },
    async saveFile({ suggestedName, data, mime }): Promise<SaveOutcome> {
      return downloadBlob(new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: mime }), suggestedName);
    },
    keepsBackups: false,
    async openBackupSink(fileName): Promise<BackupSink> {
      // A Blob built from slices may be kept on disk by the browser; no single string or buffer holds the archive.
      let parts: BlobPart[] = [];
      return {
        write: async (bytes) => {
          parts.push(bytes as Uint8Array<ArrayBuffer>);
        },
        close: async () => {
          const outcome = downloadBlob(new Blob(parts, { type: 'application/zip' }), fileName);
          parts = [];
          return outcome;
        },
        abort: async () => {
          parts = [];
        },
      };
    },
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.reject(new Error('The browser keeps no backups of its own; choose a downloaded backup file.')),
    onBackupRequest: () => () => {},
    quitReady: () => Promise.resolve(),
    async printToPdf(html): Promise<SaveOutcome> {
      await printInFrame(html);
      // The browser's print dialog saves the PDF; the page cannot learn where, or whether it was cancelled.
      return { saved: true, location: 'the print dialog' };
    },
    onMenuCommand(listener) {
      const onKey = (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
        const hit = SHORTCUTS.find((s) => s.key === event.key.toLowerCase() && s.shift === event.shiftKey);
        if (!hit) return;
        event.preventDefault();
        listener(hit.command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  };
}

function downloadBlob(blob: Blob, suggestedName: string): SaveOutcome {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed for that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, location: `Downloads/${suggestedName}` };
}

function acceptFor(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

// The print view stays this long after print() returns, so a browser that prints asynchronously still has the page.
const PRINT_FRAME_LINGER_MS = 60_000;

/** Loads the HTML in a hidden frame and opens the browser's print dialog for it. */
async function printInFrame(html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.title = 'Print view';
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  const { markup, css } = withoutStyleElements(html);
  frame.srcdoc = markup;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
  adoptStylesheet(frame, css);
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), PRINT_FRAME_LINGER_MS);
}

/**
 * The print view's own stylesheet, taken out of its markup: a srcdoc frame inherits the app's Content-Security-Policy,
 * which allows no inline <style> elements, while a stylesheet built through CSSOM is not inline markup and is allowed.
 */
function withoutStyleElements(html: string): { markup: string; css: string } {
  // The print HTML is ours (shared/briefing/render-html), with plain <style> elements. A scan by index, not a parser:
  // a parsed document would apply the sheet, and be refused by the policy, before the element could be removed.
  const css: string[] = [];
  let markup = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<style>', at);
    const close = open < 0 ? -1 : html.indexOf('</style>', open);
    if (close < 0) break;
    markup += html.slice(at, open);
    css.push(html.slice(open + '<style>'.length, close));
    at = close + '</style>'.length;
  }
  return { markup: markup + html.slice(at), css: css.join('\n') };
}

function adoptStylesheet(frame: HTMLIFrameElement, css: string): void {
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  const target = frame.contentDocument;
  if (!view || !target || css === '') return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [sheet];
}
