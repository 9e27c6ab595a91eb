import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { createPurifierWindow } from './linkedom-dom';

// Imported HTML is shown as a document, never as an app: only the HTML profile (no SVG or MathML, the usual vectors
// for parser tricks), no inline styles (our reader styles it), no forms.
const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option'],
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
};

let purifier: DOMPurify | null = null;

// In the renderer's main thread the real DOM is used: it parses exactly as the page that will show the HTML does. In a
// worker or Node there is none, and linkedom stands in.
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const nativeWindow = typeof window !== 'undefined' && typeof window.document !== 'undefined' ? window : null;
  // The linkedom window has every member DOMPurify reads, but not the whole of `typeof globalThis` it is typed with.
  const created = createDOMPurify((nativeWindow ?? createPurifierWindow()) as unknown as WindowLike);
  if (!created.isSupported) throw new Error('The HTML sanitizer cannot run here.');
  purifier = created;
  return created;
}

/** Removes scripts, event handlers, `javascript:` links, styles and forms from HTML, keeping its readable structure. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
}
