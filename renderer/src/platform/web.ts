import type { FileFilter, MenuCommand, PickedFile, Platform, SaveOutcome } from './platform';

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
      const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: mime });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by now; the URL is only needed for that.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, location: `Downloads/${suggestedName}` };
    },
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
  frame.srcdoc = html;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), PRINT_FRAME_LINGER_MS);
}
